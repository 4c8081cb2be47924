import Foundation

/// Checks across figures and sources: disagreements an analyst must see before quoting a number.
public enum Checks {
    /// - Parameter reported: the dataset's reported observations, when the caller has them already.
    public static func run(_ dataset: Dataset, reported: [Observation]? = nil) -> [Finding] {
        let reported = reported ?? Observation.reported(in: dataset)
        // Figures by series and span, built once for the two checks that look figures up by slot.
        let slots = Dictionary(grouping: reported) { ImpliedFigures.Slot(key: $0.key, period: $0.period) }
        var findings: [Finding] = []
        findings += statedChanges(dataset, known: slots)
        findings += conflicts(dataset, slots: slots)
        findings += lookalikes(dataset, reported: reported)
        findings += statusDisagreements(dataset)
        findings += partsExceedingTotals(dataset, reported: reported)
        findings += datedAfterSource(dataset)
        return applyAcceptances(findings, dataset: dataset)
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

    /// The range of truths a reported value admits, given its rounding and qualifier. A stated range
    /// ("$17–25 million") is the interval from its low end to its high end, each widened by its own rounding
    /// (the high end's by the digits its value has).
    static func range(_ o: Observation) -> (low: Decimal?, high: Decimal?) {
        let h = halfUnit(o.value, digits: o.significantDigits)
        let top = o.highOrValue
        let hTop = o.high.map { halfUnit($0) } ?? h
        switch o.qualifier {
        case .exact: return (o.value - h, top + hTop)
        // "About" is read generously (±10 %): sources round loosely when they say it.
        case .approximately: return (o.value * ninetyPercent, top * hundredTenPercent)
        case .nearly: return (o.value * ninetyPercent, top + hTop)
        case .lowerBound: return (o.value - h, nil)
        case .upperBound: return (nil, top + hTop)
        }
    }

    /// A stated change against the change computed from the two stored values, within rounding.
    static func statedChanges(_ dataset: Dataset, known: [ImpliedFigures.Slot: [Observation]]) -> [Finding] {
        var out: [Finding] = []
        for change in dataset.figures where change.isStatedChange {
            guard let base = change.comparedWith else { continue }
            let ends = ImpliedFigures.levels(for: change, dataset: dataset.name, at: change.period, known: known)
            let starts = ImpliedFigures.levels(for: change, dataset: dataset.name, at: base, known: known)
            for end in ends {
                // A range at either end is an interval this check does not compute with.
                for start in starts where start.key == end.key && start.qualifier == .exact && end.qualifier == .exact
                    && start.high == nil && end.high == nil
                    && change.quantity.qualifier == .exact && start.value > 0 {
                    let hs = halfUnit(start.value, digits: start.significantDigits), he = halfUnit(end.value, digits: end.significantDigits)
                    let hc = halfUnit(change.quantity.value, digits: change.quantity.significantDigits)
                    let low = (end.value - he - (start.value + hs)) / (start.value + hs) * 100
                    // When rounding lets the earlier value reach zero, the change has no upper limit.
                    let high = start.value > hs ? (end.value + he - (start.value - hs)) / (start.value - hs) * 100 : nil
                    let stated = change.quantity.value
                    guard !low.isNaN, high?.isNaN != true, stated + hc < low || high.map({ stated - hc > $0 }) == true else { continue }
                    let allowed = HumanNumber.fixed(low, significant: 4) + (high.map { " to \(HumanNumber.fixed($0, significant: 4)) %" } ?? " % or more")
                    let computed = (end.value - start.value) / start.value * 100
                    let ids = [change.id, start.id, end.id]
                    out.append(Finding(
                        kind: .statedChangeMismatch, severity: .error,
                        message: "\(change.id) states \(change.asReported) from \(base.shortName) to \(change.period.shortName), but \(start.id) and \(end.id) give \(HumanNumber.fixed(computed, significant: 4)) % (rounding allows \(allowed))",
                        subjects: ids, sourceIDs: [change.sourceID] + start.sourceIDs + end.sourceIDs,
                        locations: locate(ids, in: dataset)))
                }
            }
        }
        return out
    }

    /// The same measure and period reported differently by two sources, beyond what rounding and qualifiers allow.
    static func conflicts(_ dataset: Dataset, slots: [ImpliedFigures.Slot: [Observation]]) -> [Finding] {
        var out: [Finding] = []
        for (_, group) in slots where Set(group.flatMap(\.sourceIDs)).count > 1 {
            let sorted = group.sorted { $0.id < $1.id }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.sourceIDs != b.sourceIDs {
                    let ra = range(a), rb = range(b)
                    let disjoint = (ra.high != nil && rb.low != nil && ra.high! < rb.low!)
                        || (rb.high != nil && ra.low != nil && rb.high! < ra.low!)
                    guard disjoint else { continue }
                    out.append(Finding(
                        kind: .conflict, severity: .error,
                        message: "\(a.key.label) for \(a.period.shortName): \(a.sourceIDs.joined(separator: ", ")) reports \(a.valueDescription) (\(a.qualifier.rawValue)), \(b.sourceIDs.joined(separator: ", ")) reports \(b.valueDescription) (\(b.qualifier.rawValue))",
                        subjects: [a.id, b.id], sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate([a.id, b.id], in: dataset)))
                }
            }
        }
        return out
    }

