import Foundation

/// Figures implied by others: the other end of a stated change, the part a share of a total gives, the other
/// part of a total.
///
/// Implied figures are kept apart from reported ones (marked derived, with inputs and formula) and are
/// made only where no reported figure exists for the same series and period: never preferred silently.
public enum ImpliedFigures {
    /// Indicators that add up to another for the same pair of parties: turnover = exports + imports.
    public struct Composition: Sendable {
        public var total: (indicator: String, direction: Direction)
        public var parts: [(indicator: String, direction: Direction)]
    }

    public static let compositions: [Composition] = [
        Composition(total: ("trade_turnover", .both), parts: [("exports", .toPartner), ("imports", .fromPartner)]),
    ]

    /// Every figure the reported ones imply, one per missing series and period.
    ///
    /// Where a figure can be derived several ways, the best derivation wins (see ``preferred(_:over:)``): a sum
    /// of exact exports and imports beats a turnover implied by "about 200% increase". The one kept carries its
    /// own inputs and formula. Derivations use reported figures only, never other derived ones.
    public static func derive(from dataset: Dataset, reported: [Observation]) -> [Observation] {
        let known = Dictionary(grouping: reported) { Slot(key: $0.key, period: $0.period) }
        // Every derivation, in a fixed order: stated changes by id, then shares, then compositions.
        var candidates: [Observation] = []
        let changes = dataset.figures.filter { $0.isStatedChange && !$0.period.isOpenStart }.sorted { $0.id < $1.id }
        if !changes.isEmpty {
            let levels = Levels(known)
            for change in changes { candidates += fromStatedChange(change, dataset: dataset.name, levels: levels) }
        }
        candidates += fromShares(dataset, known: known)
        candidates += fromCompositions(known: known)
        var best: [Slot: Int] = [:]
        for (i, candidate) in candidates.enumerated() {
            let slot = Slot(key: candidate.key, period: candidate.period)
            guard known[slot] == nil else { continue }
            if let kept = best[slot], !preferred(candidate, over: candidates[kept]) { continue }
            best[slot] = i
        }
        // Ids are given in the candidates' order, so they do not depend on which of a slot's derivations won.
        var usedIDs = Set(reported.map(\.id))
        let derived = best.values.sorted().map { i in
            let o = candidates[i].renamed(uniqueID(for: candidates[i], avoiding: usedIDs))
            usedIDs.insert(o.id)
            return o
        }
        return derived.sorted { ($0.key, $0.period.start, $0.id) < ($1.key, $1.period.start, $1.id) }
    }

    /// Whether one derivation of a figure is better than another: exact inputs over approximate ones, approximate
    /// over bounds; then not estimated over estimated; then more significant digits. A tie keeps the earlier one.
    static func preferred(_ a: Observation, over b: Observation) -> Bool {
        func vagueness(_ q: Qualifier) -> Int {
            switch q {
            case .exact: return 0
            case .approximately, .nearly: return 1
            case .lowerBound, .upperBound: return 2
            }
        }
        if vagueness(a.qualifier) != vagueness(b.qualifier) { return vagueness(a.qualifier) < vagueness(b.qualifier) }
        if a.isEstimated != b.isEstimated { return !a.isEstimated }
        return a.significantDigits > b.significantDigits
    }

    /// "trade_turnover~2016"; when that is taken, the unit, then the subject and parties are added.
    static func uniqueID(for o: Observation, avoiding used: Set<String>) -> String {
        let k = o.key
        let full = "\(k.indicator)~\(o.period.label)~\(k.unit)~\(k.subject)~\(k.reporter)-\(k.partner)-\(k.direction.rawValue)"
        let candidates = ["\(k.indicator)~\(o.period.label)", "\(k.indicator)~\(o.period.label)~\(k.unit)", full]
        return candidates.first { !used.contains($0) } ?? full + "~\(used.count)"
    }

    struct Slot: Hashable {
        var key: SeriesKey
        var period: Period
        init(key: SeriesKey, period: Period) {
            self.key = key
            // Only the span makes the slot: "2017" and "January–December 2017" are one period, and
            // approximate and window flags do not make a different slot of time.
            self.period = Period(start: period.start, end: period.end, granularity: .day)
        }
    }

