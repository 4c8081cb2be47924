/// A percentage that is a share: "90 % of the trade is Pakistani exports", "exports accounted for 40% of total
/// trade". The sentence must name both the total (after "of", a total ``QuantityReader`` knows) and the part (a cue
/// of another money indicator in the same clause); anything less stays a share bilat does not record.
extension Extractor {
    struct ShareReading {
        /// The part's indicator, its cue words and direction, as ``bestIndicator`` gives them.
        var part: (String, Double, [String], Direction)
        /// The percentage and its total, re-read by ``QuantityReader`` so the row reads back the same.
        var spotted: SpottedQuantity
    }

    /// The share `q` states, or nil when the total or the part is not named.
    func share(_ s: SentenceTokens, _ q: SpottedQuantity, cueHits: [PhraseIndex<Int>.Hit]) -> ShareReading? {
        guard q.quantity.kind == .percent, !q.quantity.isChange, s.word(q.last + 1) == "of" else { return nil }
        // The longest run of words after "of" that reads as a total: "of bilateral trade", "of the trade".
        var reading: (last: Int, quantity: Quantity)? = nil
        for last in stride(from: min(s.count - 1, q.last + 5), through: q.last + 2, by: -1)
        where (q.last + 2...last).allSatisfy({ s.word($0) != nil && s.clause[$0] == s.clause[q.first] }) {
            if let read = try? QuantityReader.parse(s.text(q.first, last)), read.shareOf != nil { reading = (last, read); break }
        }
        guard let reading, let total = reading.quantity.shareOf else { return nil }
        // The part is named outside the total's words, and is not the total itself ("trade is 5% of the trade" of the world).
        let outsideTotal = cueHits.filter { $0.last < q.first || $0.first > reading.last }
        guard let part = bestIndicator(s, q, outsideTotal, allowed: { moneyIndicators.contains($0) && $0 != total }, sameClause: true) else {
            return nil
        }
        var spotted = q
        spotted.last = reading.last
        spotted.text = s.text(q.first, reading.last)
        spotted.quantity = reading.quantity
        return ShareReading(part: part, spotted: spotted)
    }
}
