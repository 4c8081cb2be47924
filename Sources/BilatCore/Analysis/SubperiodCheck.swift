import Foundation

extension Checks {
    /// A figure for part of a period larger than a figure of the same flow for the whole of it, beyond rounding and
    /// qualifiers: January–June 2017 at $17.5 million against the whole of 2017 at $7.34 million.
    ///
    /// Flows are matched from either side (see ``Flow``). From one side it is an error: a flow over part of a
    /// period cannot exceed the flow over all of it. Between the two sides' statistics (reporter swapped, or
    /// exports against the partner's imports) it is a warning: mirror figures differ by timing and valuation,
    /// so the pair is not necessarily an error. Figures that are not sums over their periods (deals,
    /// investment) and approximate periods, whose bounds are a reading, are not compared.
    static func subperiodsExceedingWholes(_ dataset: Dataset, reported: [Observation], linkKeys: [String: String]) -> [Finding] {
        struct Span: Hashable { var start, end: CalendarDate }
        var flows: [Flow: [Span: [Observation]]] = [:]
        for o in reported where !o.period.isApproximate && !DealIdentity.notSummedOverTime.contains(o.key.indicator) {
            flows[Flow(o.key), default: [:]][Span(start: o.period.start, end: o.period.end), default: []].append(o)
        }
        var out: [Finding] = []
        for bySpan in flows.values where bySpan.count > 1 {
            // By start, longer first: the spans a span contains come after it, before the first to start after it ends.
            let spans = bySpan.keys.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            // Each span's figures as parts (largest floor first) and as wholes (smallest ceiling first), so the
            // pairs where a part exceeds a whole are read off the front of both lists, not found among all pairs.
            let parts = spans.map { span in
                (bySpan[span] ?? []).compactMap { o in range(o).low.map { (o, $0) } }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
            }
            let wholes = spans.map { span in
                (bySpan[span] ?? []).compactMap { o in range(o).high.map { (o, $0) } }.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
            }
            for (w, whole) in spans.enumerated() {
                guard let smallest = wholes[w].first?.1 else { continue }
                for p in spans.indices.dropFirst(w + 1) {
                    guard spans[p].start <= whole.end else { break }
                    guard spans[p].end <= whole.end else { continue }
                    for (part, floor) in parts[p] {
                        guard floor > smallest else { break }
                        for (total, ceiling) in wholes[w] {
                            guard ceiling < floor else { break }
                            if DealIdentity.keptApart(linkKeys[part.id], linkKeys[total.id]) { continue }
                            out.append(subperiodFinding(part: part, whole: total, dataset: dataset))
                        }
                    }
                }
            }
        }
        return out
    }

    static func subperiodFinding(part: Observation, whole: Observation, dataset: Dataset) -> Finding {
        let sameSide = part.key.reporter == whole.key.reporter
        var message = "\(part.key.label): \(part.id) gives \(part.value) (\(part.qualifier.rawValue)) for \(part.period.shortName), "
            + "more than \(whole.id) gives for \(whole.period.shortName), which contains it (\(whole.value), \(whole.qualifier.rawValue))"
        message += sameSide
            ? ": a part of a period cannot exceed the whole"
            : "; \(part.key.reporter) reports one and \(whole.key.reporter) the other: two sides' statistics, not necessarily an error"
        let ids = [part.id, whole.id]
        return Finding(kind: .subperiodExceedsWhole, severity: sameSide ? .error : .warning, message: message,
                       subjects: ids, sourceIDs: part.sourceIDs + whole.sourceIDs, locations: locate(ids, in: dataset))
    }
}