    /// Reported levels by everything but their unit: a stated change's series, looked up once per end of each
    /// change instead of by scanning every slot.
    struct Levels {
        struct Series: Hashable {
            var dataset, indicator, reporter, partner: String
            var direction: Direction
            var subject: String
            var start, end: CalendarDate
        }
        let bySeries: [Series: [Observation]]

        init(_ known: [Slot: [Observation]]) {
            var bySeries: [Series: [Observation]] = [:]
            // A level at a date is no calendar period's value: a stated change between periods never takes one.
            for (slot, observations) in known where !slot.key.isLevelAtDate {
                let k = slot.key
                let series = Series(dataset: k.dataset, indicator: k.indicator, reporter: k.reporter, partner: k.partner,
                                    direction: k.direction, subject: k.subject, start: slot.period.start, end: slot.period.end)
                bySeries[series, default: []] += observations.filter { !$0.isDerived }
            }
            self.bySeries = bySeries.mapValues { $0.sorted { $0.id < $1.id } }
        }

        /// The stated change's series at `period`, in each unit its levels are reported in.
        func reported(for change: Figure, dataset: String, at period: Period) -> [Observation] {
            bySeries[Series(dataset: dataset, indicator: change.indicator, reporter: change.reporter, partner: change.partner,
                            direction: change.direction, subject: change.subject, start: period.start, end: period.end)] ?? []
        }
    }

    static func fromStatedChange(_ change: Figure, dataset: String, levels: Levels) -> [Observation] {
        guard let base = change.comparedWith else { return [] }
        let rate = change.quantity.value / 100
        let factor = 1 + rate
        guard factor > 0 else { return [] }
        let percent = "\(change.quantity.value.magnitude)%"
        let sign = change.quantity.value < 0 ? "−" : "+"
        var out: [Observation] = []
        let ends = levels.reported(for: change, dataset: dataset, at: change.period)
        let starts = levels.reported(for: change, dataset: dataset, at: base)
        // Later value known: the earlier one is later / (1 + change).
        for end in ends where !starts.contains(where: { $0.key == end.key }) {
            guard let q = QualifierAlgebra.combine([(end.qualifier, 1), (change.quantity.qualifier, -1)]) else { continue }
            out.append(Observation(
                id: "\(end.id)~before", key: end.key, period: base, value: end.value / factor, high: end.high.map { $0 / factor }, qualifier: q,
                isEstimated: end.isEstimated || change.status == .estimated,
                significantDigits: min(end.significantDigits, change.quantity.significantDigits),
                sourceIDs: Array(Set(end.sourceIDs + [change.sourceID])).sorted(),
                derivation: Derivation(formula: "\(end.id) / (1 \(sign) \(percent)) [stated change \(change.id)]", inputs: [end.id, change.id])))
        }
        // Earlier value known: the later one is earlier × (1 + change).
        for start in starts where !ends.contains(where: { $0.key == start.key }) {
            guard let q = QualifierAlgebra.combine([(start.qualifier, 1), (change.quantity.qualifier, 1)]) else { continue }
            out.append(Observation(
                id: "\(start.id)~after", key: start.key, period: change.period, value: start.value * factor,
                high: start.high.map { $0 * factor }, qualifier: q,
                isEstimated: start.isEstimated || change.status == .estimated,
                significantDigits: min(start.significantDigits, change.quantity.significantDigits),
                sourceIDs: Array(Set(start.sourceIDs + [change.sourceID])).sorted(),
                derivation: Derivation(formula: "\(start.id) × (1 \(sign) \(percent)) [stated change \(change.id)]", inputs: [start.id, change.id])))
        }
        return out
    }

