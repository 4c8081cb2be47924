/// A level at a date: "current trade of $30 million", "currently $30 million", "annual trade of $30 million",
/// "$30 million a year". The figure holds as of its source's date (a yearly rate, for a flow), not over a
/// calendar period, so it is never compared with a calendar year's figure.
extension QuantityReader {
    /// Words naming the measure between "current" or "annual" and "of": "current trade of", "annual turnover of".
    static let levelNouns: Set<String> = [
        "trade", "turnover", "exports", "imports", "volume", "level", "value", "rate", "bilateral", "mutual", "total",
        "annual", "investment", "investments", "aid", "remittances", "flow", "flows", "stock", "goods",
    ]

    /// The length of a yearly rate's words ending the text at `index` ("a year", "per year", "per annum",
    /// "annually"), or nil.
    static func yearlyRate(_ cursor: TokenCursor, at index: Int) -> Int? {
        let tokens = cursor.tokens
        func word(_ i: Int) -> String? { i < tokens.count ? tokens[i].word : nil }
        let length: Int
        switch (word(index), word(index + 1)) {
        case ("a", "year"?), ("per", "year"?), ("per", "annum"?), ("each", "year"?), ("every", "year"?): length = 2
        case ("annually", _), ("yearly", _): length = 1
        default: return nil
        }
        return index + length == tokens.count ? length : nil
    }
}

extension QuantityReader.Reader {
    /// "currently", "current trade of", "annual turnover of", "a current level of" before the number, consumed.
    mutating func levelPrefix() throws(Diagnostic) -> Bool {
        guard let token = cursor.current else { return false }
        if token.isWord("currently") { levelAtDate = true; cursor.advance(); return true }
        guard token.isWord("current", "annual") else { return false }
        levelAtDate = true
        cursor.advance()
        var named: Token? = nil
        while let next = cursor.current, let w = next.word, QuantityReader.levelNouns.contains(w) { named = next; cursor.advance() }
        if let named, !cursor.take(word: "of"), !cursor.take(word: "at") {
            throw fail("expected 'of' after \(describe(named)), as in 'current trade of $30 million'", at: cursor.current ?? named)
        }
        return true
    }
}
