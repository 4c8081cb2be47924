import Foundation

extension Checks {
    /// A figure for part of a period larger than a figure of the same flow for the whole of it, beyond rounding and
    /// qualifiers: January–June 2017 at $17.5 million against the whole of 2017 at $7.34 million.
    ///
    /// Flows are matched from either side (see ``Flow``). From one side it is an error: a flow over part of a
    /// period cannot exceed the flow over all of it. Between the two sides' statistics (reporter swapped, or
    /// exports against the partner's imports) it is a warning: mirror figures differ by timing and valuation,
    /// so the pair is not necessarily an error. Figures that are not sums over their periods (deals,
    /// investment), levels at a date (a rate, not a sum over a day) and approximate periods, whose bounds are a
    /// reading, are not compared.
    static func subperiodsExceedingWholes(_ dataset: Dataset, reported: [Observation], linkKeys: [String: String]) -> [Finding] {
        struct Span: Hashable { var start, end: CalendarDate }
        var flows: [Flow: [Span: [Observation]]] = [:]
        // Figures of one series come in runs: the flow of the last series is reused, not made and hashed again.
        var last: (key: SeriesKey, flow: Flow)?
        for o in reported where !o.period.isApproximate && !o.key.isLevelAtDate && !DealIdentity.notSummedOverTime.contains(o.key.indicator) {
            let flow: Flow
            if let last, last.key == o.key { flow = last.flow } else {
                flow = Flow(o.key)
                last = (o.key, flow)
            }
            flows[flow, default: [:]][Span(start: o.period.start, end: o.period.end), default: []].append(o)
        }
        var out: [Finding] = []
        for bySpan in flows.values where bySpan.count > 1 {
            // By start, longer first: the spans a span contains come after it, before the first to start after it ends.
            let spans = bySpan.keys.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
            // A span's figures as parts (largest floor first) and as wholes (smallest ceiling first), so the pairs
            // where a part exceeds a whole are read off the front of both lists, not found among all pairs. Made
            // only for spans that contain or are contained: most series have none, and ranges are not free.
            var parts: [Int: [(Observation, Decimal)]] = [:], wholes: [Int: [(Observation, Decimal)]] = [:]
            func partsOf(_ i: Int) -> [(Observation, Decimal)] {
                if let made = parts[i] { return made }
                let made = (bySpan[spans[i]] ?? []).compactMap { o in range(o).low.map { (o, $0) } }
                    .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
                parts[i] = made
                return made
            }
            func wholesOf(_ i: Int) -> [(Observation, Decimal)] {
                if let made = wholes[i] { return made }
                let made = (bySpan[spans[i]] ?? []).compactMap { o in range(o).high.map { (o, $0) } }
                    .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
                wholes[i] = made
                return made
            }
            for (w, whole) in spans.enumerated() {
                for p in spans.indices.dropFirst(w + 1) {
                    guard spans[p].start <= whole.end else { break }
                    guard spans[p].end <= whole.end, let smallest = wholesOf(w).first?.1 else { continue }
                    for (part, floor) in partsOf(p) {
                        guard floor > smallest else { break }
                        for (total, ceiling) in wholesOf(w) {
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