    static func fromCompositions(known: [Slot: [Observation]]) -> [Observation] {
        var out: [Observation] = []
        let reported = known.values.flatMap { $0 }.filter { !$0.isDerived }
        for rule in compositions {
            // Group the reported values by pair, subject, unit and period.
            struct Group: Hashable {
                var dataset, reporter, partner, subject, unit: String
                var start, end: CalendarDate
                var isLevelAtDate: Bool
            }
            // Each group's members by position in `members` (no dictionary per group: there is a group for nearly
            // every reported turnover, export and import).
            let members = [rule.total] + rule.parts
            var groupIndex: [Group: Int] = [:], groups: [Group] = [], slots: [Observation?] = []
            for o in reported {
                guard let m = members.firstIndex(where: { $0.indicator == o.key.indicator && $0.direction == o.key.direction }) else { continue }
                let g = Group(dataset: o.key.dataset, reporter: o.key.reporter, partner: o.key.partner, subject: o.key.subject,
                              unit: o.key.unit, start: o.period.start, end: o.period.end, isLevelAtDate: o.key.isLevelAtDate)
                let gi: Int
                if let found = groupIndex[g] { gi = found } else {
                    gi = groups.count
                    groupIndex[g] = gi
                    groups.append(g)
                    slots += repeatElement(nil, count: members.count)
                }
                if slots[gi * members.count + m] == nil { slots[gi * members.count + m] = o }
            }
            // In the order of (dataset, reporter, partner, subject, unit, start and end as text, level at a date), each
            // date described once per group: describing the group in every comparison dominated large runs.
            let dates = groups.map { ($0.start.description, $0.end.description) }
            let ordered = groups.indices.sorted { i, j in
                let a = groups[i], b = groups[j]
                if a.dataset != b.dataset { return a.dataset < b.dataset }
                if a.reporter != b.reporter { return a.reporter < b.reporter }
                if a.partner != b.partner { return a.partner < b.partner }
                if a.subject != b.subject { return a.subject < b.subject }
                if a.unit != b.unit { return a.unit < b.unit }
                if dates[i].0 != dates[j].0 { return dates[i].0 < dates[j].0 }
                if dates[i].1 != dates[j].1 { return dates[i].1 < dates[j].1 }
                return !a.isLevelAtDate && b.isLevelAtDate
            }
            for gi in ordered {
                let g = groups[gi]
                let present = slots[(gi * members.count)..<((gi + 1) * members.count)]
                let missing = zip(members, present).filter { $0.1 == nil }.map(\.0)
                let inputs = present.compactMap { $0 }.sorted { $0.id < $1.id }
                guard missing.count == 1, let target = missing.first, let anyInput = inputs.first else { continue }
                let key = SeriesKey(dataset: g.dataset, indicator: target.indicator, reporter: g.reporter, partner: g.partner,
                                    direction: target.direction, subject: g.subject, unit: g.unit, isLevelAtDate: g.isLevelAtDate)
                var value: Decimal
                // With a range among the inputs, the result is a range: its ends from the inputs' ends that make it
                // smallest and largest.
                let ranged = inputs.contains { $0.high != nil }
                var high: Decimal? = nil
                var formula: String
                var effects: [(Qualifier, Int)]
                if target.indicator == rule.total.indicator {
                    value = inputs.reduce(0) { $0 + $1.value }
                    if ranged { high = inputs.reduce(0) { $0 + $1.highOrValue } }
                    formula = inputs.map(\.id).joined(separator: " + ")
                    effects = inputs.map { ($0.qualifier, 1) }
                } else {
                    guard let total = present.first ?? nil else { continue }
                    let others = inputs.filter { $0.id != total.id }
                    value = others.reduce(total.value) { $0 - $1.value }
                    if ranged {
                        value = others.reduce(total.value) { $0 - $1.highOrValue }
                        high = others.reduce(total.highOrValue) { $0 - $1.value }
                    }
                    formula = ([total.id] + others.map(\.id)).joined(separator: " − ")
                    effects = [(total.qualifier, 1)] + others.map { ($0.qualifier, -1) }
                    if (high ?? value) < 0 { continue } // a part larger than its total: the check reports it
                    if value < 0 { value = 0 } // a range that reaches below zero: a part is no less than nothing
                }
                guard let q = QualifierAlgebra.combine(effects) else { continue }
                // Sums and differences are exact; they keep the finest digit of their inputs. A zero input's finest
                // digit is its units (it has no leading power), and a result below 1 is counted from the units too.
                let finest = inputs.map { $0.value.significantDigits - ($0.value.leadingPower ?? 0) }.max() ?? 1
                let digits = max(1, finest + max(value.leadingPower ?? 0, 0))
                out.append(Observation(
                    id: "\(target.indicator)~\(anyInput.period.label)", key: key, period: anyInput.period, value: value, high: high, qualifier: q,
                    isEstimated: inputs.contains(where: \.isEstimated), significantDigits: digits,
                    sourceIDs: Array(Set(inputs.flatMap(\.sourceIDs))).sorted(),
                    derivation: Derivation(formula: formula, inputs: inputs.map(\.id))))
            }
        }
        return out
    }

