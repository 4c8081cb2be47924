import Foundation

/// Figures implied by others: the other end of a stated change, the other part of a total.
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
        // Every derivation, in a fixed order: stated changes by id, then compositions.
        var candidates: [Observation] = []
        let changes = dataset.figures.filter(\.isStatedChange).sorted { $0.id < $1.id }
        if !changes.isEmpty {
            let levels = Levels(known)
            for change in changes { candidates += fromStatedChange(change, dataset: dataset.name, levels: levels) }
        }
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
            for (slot, observations) in known {
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
                id: "\(end.id)~before", key: end.key, period: base, value: end.value / factor, qualifier: q,
                isEstimated: end.isEstimated || change.status == .estimated,
                significantDigits: min(end.significantDigits, change.quantity.significantDigits),
                sourceIDs: Array(Set(end.sourceIDs + [change.sourceID])).sorted(),
                derivation: Derivation(formula: "\(end.id) / (1 \(sign) \(percent)) [stated change \(change.id)]", inputs: [end.id, change.id])))
        }
        // Earlier value known: the later one is earlier × (1 + change).
        for start in starts where !ends.contains(where: { $0.key == start.key }) {
            guard let q = QualifierAlgebra.combine([(start.qualifier, 1), (change.quantity.qualifier, 1)]) else { continue }
            out.append(Observation(
                id: "\(start.id)~after", key: start.key, period: change.period, value: start.value * factor, qualifier: q,
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
            struct Group: Hashable { var dataset, reporter, partner, subject, unit: String; var start, end: CalendarDate }
            var groups: [Group: [String: Observation]] = [:]
            let members = [rule.total] + rule.parts
            for o in reported {
                guard let m = members.first(where: { $0.indicator == o.key.indicator && $0.direction == o.key.direction }) else { continue }
                let g = Group(dataset: o.key.dataset, reporter: o.key.reporter, partner: o.key.partner, subject: o.key.subject,
                              unit: o.key.unit, start: o.period.start, end: o.period.end)
                if groups[g]?[m.indicator] == nil { groups[g, default: [:]][m.indicator] = o }
            }
            // Sort by a key built once per group: describing the group in every comparison dominated large runs.
            let ordered = groups.map { g, present in
                ([g.dataset, g.reporter, g.partner, g.subject, g.unit, g.start.description, g.end.description], g, present)
            }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
            for (_, g, present) in ordered {
                let missing = members.filter { present[$0.indicator] == nil }
                let inputs = present.values.sorted { $0.id < $1.id }
                guard missing.count == 1, let target = missing.first, let anyInput = inputs.first else { continue }
                let key = SeriesKey(dataset: g.dataset, indicator: target.indicator, reporter: g.reporter, partner: g.partner,
                                    direction: target.direction, subject: g.subject, unit: g.unit)
                var value: Decimal
                var formula: String
                var effects: [(Qualifier, Int)]
                if target.indicator == rule.total.indicator {
                    value = inputs.reduce(0) { $0 + $1.value }
                    formula = inputs.map(\.id).joined(separator: " + ")
                    effects = inputs.map { ($0.qualifier, 1) }
                } else {
                    guard let total = present[rule.total.indicator] else { continue }
                    let others = inputs.filter { $0.id != total.id }
                    value = others.reduce(total.value) { $0 - $1.value }
                    formula = ([total.id] + others.map(\.id)).joined(separator: " − ")
                    effects = [(total.qualifier, 1)] + others.map { ($0.qualifier, -1) }
                    if value < 0 { continue } // a part larger than its total: the check reports it
                }
                guard let q = QualifierAlgebra.combine(effects) else { continue }
                // Sums and differences are exact; they keep the finest digit of their inputs. A zero input's finest
                // digit is its units (it has no leading power), and a result below 1 is counted from the units too.
                let finest = inputs.map { $0.value.significantDigits - ($0.value.leadingPower ?? 0) }.max() ?? 1
                let digits = max(1, finest + max(value.leadingPower ?? 0, 0))
                out.append(Observation(
                    id: "\(target.indicator)~\(anyInput.period.label)", key: key, period: anyInput.period, value: value, qualifier: q,
                    isEstimated: inputs.contains(where: \.isEstimated), significantDigits: digits,
                    sourceIDs: Array(Set(inputs.flatMap(\.sourceIDs))).sorted(),
                    derivation: Derivation(formula: formula, inputs: inputs.map(\.id))))
            }
        }
        return out
    }
}
