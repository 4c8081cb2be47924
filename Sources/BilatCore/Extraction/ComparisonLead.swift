/// Comparisons that news copy puts before the figure they are about, and changes that leave out their verb.
extension Extractor {
    /// "Compared to the same period of 2023, the indicator decreased by 6.8 percent", "Compared with 2021, the foreign
    /// trade turnover increased by 37.2 percent", "In comparison with January-March 2022, …": a period in a leading
    /// "compared to/with …," is the base of the sentence's changes, not their own period. Returns the index of
    /// that period in `periods` and of the first token after its comma.
    func leadingComparison(_ s: SentenceTokens, _ periods: [SpottedPeriod]) -> (period: Int, rest: Int)? {
        var k = 0
        if s.word(0) == "as" || s.word(0) == "in" { k = 1 }
        guard let w = s.word(k), w == "compared" || (w == "comparison" && k == 1 && s.word(0) == "in"),
              let to = s.word(k + 1), to == "to" || to == "with" else { return nil }
        // The comma that ends the lead, within a few words: "Compared to Jan-Sep last year," ("last year" is its base).
        guard let comma = (k + 3..<min(s.count, k + 12)).first(where: { s.tokens[$0].isSymbol(",") }),
              let pi = periods.lastIndex(where: { $0.last == comma - 1 && $0.first >= k + 2 }) else { return nil }
        return (pi, comma + 1)
    }

    /// "the indicator decreased", "the figure rose", "this volume grew" at `k`: a subject that names no measure but
    /// refers to the figure the article gave last.
    func namesTheMeasure(_ s: SentenceTokens, at k: Int) -> Bool {
        guard let w = s.word(k), ["the", "this", "that"].contains(w), let noun = s.word(k + 1) else { return false }
        return ["indicator", "figure"].contains(noun) && s.word(k + 2).map { QuantityReader.changeVerbs[$0] != nil } == true
    }

    /// "the foreign trade turnover increased by 37.2 percent, export by 2.1 times": a multiple after "by" that
    /// leaves out the verb of the change before it, read as "increased by 2.1 times" (×2.1, approximately; README
    /// "Multiples"). Nil when `q` is no such count, or the change before it is a fall.
    func ellipticalMultiple(_ s: SentenceTokens, _ q: SpottedQuantity, previousChange: Candidate?) -> SpottedQuantity? {
        guard let previous = previousChange, previous.quantity.value > 0, q.quantity.kind == .count, !q.quantity.isChange,
              s.word(q.first - 1) == "by", s.word(q.last + 1) == "times", q.first == q.last || s.tokens[q.first].digits != nil,
              let multiple = try? QuantityReader.parse("increased by " + s.text(q.first, q.last + 1)), multiple.isChange else { return nil }
        return SpottedQuantity(first: q.first, last: q.last + 1, text: s.text(q.first - 1, q.last + 1), quantity: multiple)
    }
}
