extension Checks {
    /// Measures that look alike but are not the same, kept apart and never merged: one indicator counted in
    /// another unit over overlapping periods, or in the same unit over periods that overlap without one
    /// containing the other. A part of a period against the whole is not a lookalike: the two are one
    /// measure over nested spans, which `subperiodsExceedingWholes` compares.
    static func lookalikes(_ dataset: Dataset, reported: [Observation]) -> [Finding] {
        var out: [Finding] = []
        let groups = Dictionary(grouping: reported) { [$0.key.dataset, $0.key.indicator, $0.key.reporter, $0.key.partner, $0.key.direction.rawValue] }
        for (_, group) in groups {
            // Only overlapping periods can be mistaken for one another.
            forEachOverlappingPair(group) { a, b in
                let samePeriod = a.period.hasSameSpan(as: b.period)
                let nested = a.period.contains(b.period) || b.period.contains(a.period)
                if a.key.unit == b.key.unit && (nested || a.key.subject != b.key.subject) { return }
                var differences: [String] = []
                if a.key.unit != b.key.unit { differences.append("one counts \(a.key.unit), the other \(b.key.unit)") }
                if !samePeriod { differences.append("their periods overlap but differ (\(a.period.label) and \(b.period.label))") }
                out.append(Finding(
                    kind: .lookalikeMeasures, severity: .warning,
                    message: "\(a.id) and \(b.id) both measure \(a.key.indicator) but are not the same measure: \(differences.joined(separator: "; ")). They are kept apart and never compared",
                    subjects: [a.id, b.id], sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate([a.id, b.id], in: dataset)))
            }
        }
        return out
    }
}
