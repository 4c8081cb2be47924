import Foundation

/// Checks across figures and sources: disagreements an analyst must see before quoting a number.
///
/// Each check is in a file of its own (`…Check.swift`, `DealChecks.swift`); this file runs them and holds
/// what they share: the range of truths a reported value admits, and where rows were read.
public enum Checks {
    /// - Parameters:
    ///   - reported: the dataset's reported observations, when the caller has them already.
    ///   - mirror: the factor and threshold of the relationship's mirror flows (the project's, else the standard).
    public static func run(_ dataset: Dataset, reported: [Observation]? = nil, mirror: MirrorSettings = .standard) -> [Finding] {
        let reported = reported ?? Observation.reported(in: dataset)
        // Figures by series and span, built once for the two checks that look figures up by slot.
        let slots = Dictionary(grouping: reported) { ImpliedFigures.Slot(key: $0.key, period: $0.period) }
        let keys = linkKeys(dataset)
        let statistics = StatisticsSources.statisticsIDs(dataset)
        var findings: [Finding] = []
        findings += statedChanges(dataset, known: slots)
        findings += conflicts(dataset, slots: slots, linkKeys: keys, statistics: statistics)
        findings += newsAgainstStatistics(dataset, reported: reported, statistics: statistics, linkKeys: keys)
        findings += newsDealsWithoutSIPRI(dataset, reported: reported, statistics: statistics, linkKeys: keys)
        findings += lookalikes(dataset, reported: reported)
        findings += subperiodsExceedingWholes(dataset, reported: reported, linkKeys: keys)
        findings += statusDisagreements(dataset)
        findings += stageDates(dataset)
        findings += dealDates(dataset, reported: reported, linkKeys: keys)
        findings += dealValues(dataset, reported: reported, linkKeys: keys)
        let compositions = compositionGroups(reported)
        findings += partsExceedingTotals(dataset, groups: compositions)
        findings += partsNotAddingUp(dataset, groups: compositions)
        findings += datedAfterSource(dataset)
        findings += mirrorAsymmetries(MirrorFlows.pairs(reported, factor: mirror.factor), settings: mirror, in: dataset)
        return applyAcceptances(findings, dataset: dataset)
    }

    /// Calls `body` with each pair of `group`'s figures whose periods overlap, the lower id first. Sorted by start,
    /// the figures that overlap one are the run after it that starts before it ends: a sweep, not every pair of a
    /// large group.
    static func forEachOverlappingPair(_ group: [Observation], _ body: (Observation, Observation) -> Void) {
        let byStart = group.sorted { ($0.period.start, $0.id) < ($1.period.start, $1.id) }
        for (i, first) in byStart.enumerated() {
            for second in byStart[(i + 1)...] {
                guard second.period.start <= first.period.end else { break }
                if first.id < second.id { body(first, second) } else { body(second, first) }
            }
        }
    }

    static func locate(_ ids: [String], table: String = "figures", in dataset: Dataset) -> [SourceLocation] {
        ids.compactMap { dataset.rowLocations["\(table)/\($0)"] }
    }

    /// Half a unit in the last significant digit: how far a rounded figure may be from the truth.
    static func halfUnit(_ value: Decimal, digits: Int? = nil) -> Decimal {
        guard let exponent = value.leadingPower else { return Decimal(sign: .plus, exponent: -1, significand: 5) }
        return Decimal(sign: .plus, exponent: exponent - (digits ?? value.significantDigits) + 1, significand: 5) / 10
    }

    static let ninetyPercent = Decimal(sign: .plus, exponent: -1, significand: 9)
    static let hundredTenPercent = Decimal(sign: .plus, exponent: -1, significand: 11)

    /// The range of truths a reported value admits, given its rounding and qualifier; nil for no limit. A stated
    /// range ("$17–25 million") runs from its low end's floor to its high end's ceiling, each end widened by its
    /// own rounding (the high end's by the digits its value has).
    static func range(_ o: Observation) -> (low: Decimal?, high: Decimal?) {
        let low = range(o.value, digits: o.significantDigits, qualifier: o.qualifier).low
        guard let top = o.high else { return (low, range(o.value, digits: o.significantDigits, qualifier: o.qualifier).high) }
        return (low, range(top, digits: top.significantDigits, qualifier: o.qualifier).high)
    }

