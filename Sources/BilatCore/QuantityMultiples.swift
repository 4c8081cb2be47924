import Foundation

/// Multiples of a base period's value, read as the stated changes they are: ×N is +(N − 1) × 100 %.
///
/// "tripled" is +200 %, "grew 2.4 times" +140 %, "2.4-fold" +140 %, "halved" −50 %. After *increased*, an
/// *increase of* or *by* ("increased three times", "grew by 2.4 times"), or before *more* ("three times more"),
/// translated news writes "N times" both for ×N and for +N × 100 %: bilat reads ×N and marks the change
/// approximate, since the text does not settle it.
enum QuantityMultiples {
    /// Verbs that state a multiple alone.
    static let verbs: [String: Decimal] = [
        "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5,
        "halved": Decimal(sign: .plus, exponent: -1, significand: 5),
    ]

    /// "threefold": a number word and "fold" in one word.
    static let folds: [String: Decimal] = [
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
        "ninefold": 9, "tenfold": 10, "hundredfold": 100,
    ]

    /// Words before "N times" after which the multiple reads two ways.
    static let ambiguousBefore: Set<String> = ["increased", "increase", "increases", "by"]
    /// Comparatives after "N times" that make it read two ways: "three times more" may be ×3 or ×4.
    static let ambiguousAfter: Set<String> = ["more", "higher", "greater", "larger", "bigger"]

    /// A multiple written as one word ("tripled", "threefold") and the significant digits of its factor.
    static func word(_ token: Token) -> (factor: Decimal, digits: Int)? {
        guard let w = token.word, let factor = verbs[w] ?? folds[w] else { return nil }
        return (factor, factor.significantDigits)
    }

    /// The change a factor states, in percent, with the digits that carry its precision: "2.4 times" is
    /// 140 ± 5 %, as 2.4 is 2.4 ± 0.05.
    static func percentChange(factor: Decimal, digits: Int) -> (percent: Decimal, digits: Int) {
        let percent = (factor - 1) * 100
        guard let changePower = percent.leadingPower, let factorPower = factor.leadingPower else { return (percent, 1) }
        return (percent, max(1, changePower - factorPower + digits - 2))
    }
}

extension QuantityReader.Reader {
    /// "times", "fold" or "-fold" right after a number, consumed: a multiple, never a count of times.
    mutating func multipleMarker() -> (token: Token, isTimes: Bool)? {
        guard let token = cursor.current else { return nil }
        if token.isWord("times") { cursor.advance(); return (token, true) }
        if token.isWord("fold") { cursor.advance(); return (token, false) }
        if token.isDash, let next = cursor.peek(1), next.isWord("fold"), next.offset == token.end {
            cursor.advance(2)
            return (token, false)
        }
        return nil
    }

    /// The stated change a multiple gives, after reading what may follow it ("a 2.4-fold increase",
    /// "three times more", "three times as much"). `written` is where the multiple starts, for errors.
    mutating func multiple(_ factor: Decimal, digits: Int, written: Token, times: Bool) throws(Diagnostic) -> Quantity {
        var comparative = false
        while let token = cursor.current {
            if let w = token.word, let s = QuantityReader.changeWords[w] {
                if s < 0 { throw fail("a multiple states a rise; write a fall as a percentage ('a 50% drop')", at: token) }
                if times && QuantityMultiples.ambiguousAfter.contains(w) { comparative = true }
                cursor.advance()
                continue
            }
            if times, let w = token.word, QuantityMultiples.ambiguousAfter.contains(w) { comparative = true; cursor.advance(); continue }
            if times, token.isWord("as"), let next = cursor.peek(1), next.isWord("much", "high", "large", "big", "great") {
                cursor.advance(2)
                continue
            }
            break
        }
        if let extra = cursor.current {
            throw fail("unexpected \(describe(extra)) after a multiple; write the multiple alone ('three times') and its base period in compared_with", at: extra)
        }
        if currency != nil { throw fail("a multiple cannot carry a currency; it is a change ('tripled', '2.4 times')", at: written) }
        if sign != 0 { throw fail("a sign is not read on a multiple; write 'tripled' or '2.4 times'", at: written) }
        if changeSign < 0 {
            throw fail("a multiple after a word of decrease ('fell three times') is not read; write the fall as a percentage ('a 67% drop')", at: written)
        }
        if levelAtDate { throw fail("a multiple is a change, not a level at a date", at: written) }
        guard factor > 1 || written.isWord("halved") else {
            throw fail("a multiple must be more than 1 ('2.4 times'); write a fall as a percentage ('a 50% drop')", at: written)
        }
        var reading = qualifier ?? .exact
        if times && (comparative || changeWording.contains(where: QuantityMultiples.ambiguousBefore.contains)) {
            switch reading {
            case .exact, .nearly, .approximately: reading = .approximately
            // ×N is the smaller reading, so a floor on it holds for either.
            case .lowerBound: break
            case .upperBound:
                throw fail("an upper bound on a multiple that reads two ways (×N or +N × 100 %); write the change as a percentage", at: written)
            }
        }
        let (percent, percentDigits) = QuantityMultiples.percentChange(factor: factor, digits: digits)
        return Quantity(value: percent, kind: .percent, qualifier: reading, isChange: true, isEstimated: estimated,
                        significantDigits: percentDigits)
    }
}
