/// The totals a share names ("90% of the trade", "40% of exports", "12% of trade_turnover"): words for a built-in
/// indicator, or any indicator's id as written with underscores, which the dataset reader then checks exists.
enum ShareTotals {
    /// Words before the total's name that name no other total: "the", "total", "bilateral".
    static let leadingWords: Set<String> = ["the", "its", "their", "all", "total", "overall", "bilateral", "mutual", "combined", "two", "way"]

    /// Lower-case words (dashes as spaces) → indicator id: each built-in indicator's id and name, and the words
    /// news uses for trade between the two.
    static let phrases: [String: String] = {
        var found: [String: String] = ["trade": "trade_turnover", "turnover": "trade_turnover", "trade volume": "trade_turnover",
                                       "export": "exports", "import": "imports"]
        for indicator in BuiltInIndicators.all {
            found[indicator.id.replacingOccurrences(of: "_", with: " ")] = indicator.id
            found[words(indicator.name)] = indicator.id
        }
        return found
    }()

    /// Shown when a total is not known.
    static let examples = "'of the trade', 'of total trade', 'of turnover', 'of exports', 'of imports', a built-in indicator's name"

    static func words(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// The indicator id the tokens after "of" name, or nil.
    static func indicator(_ tokens: [Token]) -> String? {
        guard let first = tokens.first else { return nil }
        // An id as written: letters, digits and underscores, touching ("trade_turnover").
        if tokens.contains(where: { $0.isSymbol("_") }) {
            var id = ""
            var end = first.offset
            for t in tokens {
                guard t.offset == end else { return nil }
                if let w = t.word { id += w } else if let d = t.digits { id += d } else if t.isSymbol("_") { id += "_" } else { return nil }
                end = t.end
            }
            return Indicator.isValidID(id) ? id : nil
        }
        var names: [String] = []
        for t in tokens {
            if let w = t.word { names.append(w) } else if !t.isDash { return nil }
        }
        while let lead = names.first, leadingWords.contains(lead), names.count > 1 { names.removeFirst() }
        return phrases[names.joined(separator: " ")]
    }
}

extension QuantityReader.Reader {
    /// The total a share names after `of`, consuming the rest of the text: an indicator's id.
    mutating func shareTotal(after of: Token) throws(Diagnostic) -> String {
        cursor.advance()
        let rest = Array(cursor.tokens[cursor.index...])
        cursor.index = cursor.tokens.count
        guard let first = rest.first, let last = rest.last else {
            throw fail("a share names its total after 'of' ('90% of the trade')", at: of)
        }
        if let id = ShareTotals.indicator(rest) { return id }
        throw fail("\(describe(first, through: last)) is not a total bilat knows; name it as \(ShareTotals.examples), "
                   + "or by an indicator's id (trade_turnover)", at: first)
    }

    /// The text from one token to another, quoted.
    func describe(_ first: Token, through last: Token) -> String {
        let start = text.index(text.startIndex, offsetBy: first.offset)
        let end = text.index(text.startIndex, offsetBy: last.end)
        return "'\(text[start..<end])'"
    }
}