    /// "exports were 90% of the trade": with the total known (a reported figure of the share's total indicator for
    /// the same parties, period and subject), the part is that share of it, in the total's unit.
    ///
    /// A total that goes both ways (trade turnover) may have the other party as reporter. It serves only when the
    /// share's own reporter has no total in that unit, its formula names the reporter ("as PAK reports it"), and
    /// never when it is official statistics: PAK's statistics are not AZE's, and a series never mixes reporters.
    /// News that writes a turnover PAK–AZE means the same trade as AZE–PAK.
    static func fromShares(_ dataset: Dataset, known: [Slot: [Observation]]) -> [Observation] {
        let shares = dataset.figures.filter { $0.quantity.shareOf != nil && !$0.isStatedChange && !$0.period.isOpenStart }.sorted { $0.id < $1.id }
        guard !shares.isEmpty else { return [] }
        struct Place: Hashable { var indicator, reporter, partner, subject: String; var start, end: CalendarDate }
        var totals: [Place: [Observation]] = [:]
        for o in known.values.joined() where !o.isDerived && !o.key.isLevelAtDate && o.key.dataset == dataset.name {
            let place = Place(indicator: o.key.indicator, reporter: o.key.reporter, partner: o.key.partner, subject: o.key.subject,
                              start: o.period.start, end: o.period.end)
            totals[place, default: []].append(o)
            if o.key.direction == .both {
                totals[Place(indicator: o.key.indicator, reporter: o.key.partner, partner: o.key.reporter, subject: o.key.subject,
                             start: o.period.start, end: o.period.end), default: []].append(o)
            }
        }
        let statistics = StatisticsSources.statisticsIDs(dataset)
        var out: [Observation] = []
        for share in shares {
            guard let total = share.quantity.shareOf else { continue }
            // "rice: 40% of exports" is of all exports; "exports: 90% of the trade" of trade in the same subject.
            let subject = total == share.indicator ? "" : share.subject
            let place = Place(indicator: total, reporter: share.reporter, partner: share.partner, subject: subject,
                              start: share.period.start, end: share.period.end)
            let fraction = share.quantity.value / 100
            var units: Set<String> = []
            // The share's own reporter's totals first, so the other side's serves only where they leave a unit open.
            func otherSide(_ o: Observation) -> Int { o.key.reporter == share.reporter ? 0 : 1 }
            let wholes = (totals[place] ?? []).filter { otherSide($0) == 0 || !StatisticsSources.isStatistics($0, ids: statistics) }
                .sorted { (otherSide($0), $0.id) < (otherSide($1), $1.id) }
            for whole in wholes where units.insert(whole.key.unit).inserted {
                let side = otherSide(whole) == 0 ? "" : ", as \(whole.key.reporter) reports it"
                guard let q = QualifierAlgebra.combine([(whole.qualifier, 1), (share.quantity.qualifier, 1)]) else { continue }
                let key = SeriesKey(dataset: dataset.name, indicator: share.indicator, reporter: share.reporter, partner: share.partner,
                                    direction: share.direction, subject: share.subject, unit: whole.key.unit)
                out.append(Observation(
                    id: "\(share.id)~part", key: key, period: share.period, value: whole.value * fraction,
                    high: whole.high.map { $0 * fraction }, qualifier: q,
                    isEstimated: whole.isEstimated || share.status == .estimated,
                    significantDigits: min(whole.significantDigits, share.quantity.significantDigits),
                    sourceIDs: Array(Set(whole.sourceIDs + [share.sourceID])).sorted(),
                    derivation: Derivation(formula: "\(share.quantity.valueText)% × \(whole.id) [share \(share.id) of \(total)\(side)]",
                                           inputs: [share.id, whole.id])))
            }
        }
        return out
    }
}
