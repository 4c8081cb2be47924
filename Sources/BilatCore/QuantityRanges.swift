/// Ranges written as one figure: "$17–25 million", "$17-25 million", "17 to 25 officers",
/// "$2 billion to $2.5 billion", "between $2 billion and $2.5 billion", "from $2 billion to $2.5 billion".
///
/// Each end is read by the single-value reader, then the two are joined: a scale word on the high end alone
/// applies to the low end too ("$17–25 million" is 17 to 25 million), unless the low end is written with
/// thousands separators ("$900,000 to $1.2 million"); a currency on either end is the range's.
extension QuantityReader {
    static func range(_ text: String, _ tokens: [Token]) throws(Diagnostic) -> Quantity? {
        let opener: String? = tokens[0].isWord("between") ? "and" : tokens[0].isWord("from") ? "to" : nil
        let start = opener == nil ? 0 : 1
        guard tokens.count >= start + 3 else {
            if opener != nil { throw rangeReader(text, tokens).fail(openerAdvice, at: tokens[0]) }
            return nil
        }
        var separators: [Int] = []
        for k in (start + 1)..<(tokens.count - 1) {
            let t = tokens[k]
            if let opener {
                if t.isWord(opener) { separators.append(k) }
            } else if t.isWord("to") || (t.isDash && startsAmount(tokens, at: k + 1)) {
                separators.append(k)
            }
        }
        guard !separators.isEmpty else {
            if opener != nil { throw rangeReader(text, tokens).fail(openerAdvice, at: tokens[0]) }
            return nil
        }
        // "between one and a half and two million": the last "and" that leaves two readable ends.
        var highEndError: Diagnostic? = nil
        let percentTail = percentWords(at: tokens)
        for k in separators.reversed() {
            // "grew 10 to 12 percent": the low end is in the high end's percent.
            let lowTokens = Array(tokens[start..<k])
            let lowIsBare = percentWords(at: lowTokens).isEmpty && lowTokens.last?.digits != nil
            var low = Reader(text: text, cursor: TokenCursor(lowIsBare ? lowTokens + percentTail : lowTokens))
            guard let lowEnd = try? low.quantity() else { continue }
            var high = Reader(text: text, cursor: TokenCursor(Array(tokens[(k + 1)...])))
            // "$17–25 million": the high end is in the low end's currency.
            high.currency = lowEnd.currency
            let highEnd: Quantity
            do {
                highEnd = try high.quantity()
            } catch {
                // The high end's own problem, when it is plainly meant as one ("$17–25 milion").
                if opener != nil || startsAmount(tokens, at: k + 1) || startsNumberWord(tokens, at: k + 1) { highEndError = highEndError ?? error }
                continue
            }
            return try join(lowEnd, lowGrouped: low.groupedDigits, highEnd, highStart: tokens[k + 1], separator: tokens[k],
                            reader: rangeReader(text, tokens))
        }
        if let highEndError { throw highEndError }
        if opener != nil { throw rangeReader(text, tokens).fail(openerAdvice, at: tokens[0]) }
        return nil
    }

    static let openerAdvice = "a range written with 'between' or 'from' needs both ends: 'between $2 billion and $2.5 billion', "
        + "'from $2 billion to $2.5 billion'"

    /// The words that end `tokens` in a percentage ("%", "percent", "per cent", "pct"), or none.
    static func percentWords(at tokens: [Token]) -> [Token] {
        guard let last = tokens.last else { return [] }
        if last.isSymbol("%") || last.isWord("percent") || last.isWord("pct") || last.isWord("pc") { return [last] }
        if tokens.count >= 2, last.isWord("cent"), tokens[tokens.count - 2].isWord("per") { return Array(tokens.suffix(2)) }
        return []
    }

    private static func rangeReader(_ text: String, _ tokens: [Token]) -> Reader { Reader(text: text, cursor: TokenCursor(tokens)) }

    /// Digits or a currency sign or code start at `index`.
    static func startsAmount(_ tokens: [Token], at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let t = tokens[index]
        if t.digits != nil { return true }
        if let s = t.symbol { return currencySymbols[s] != nil }
        return t.isWord("us") || ["usd", "eur", "gbp", "azn", "pkr", "rs"].contains(t.word ?? "")
    }

