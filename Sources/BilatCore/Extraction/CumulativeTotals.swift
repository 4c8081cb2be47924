/// Cumulative totals with no start: "so far", "to date", "in total", "an aggregate total of", or a verb that adds
/// events up ("delivered", "invested") with "until March 2024", "by the end of March", "as of June 2023". Such a
/// figure is everything counted up to a date, so its period is open at the start (``Period/toEnd(of:)``): to the
/// date named, else to the publication date. A total with a start ("since 2012") is closed and not read here.
extension Extractor {
    /// Words that make a figure a running total wherever they stand in the sentence.
    static let cumulativeCues: [[String]] = [["so", "far"], ["to", "date"], ["in", "total"], ["aggregate"], ["cumulative"],
                                            ["cumulatively"], ["altogether"]]
    /// Verbs that add events up, so "until", "by the end of" or "as of" a date after them ends a running total.
    static let cumulativeVerbs: Set<String> = ["accumulated", "delivered", "disbursed", "invested", "allocated", "supplied",
                                               "registered", "trained", "issued", "handed", "provided", "received"]
    /// Words before a date that make it the end of a count: "until", "till", "through", "as of", "by the end of".
    static let cumulativeEnds: [[String]] = [["until"], ["till"], ["through"], ["up", "to"], ["as", "of"], ["by", "the", "end", "of"],
                                            ["by", "end", "of"], ["by", "the", "end"], ["at", "the", "end", "of"]]

    /// The open-start period of a running total at `q` and the words that gave it, or nil when it is none.
    /// - Parameters:
    ///   - own: the period the sentence gives the figure, if any.
    ///   - reference: the publication date.
    func cumulativePeriod(_ s: SentenceTokens, _ q: SpottedQuantity, own: SpottedPeriod?, periods: [SpottedPeriod],
                          reference: Period?) -> (Period, String)? {
        guard !q.quantity.isChange, q.quantity.kind != .percent, q.quantity.shareOf == nil else { return nil }
        let inPeriod = Set(periods.flatMap { Array($0.first...$0.last) })
        let cue = (0..<s.count).lazy.compactMap { i -> String? in
            guard !inPeriod.contains(i) else { return nil }   // "so far this year", "year to date" are closed
            for words in Self.cumulativeCues where s.has(words, at: i) {
                // "in total trade", "a share in total exports": a noun after "total" makes it an adjective.
                if words == ["in", "total"], let next = s.word(i + 2), !Self.cumulativeVerbs.contains(next),
                   !["by", "of", "and", "so", "to", "over"].contains(next) { continue }
                return words.joined(separator: " ")
            }
            return nil
        }.first
        if let own, let found = own.period {
            // A start named, a window counted back, or a date not reached yet (a goal): not a running total.
            guard !found.isWindow, !found.isOpenStart, found.start == found.endUnit.start, reference.map({ found.start <= $0.end }) ?? true,
                  cue != nil || (0..<s.count).contains(where: { Self.cumulativeVerbs.contains(s.word($0) ?? "") }),
                  endsCount(s, before: own.first) || (cue != nil && found.granularity == .day && found.end == reference?.end)
            else { return nil }   // the dateline's day with "so far" is the date the total runs to
            var end = found
            if let reference, found.end > reference.end { end = reference }   // "until now, in March": to the day known
            return (Period.toEnd(of: end), own.text)
        }
        guard let cue, let reference else { return nil }
        return (Period.toEnd(of: reference), cue)
    }

    /// "until", "as of", "by the end of" just before token `first`, or before "the end of", "mid-" or "late" there.
    func endsCount(_ s: SentenceTokens, before first: Int) -> Bool {
        var k = first
        while k > 0, k > first - 3, let w = s.word(k - 1), ["the", "end", "of", "mid", "late"].contains(w) { k -= 1 }
        for stop in Set([first, k]) {
            for words in Self.cumulativeEnds {
                for j in max(0, stop - words.count)..<stop where j + words.count >= stop && s.has(words, at: j) { return true }
            }
        }
        return false
    }
}
