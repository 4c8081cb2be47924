import Foundation

extension Checks {
    /// The figures of one composition (``ImpliedFigures/compositions``) reported for one pair, subject, unit and
    /// period, by member indicator: what both parts checks look at, made once for both.
    struct CompositionGroup {
        var rule: ImpliedFigures.Composition
        var members: [String: [Observation]]
    }

    static func compositionGroups(_ reported: [Observation]) -> [CompositionGroup] {
        struct Slot: Hashable { var rule: Int; var dataset, reporter, partner, subject, unit: String; var start, end: CalendarDate; var isLevelAtDate: Bool }
        let rules = ImpliedFigures.compositions
        let indicators = Set(rules.flatMap { [$0.total.indicator] + $0.parts.map(\.indicator) })
        var groups: [Slot: [String: [Observation]]] = [:]
        for o in reported where indicators.contains(o.key.indicator) {
            for (r, rule) in rules.enumerated() {
                guard let m = ([rule.total] + rule.parts).first(where: { $0.indicator == o.key.indicator && $0.direction == o.key.direction })
                else { continue }
                let slot = Slot(rule: r, dataset: o.key.dataset, reporter: o.key.reporter, partner: o.key.partner, subject: o.key.subject,
                                unit: o.key.unit, start: o.period.start, end: o.period.end, isLevelAtDate: o.key.isLevelAtDate)
                groups[slot, default: [:]][m.indicator, default: []].append(o)
            }
        }
        return groups.compactMap { slot, members in
            rules.indices.contains(slot.rule) ? CompositionGroup(rule: rules[slot.rule], members: members) : nil
        }
    }

    /// A part (exports, imports) larger than the total (turnover) of the same pair and period.
    static func partsExceedingTotals(_ dataset: Dataset, groups: [CompositionGroup]) -> [Finding] {
        var out: [Finding] = []
        for g in groups {
            let rule = g.rule, group = g.members
            let totals = group[rule.total.indicator] ?? []
            for part in rule.parts.flatMap({ group[$0.indicator] ?? [] }) {
                for total in totals {
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

    /// Every part of a total reported (exports and imports beside turnover) for one pair and period, and their sum
    /// out of reach of the total: the parts' ranges added up and the total's range have no value in common.
    ///
    /// Where a part has figures from several sources, each total is checked against the parts' most extreme
    /// figures (the lowest ceilings, for a sum too small; the highest floors, for one too large): one finding
    /// names a disagreement without listing every combination. A sum too large because one part alone exceeds
    /// the total is left to `part-exceeds-total`.
    static func partsNotAddingUp(_ dataset: Dataset, groups: [CompositionGroup]) -> [Finding] {
        var out: [Finding] = []
        for g in groups {
            let rule = g.rule, group = g.members
            let partLists = rule.parts.map { group[$0.indicator] ?? [] }
            guard let totals = group[rule.total.indicator], partLists.allSatisfy({ !$0.isEmpty }) else { continue }
            // A part's figure with the lowest ceiling (nil if none has one) and the one with the highest floor (no floor is 0).
            let lowestCeilings = partLists.map { list in
                list.compactMap { o in range(o).high.map { (o, $0) } }.min { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            }
            let highestFloors = partLists.map { list in
                list.map { o in (o, range(o).low ?? 0) }.max { ($0.1, $1.0.id) < ($1.1, $0.0.id) }
            }
            for total in totals {
                let totalRange = range(total)
                let ceilings = lowestCeilings.compactMap { $0 }
                if let totalLow = totalRange.low, ceilings.count == partLists.count,
                   ceilings.reduce(Decimal(0), { $0 + $1.1 }) < totalLow {
                    out.append(sumFinding(ceilings.map(\.0), total: total, dataset: dataset))
                }
                if let totalHigh = totalRange.high {
                    let chosen = highestFloors.compactMap { $0 }
                    let floor = chosen.reduce(Decimal(0)) { $0 + $1.1 }
                    if floor > totalHigh, chosen.allSatisfy({ $0.1 <= totalHigh }) {
                        out.append(sumFinding(chosen.map(\.0), total: total, dataset: dataset))
                    }
                }
            }
        }
        return out
    }

    static func sumFinding(_ parts: [Observation], total: Observation, dataset: Dataset) -> Finding {
        let ranges = parts.map { range($0) }
        let sum: (low: Decimal?, high: Decimal?) = (
            ranges.reduce(Decimal(0)) { $0 + ($1.low ?? 0) },
            ranges.contains { $0.high == nil } ? nil : ranges.reduce(Decimal(0)) { $0 + ($1.high ?? 0) })
        let unit = total.key.unit
        let named = parts.map { "\($0.key.indicator) \($0.id) (\($0.value))" }.joined(separator: " + ")
        let ids = parts.map(\.id) + [total.id]
        return Finding(
            kind: .partsDoNotAddUp, severity: .error,
            message: "\(named) add up to \(describe(sum, unit: unit)) for \(total.period.shortName), but \(total.key.indicator) \(total.id) "
                + "gives \(total.value) (\(describe(range(total), unit: unit)) with its rounding and qualifier)",
            subjects: ids, sourceIDs: parts.flatMap(\.sourceIDs) + total.sourceIDs, locations: locate(ids, in: dataset))
    }
}