    /// Measures that look alike but are not the same (other unit, other window): kept apart, never merged.
    static func lookalikes(_ dataset: Dataset, reported: [Observation]) -> [Finding] {
        var out: [Finding] = []
        let groups = Dictionary(grouping: reported) { [$0.key.dataset, $0.key.indicator, $0.key.reporter, $0.key.partner, $0.key.direction.rawValue] }
        for (_, group) in groups {
            // Only overlapping periods can be mistaken for one another. Sorted by start, the figures that overlap
            // one are the run after it that starts before it ends: a sweep, not every pair of a large group.
            let byStart = group.sorted { ($0.period.start, $0.id) < ($1.period.start, $1.id) }
            for (i, first) in byStart.enumerated() {
                for second in byStart[(i + 1)...] {
                    guard second.period.start <= first.period.end else { break }
                    let (a, b) = first.id < second.id ? (first, second) : (second, first)
                    let samePeriod = a.period.start == b.period.start && a.period.end == b.period.end
                    if a.key.unit == b.key.unit && (samePeriod || a.key.subject != b.key.subject) { continue }
                    var differences: [String] = []
                    if a.key.unit != b.key.unit { differences.append("one counts \(a.key.unit), the other \(b.key.unit)") }
                    if !samePeriod { differences.append("their periods overlap but differ (\(a.period.label) and \(b.period.label))") }
                    out.append(Finding(
                        kind: .lookalikeMeasures, severity: .warning,
                        message: "\(a.id) and \(b.id) both measure \(a.key.indicator) but are not the same measure: \(differences.joined(separator: "; ")). They are kept apart and never compared",
                        subjects: [a.id, b.id], sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate([a.id, b.id], in: dataset)))
                }
            }
        }
        return out
    }

    /// Sources that disagree on a deal's stage: a later claim of an earlier stage, or two stages at one date.
    static func statusDisagreements(_ dataset: Dataset) -> [Finding] {
        var out: [Finding] = []
        let bySubject = Dictionary(grouping: dataset.statuses) { $0.subject.lowercased() }
        for (_, claims) in bySubject {
            let sorted = claims.sorted { ($0.asOf.start, $0.id) < ($1.asOf.start, $1.id) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.sourceID != b.sourceID && a.stage != b.stage {
                    let sameTime = a.asOf.start == b.asOf.start && a.asOf.end == b.asOf.end
                    guard sameTime || a.stage > b.stage else { continue }
                    let message = sameTime
                        ? "\(a.subject): \(a.sourceID) says \(a.stage.words) and \(b.sourceID) says \(b.stage.words), both as of \(a.asOf.shortName)"
                        : "\(a.subject): \(a.sourceID) has the deal \(a.stage.words) as of \(a.asOf.shortName), but \(b.sourceID) still has it \(b.stage.words) as of \(b.asOf.shortName)"
                    out.append(Finding(kind: .statusDisagreement, severity: .warning, message: message,
                                       subjects: [a.id, b.id], sourceIDs: [a.sourceID, b.sourceID],
                                       locations: locate([a.id, b.id], table: "statuses", in: dataset)))
                }
            }
        }
        return out
    }

    /// A part (exports, imports) larger than the total (turnover) of the same pair and period.
    static func partsExceedingTotals(_ dataset: Dataset, reported: [Observation]) -> [Finding] {
        var out: [Finding] = []
        // Totals indexed by what a part must share with its total: one lookup per part, not a scan.
        func slot(_ o: Observation) -> [String] {
            [o.key.dataset, o.key.reporter, o.key.partner, o.key.subject, o.key.unit, o.period.start.description, o.period.end.description,
             o.key.isLevelAtDate ? "level at a date" : ""]
        }
        for rule in ImpliedFigures.compositions {
            let totals = Dictionary(grouping: reported.filter { $0.key.indicator == rule.total.indicator && $0.key.direction == rule.total.direction }, by: slot)
            for part in reported where rule.parts.contains(where: { $0.indicator == part.key.indicator && $0.direction == part.key.direction }) {
                for total in totals[slot(part)] ?? [] {
                    guard let partLow = range(part).low, let totalHigh = range(total).high, partLow > totalHigh else { continue }
                    out.append(Finding(
                        kind: .partExceedsTotal, severity: .error,
                        message: "\(part.id) (\(part.key.indicator), \(part.value) \(part.key.unit)) is larger than its total \(total.id) (\(total.key.indicator), \(total.value) \(total.key.unit)) for \(part.period.shortName)",
                        subjects: [part.id, total.id], sourceIDs: part.sourceIDs + total.sourceIDs, locations: locate([part.id, total.id], in: dataset)))
                }
            }
        }
        return out
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