    static func startsNumberWord(_ tokens: [Token], at index: Int) -> Bool {
        var cursor = TokenCursor(tokens)
        cursor.index = index
        return NumberWords.startsNumber(cursor)
    }

    /// The two ends as one figure, or the reason they are not one.
    static func join(_ low: Quantity, lowGrouped: Bool, _ high: Quantity, highStart: Token, separator: Token,
                     reader: Reader) throws(Diagnostic) -> Quantity {
        if low.kind == .percent || high.kind == .percent {
            return try changeRange(low, high, highStart: highStart, separator: separator, reader: reader)
        }
        if let lowNoun = low.noun, lowNoun.lowercased() != high.noun?.lowercased() {
            throw reader.fail("the two ends of a range count different things; write the noun once, after the high end ('17 to 25 officers')",
                              at: highStart)
        }
        if low.qualifier != .exact && high.qualifier != .exact && low.qualifier != high.qualifier {
            throw reader.fail("two qualifiers that disagree", at: highStart)
        }
        var lowValue = low.value
        if low.scale == 0 && high.scale > 0 && !lowGrouped {
            lowValue = scaled(low.value, by: high.scale)
        } else if low.scale > 0 && high.scale == 0 {
            throw reader.fail("the high end of the range has no scale word; write '$17–25 million' or '$17 million–$25 million'",
                              at: highStart)
        }
        guard lowValue < high.value else {
            let relation = lowValue == high.value ? "is the same as" : "is above"
            throw reader.fail("the low end of the range (\(lowValue.plainText)) \(relation) its high end (\(high.value.plainText)); "
                              + "write the smaller end first ('$17–25 million'), or a single value", at: highStart)
        }
        let currency = low.currency ?? high.currency
        return Quantity(value: lowValue, kind: currency == nil ? .count : .money, currency: currency, noun: high.noun,
                        scale: high.scale, qualifier: low.qualifier == .exact ? high.qualifier : low.qualifier,
                        isEstimated: low.isEstimated || high.isEstimated, significantDigits: low.significantDigits,
                        high: high.value, isLevelAtDate: low.isLevelAtDate || high.isLevelAtDate)
    }

    /// "grew 10 to 12 percent", "fell 3–5%": a stated change given as a range, one figure with both ends (a fall's
    /// low end is its larger drop: −12 to −10). A range of percentages that states no change ("5–7%") is no
    /// figure bilat reads: a share needs its total.
    static func changeRange(_ low: Quantity, _ high: Quantity, highStart: Token, separator: Token,
                            reader: Reader) throws(Diagnostic) -> Quantity {
        guard low.kind == .percent, high.kind == .percent, low.shareOf == nil, high.shareOf == nil, low.isChange || high.isChange,
              !(low.isChange && high.isChange && (low.value < 0) != (high.value < 0)) else {
            throw reader.fail("a range of percentages is read only as a stated change ('grew 10 to 12 percent', 'up 5–7%'); "
                              + "write one value and the range in the note", at: separator)
        }
        let falls = low.value < 0 || high.value < 0
        let ends = [abs(low.value), abs(high.value)].map { falls ? -$0 : $0 }.sorted()
        guard ends[0] < ends[1] else {
            throw reader.fail("the two ends of the range are the same (\(abs(low.value).plainText)%); write a single value", at: highStart)
        }
        guard abs(low.value) < abs(high.value) else {
            throw reader.fail("the low end of the range (\(abs(low.value).plainText)%) is above its high end (\(abs(high.value).plainText)%); "
                              + "write the smaller end first ('10 to 12 percent')", at: highStart)
        }
        return Quantity(value: ends[0], kind: .percent, scale: 0, qualifier: low.qualifier == .exact ? high.qualifier : low.qualifier,
                        isChange: true, isEstimated: low.isEstimated || high.isEstimated,
                        significantDigits: falls ? high.significantDigits : low.significantDigits, high: ends[1])
    }
}
