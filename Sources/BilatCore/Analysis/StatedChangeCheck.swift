import Foundation

extension Checks {
    /// Each stated change ("26.55% increase", "over 140% increase", "about 200% increase") against the change
    /// its two stored ends give, within their rounding and qualifiers: a finding when no change both allow.
    ///
    /// A change with one end stored implies the other instead (see ``ImpliedFigures``) and is not checked. One
    /// that can be neither checked nor used says why, as a note: no end stored, an earlier value of zero (a
    /// change from zero has no percentage), or a change that cannot imply the missing end.
    static func statedChanges(_ dataset: Dataset, known: [ImpliedFigures.Slot: [Observation]]) -> [Finding] {
        let changes = dataset.figures.filter { $0.isStatedChange && !$0.period.isOpenStart }
        guard !changes.isEmpty else { return [] }
        var out: [Finding] = []
        let levels = ImpliedFigures.Levels(known)
        for change in changes {
            guard let base = change.comparedWith else { continue }
            let ends = levels.reported(for: change, dataset: dataset.name, at: change.period)
            let starts = levels.reported(for: change, dataset: dataset.name, at: base)
            let pairs = ends.flatMap { end in starts.filter { $0.key == end.key }.map { (start: $0, end: end) } }
            if pairs.isEmpty {
                if let reason = unusableChange(change, base: base, ends: ends, starts: starts, levels: levels, dataset: dataset.name) {
                    out.append(uncheckedChange(change, base: base, levels: ends + starts, because: reason, dataset: dataset))
                }
                continue
            }
            for (start, end) in pairs {
                guard start.value > 0 else {
                    out.append(uncheckedChange(change, base: base, levels: [start, end],
                                               because: "\(start.id) is zero, and a change from zero has no percentage", dataset: dataset))
                    continue
                }
                let computed = computedChange(from: start, to: end), stated = statedChange(change.quantity)
                guard disjoint(computed, stated) else { continue }
                let percent = { (d: Decimal) in HumanNumber.fixed(d, significant: 4) }
                let exact = [start.qualifier, end.qualifier, change.quantity.qualifier].allSatisfy { $0 == .exact }
                let allowance = exact ? "rounding allows \(describe(computed, unit: "%", text: percent))"
                    : "rounding and qualifiers allow \(describe(computed, unit: "%", text: percent)); "
                        + "\(change.asReported) allows \(describe(stated, unit: "%", text: percent))"
                let ids = [change.id, start.id, end.id]
                out.append(Finding(
                    kind: .statedChangeMismatch, severity: .error,
                    message: "\(change.id) states \(change.asReported) from \(base.shortName) to \(change.period.shortName), but \(start.id) and \(end.id) give \(percent((end.value - start.value) / start.value * 100)) % (\(allowance))",
                    subjects: ids, sourceIDs: [change.sourceID] + start.sourceIDs + end.sourceIDs,
                    locations: locate(ids, in: dataset)))
            }
        }
        return out
    }

    /// The changes, in percent, that an earlier and a later value allow within their rounding and qualifiers;
    /// nil for no upper limit (when the earlier value may be as small as zero, or the later has no ceiling).
    static func computedChange(from start: Observation, to end: Observation) -> (low: Decimal?, high: Decimal?) {
        let s = range(start), e = range(end)
        let endFloor = max(e.low ?? 0, 0)
        let low: Decimal = s.high.map { (endFloor - $0) / $0 * 100 } ?? -100
        guard let endCeiling = e.high, let startFloor = s.low, startFloor > 0 else { return (low, nil) }
        return (low, (endCeiling - startFloor) / startFloor * 100)
    }

    /// The changes a stated change allows: its qualifier bounds the size of the change ("over 20 % drop" is a
    /// fall of at least 20 %), read as `range` reads a level, then signed.
    static func statedChange(_ q: Quantity) -> (low: Decimal?, high: Decimal?) {
        let size = range(q.value.magnitude, digits: q.significantDigits, qualifier: q.qualifier)
        return q.value < 0 ? (size.high.map { -$0 }, size.low.map { -$0 }) : size
    }

    /// Why a change with no pair of ends can be neither checked nor used; nil when it implies a missing end.
    static func unusableChange(_ change: Figure, base: Period, ends: [Observation], starts: [Observation],
                               levels: ImpliedFigures.Levels, dataset: String) -> String? {
        if ends.isEmpty && starts.isEmpty {
            return "no figure of its series is stored for \(base.shortName) or \(change.period.shortName), so it is neither checked nor used"
        }
        guard ImpliedFigures.fromStatedChange(change, dataset: dataset, levels: levels).isEmpty else { return nil }
        let stored = (ends + starts).map(\.id).joined(separator: ", ")
        if change.quantity.value <= -100 { return "only \(stored) is stored, and a fall of 100 % or more cannot imply the other end" }
        return "only \(stored) is stored, and its qualifier and the change's pull opposite ways, so the other end cannot be implied"
    }

    static func uncheckedChange(_ change: Figure, base: Period, levels: [Observation], because reason: String,
                                dataset: Dataset) -> Finding {
        let ids = [change.id] + levels.map(\.id)
        return Finding(
            kind: .statedChangeUnchecked, severity: .note,
            message: "\(change.id) states \(change.asReported) from \(base.shortName) to \(change.period.shortName), but cannot be checked: \(reason)",
            subjects: ids, sourceIDs: [change.sourceID] + levels.flatMap(\.sourceIDs), locations: locate(ids, in: dataset))
    }
}