    /// The range of truths a non-negative value admits, written with `digits` significant digits and `qualifier`.
    static func range(_ value: Decimal, digits: Int, qualifier: Qualifier) -> (low: Decimal?, high: Decimal?) {
        let h = halfUnit(value, digits: digits)
        switch qualifier {
        case .exact: return (value - h, value + h)
        // "About" is read generously (±10 %): sources round loosely when they say it.
        case .approximately: return (value * ninetyPercent, value * hundredTenPercent)
        case .nearly: return (value * ninetyPercent, value + h)
        case .lowerBound: return (value - h, nil)
        case .upperBound: return (nil, value + h)
        }
    }

    /// True when no value lies in both ranges.
    static func disjoint(_ a: (low: Decimal?, high: Decimal?), _ b: (low: Decimal?, high: Decimal?)) -> Bool {
        func below(_ x: (low: Decimal?, high: Decimal?), _ y: (low: Decimal?, high: Decimal?)) -> Bool {
            guard let high = x.high, let low = y.low else { return false }
            return high < low
        }
        return below(a, b) || below(b, a)
    }

    /// "80.10 to 91.30 %", "135.0 % or more", "up to 5000000 USD": a range as the messages write it, each end
    /// through `text` (plain digits unless told).
    static func describe(_ r: (low: Decimal?, high: Decimal?), unit: String, text: (Decimal) -> String = { $0.plainText }) -> String {
        switch (r.low, r.high) {
        case let (low?, high?): return "\(text(low)) to \(text(high)) \(unit)"
        case let (low?, nil): return "\(text(low)) \(unit) or more"
        case let (nil, high?): return "up to \(text(high)) \(unit)"
        case (nil, nil): return "any value"
        }
    }

    /// A figure whose period starts after its source was published cannot have been reported by it.
    static func datedAfterSource(_ dataset: Dataset) -> [Finding] {
        // The first source of an id: ids are unique within a dataset file, but a dataset built otherwise may repeat one.
        let sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return dataset.figures.compactMap { f in
            guard let published = sources[f.sourceID]?.published, f.period.start > published.end else { return nil }
            return Finding(kind: .datedAfterSource, severity: .error,
                           message: "\(f.id) is for \(f.period.shortName), which starts after its source \(f.sourceID) was published (\(published.label))",
                           subjects: [f.id], sourceIDs: [f.sourceID], locations: locate([f.id], in: dataset))
        }
    }

    /// Marks findings the analyst accepted, and reports acceptances that no longer match a finding.
    static func applyAcceptances(_ findings: [Finding], dataset: Dataset) -> [Finding] {
        // A finding's id is built from its subjects each time it is asked for: build each once, and use it for
        // the acceptances, the stale check and the sort (a million figures can give hundreds of thousands).
        var ids = findings.map(\.id)
        let reasons = Dictionary(dataset.accepted.map { ($0.findingID, $0.reason) }, uniquingKeysWith: { a, _ in a })
        var out = findings
        if !reasons.isEmpty { for i in out.indices { out[i].acceptedReason = reasons[ids[i]] } }
        let found = Set(ids)
        for accepted in dataset.accepted where !found.contains(accepted.findingID) {
            let stale = Finding(kind: .staleAcceptance, severity: .note,
                                message: "accepted.csv accepts \(accepted.findingID), which no check finds any more; remove the row",
                                subjects: [accepted.findingID], sourceIDs: [],
                                locations: locate([accepted.findingID], table: "accepted", in: dataset))
            out.append(stale)
            ids.append(stale.id)
        }
        let keys = out.indices.map { (out[$0].severity, out[$0].kind.rawValue, ids[$0]) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { out[$0] }
    }
}
