import Foundation

/// Reads a figure as sources write it ("$11.7 million", "over a hundred officers",
/// "26.55% increase", "Rs 3.4 crore") into an exact ``Quantity``.
///
/// Anything it cannot read fully is an error quoting the text and naming the accepted forms;
/// it never guesses a number from part of a text.
public enum QuantityReader {
    /// Shown with every error, so a user sees what to write instead.
    public static let acceptedForms =
        "an amount ($11.7 million, US$ 4.5 bn, 2,000,000 USD, Rs 3.4 crore, AZN 5m, one and a half million dollars), " +
        "a count with or without a noun (36 documents, thirty-six, a dozen), a percentage or stated change " +
        "(12%, 26.55% increase, a 5% drop, up 3.2%), a multiple (tripled, grew 2.4 times, 2.4-fold, threefold), " +
        "a range ($17–25 million, between $2 billion and $2.5 billion), a level at a date (current trade of $30 million, " +
        "$30 million a year), a share of a named total (90% of the trade, 40% of exports), each optionally after " +
        "about/around/nearly/over/more than/at least/exceeding/up to/less than/estimated"

    /// Decimal points are full stops whatever the machine's locale says.
    static let posix = Locale(identifier: "en_US_POSIX")

    /// Most significant digits a value may have; Foundation's Decimal holds 38, and no real figure needs more.
    public static let maximumDigits = 30

    /// The digits as an exact Decimal, built from a 64-bit mantissa: the same value and the same stored form as
    /// `Decimal(string:)` gives (tested), without parsing the text a second time. Nil when the digits do not fit
    /// in 64 bits; the caller then parses the text.
    static func decimal(integer: String, fraction: String) -> Decimal? {
        guard fraction.utf8.count <= 38 else { return nil }
        var mantissa: UInt64 = 0
        for part in [integer, fraction] {
            for byte in part.utf8 {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                let (times10, overflow) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times10.addingReportingOverflow(UInt64(byte - 0x30))
                if overflow || carry { return nil }
                mantissa = sum
            }
        }
        return Decimal(sign: .plus, exponent: -fraction.utf8.count, significand: Decimal(mantissa))
    }

    /// A non-negative `value` times 10^`power`, made by moving its exponent: the number `value * 10^power` gives
    /// (tested), without Decimal's 128-bit multiplication, which was a twentieth of reading a figure.
    static func scaled(_ value: Decimal, by power: Int) -> Decimal {
        Decimal(sign: .plus, exponent: value.exponent + power, significand: value.significand)
    }

    static let qualifierPhrases: [([String], Qualifier)] = [
        // "just under $17.5bn", "north of $53 billion", "well over": a word before a bound that changes or names it
        // (listed before the bound alone, which would match first).
        (["just", "under"], .nearly), (["just", "below"], .nearly), (["just", "shy", "of"], .nearly), (["shy", "of"], .nearly),
        (["just", "over"], .lowerBound), (["just", "above"], .lowerBound), (["well", "over"], .lowerBound),
        (["well", "above"], .lowerBound), (["little", "over"], .lowerBound), (["north", "of"], .lowerBound),
        (["upward", "of"], .lowerBound), (["south", "of"], .upperBound), (["well", "under"], .upperBound),
        (["in", "the", "region", "of"], .approximately), (["in", "the", "order", "of"], .approximately),
        (["in", "excess", "of"], .lowerBound), (["upwards", "of"], .lowerBound), (["more", "than"], .lowerBound),
        (["at", "least"], .lowerBound), (["no", "less", "than"], .lowerBound), (["not", "less", "than"], .lowerBound),
        (["over"], .lowerBound), (["above"], .lowerBound),
        // "exceeding $28.1 million", "topped $28.1 million": verbs of passing a mark give a floor too.
        (["exceeding"], .lowerBound), (["exceeded"], .lowerBound), (["exceeds"], .lowerBound), (["surpassing"], .lowerBound),
        (["surpassed"], .lowerBound), (["crossed"], .lowerBound), (["crossing"], .lowerBound), (["topped"], .lowerBound),
        (["topping"], .lowerBound),
        (["up", "to"], .upperBound), (["less", "than"], .upperBound), (["fewer", "than"], .upperBound),
        (["at", "most"], .upperBound), (["no", "more", "than"], .upperBound), (["not", "more", "than"], .upperBound),
        (["under"], .upperBound), (["below"], .upperBound),
        (["close", "to"], .nearly), (["nearly"], .nearly), (["almost"], .nearly),
        (["approximately"], .approximately), (["approx"], .approximately), (["about"], .approximately),
        (["around"], .approximately), (["roughly"], .approximately), (["some"], .approximately),
        (["circa"], .approximately), (["ca"], .approximately),
    ]

    /// The phrases by their first word, in the list's order, so a word that starts none is dismissed by one lookup.
    static let qualifierPhrasesByFirstWord: [String: [([String], Qualifier)]] =
        Dictionary(grouping: qualifierPhrases, by: { $0.0[0] })

    /// Words that make a percentage a stated change, with the sign they give it.
    static let changeWords: [String: Int] = [
        "increase": 1, "rise": 1, "growth": 1, "gain": 1, "jump": 1, "up": 1, "higher": 1, "more": 1,
        "decrease": -1, "drop": -1, "fall": -1, "decline": -1, "reduction": -1, "down": -1, "lower": -1,
        "less": -1, "contraction": -1,
    ]

    /// Verbs that state a change before its size ("rose 12.5%", "fell by a fifth"), with the sign they give.
    static let changeVerbs: [String: Int] = [
        "rose": 1, "grew": 1, "grown": 1, "increased": 1, "climbed": 1, "jumped": 1, "gained": 1, "expanded": 1, "surged": 1,
        "soared": 1, "rising": 1, "growing": 1, "increasing": 1, "climbing": 1, "jumping": 1, "surging": 1,
        "falling": -1, "declining": -1, "decreasing": -1, "dropping": -1, "dipped": -1, "dipping": -1,
        "fell": -1, "declined": -1, "decreased": -1, "dropped": -1, "slipped": -1, "shrank": -1, "contracted": -1,
        "slumped": -1, "plunged": -1,
    ]

    /// Fractions read as percentages, only where a change is stated ("a drop of a fifth", "fell by a quarter"):
    /// elsewhere "a third of the country" is a share, not a figure. Only fractions with exact percentages.
    static let changeFractions: [String: Decimal] = ["half": 50, "quarter": 25, "fifth": 20, "tenth": 10]

    static let currencyWords: [String: Currency] = [
        "usd": .USD, "dollars": .USD, "dollar": .USD, "eur": .EUR, "euro": .EUR, "euros": .EUR,
        "gbp": .GBP, "pounds": .GBP, "pound": .GBP, "azn": .AZN, "manat": .AZN, "manats": .AZN,
        "pkr": .PKR, "rupees": .PKR, "rupee": .PKR, "rs": .PKR,
    ]
    static let currencySymbols: [Character: Currency] = ["$": .USD, "€": .EUR, "£": .GBP, "₼": .AZN]

    public static func read(_ text: String) -> Result<Quantity, Diagnostic> {
        do { return .success(try parse(text)) } catch { return .failure(error) }
    }

    public static func parse(_ text: String) throws(Diagnostic) -> Quantity {
        let tokens = Token.tokenize(text)
        guard !tokens.isEmpty else {
            throw Diagnostic.error("empty figure text", accepted: acceptedForms)
        }
        if let foreign = OtherScripts.first(in: tokens, text: text) {
            throw Reader(text: text, cursor: TokenCursor(tokens)).fail(
                "\(foreign.quoted) is written in \(foreign.script); bilat reads figures in English words and ASCII digits, "
                    + "so write it as the English form ('$500 million', '12 officers') and keep the original wording in the note",
                at: foreign.token)
        }
        if let range = try range(text, tokens) { return range }
        var reader = Reader(text: text, cursor: TokenCursor(tokens))
        return try reader.quantity()
    }

    struct Reader {
        let text: String
        var cursor: TokenCursor
        var qualifier: Qualifier? = nil
        var estimated = false
        var currency: Currency? = nil
        var sign = 0          // from an explicit + or − before the number
        var changeSign = 0    // from words: "increase", "a drop of", "up"
        var writtenDigits: Int? = nil // significant digits as written, when the figure is in digits
        /// The digits had thousands separators ("900,000"): a range's low end then takes no scale from its high end.
        var groupedDigits = false
        /// "current trade of", "currently", "a year": a level at the source's date.
        var levelAtDate = false
        /// The words that gave the change before the number ("increased", "grew by", "an increase of"): a multiple
        /// after some of them reads two ways.
        var changeWording: [String] = []

        func fail(_ message: String, at token: Token?) -> Diagnostic {
            let quoted = "'\(text.trimmingCharacters(in: .whitespaces))'"
            guard let token else {
                return .error("cannot read \(quoted): \(message)", accepted: QuantityReader.acceptedForms)
            }
            return .error("cannot read \(quoted) at character \(token.offset + 1): \(message)",
                          accepted: QuantityReader.acceptedForms)
        }

        func describe(_ token: Token) -> String {
            let start = text.index(text.startIndex, offsetBy: token.offset)
            let end = text.index(start, offsetBy: token.length)
            return "'\(text[start..<end])'"
        }

        mutating func setQualifier(_ q: Qualifier, at token: Token?) throws(Diagnostic) {
            if let qualifier, qualifier != q { throw fail("two qualifiers that disagree", at: token) }
            qualifier = q
        }

        mutating func setCurrency(_ c: Currency, at token: Token?) throws(Diagnostic) {
            if let currency, currency != c {
                throw fail("two currencies (\(currency.rawValue) and \(c.rawValue))", at: token)
            }
            currency = c
        }

        /// Leading words: articles, qualifiers, "estimated", "up"/"a drop of".
        mutating func prefixes() throws(Diagnostic) {
            while let token = cursor.current {
                if NumberWords.startsNumber(cursor) { return }
                if token.isWord("a", "an") { cursor.advance(); continue }
                if token.isWord("estimated") || (token.isWord("est") && cursor.peek(1)?.symbol == ".") {
                    estimated = true
                    cursor.advance(token.isWord("est") ? 2 : 1)
                    continue
                }
                if token.isSymbol("~", "≈") { try setQualifier(.approximately, at: token); cursor.advance(); continue }
                if try levelPrefix() { continue }
                // "rose 12.5%", "fell by a fifth", "grew by more than 10%"
                if let w = token.word, let s = QuantityReader.changeVerbs[w] {
                    cursor.advance()
                    changeWording.append(w)
                    if cursor.take(word: "by") { changeWording.append("by") }
                    changeSign = s
                    continue
                }
                // "a rise of 5%", "an increase of", "up 12.5%", "down 3%"
                if let w = token.word, let s = changeWords[w], w != "more", w != "less", w != "higher", w != "lower" {
                    let isUpTo = w == "up" && cursor.peek(1)?.word == "to"
                    if !isUpTo {
                        if cursor.peek(1)?.word == "of" { cursor.advance(2); changeWording.append(w) }
                        else if w == "up" || w == "down" {
                            cursor.advance() // "down by a fifth"
                            if cursor.take(word: "by") { changeWording.append("by") }
                        }
                        else { return }
                        changeSign = s
                        continue
                    }
                }
                var matched = false
                let phrases = token.word.flatMap { QuantityReader.qualifierPhrasesByFirstWord[$0] } ?? []
                for (words, q) in phrases where cursor.take(words: words) {
                    try setQualifier(q, at: token)
                    // "approx." and "ca." are written with a full stop.
                    if words == ["approx"] || words == ["ca"] { _ = cursor.takeSymbol(".") }
                    matched = true
                    break
                }
                if matched { continue }
                return
            }
        }

        /// "$", "US$", "USD", "€", "Rs", "Rs.", "AZN"… before the number.
        mutating func currencyPrefix() throws(Diagnostic) {
            guard let token = cursor.current else { return }
            if token.isWord("us"), let next = cursor.peek(1), next.isSymbol("$") {
                try setCurrency(.USD, at: token); cursor.advance(2); return
            }
            if let s = token.symbol, let c = QuantityReader.currencySymbols[s] {
                try setCurrency(c, at: token); cursor.advance(); return
            }
            if let w = token.word, ["usd", "eur", "gbp", "azn", "pkr", "rs"].contains(w), let c = QuantityReader.currencyWords[w] {
                try setCurrency(c, at: token); cursor.advance()
                if w == "rs" { _ = cursor.takeSymbol(".") }
            }
        }

        /// "11.7", "300,000", "2,000,000.50" – thousands separators only in groups of three.
        mutating func digitLiteral() throws(Diagnostic) -> Decimal? {
            guard let first = cursor.current, let head = first.digits else { return nil }
            var integer = head
            var fraction = ""
            var end = first.end
            cursor.advance()
            var grouped = false
            while let comma = cursor.current, comma.isSymbol(","), comma.offset == end,
                  let group = cursor.peek(1), let digits = group.digits, group.offset == comma.end {
                if digits.count != 3 || (!grouped && head.count > 3) {
                    throw fail("a thousands separator must be followed by exactly three digits", at: comma)
                }
                grouped = true
                groupedDigits = true
                integer += digits
                end = group.end
                cursor.advance(2)
            }
            if let dot = cursor.current, dot.isSymbol("."), dot.offset == end,
               let part = cursor.peek(1), let digits = part.digits, part.offset == dot.end {
                fraction = digits
                end = part.end
                cursor.advance(2)
                if let again = cursor.current, again.isSymbol(".", ","), again.offset == end,
                   let more = cursor.peek(1), more.digits != nil, more.offset == again.end {
                    throw fail("more than one decimal point", at: again)
                }
            }
            // Counted on the ASCII digits' bytes, without building the trimmed texts.
            let integerZeros = integer.utf8.prefix { $0 == 0x30 }.count
            let leadingZeros = integerZeros + (integerZeros == integer.utf8.count ? fraction.utf8.prefix { $0 == 0x30 }.count : 0)
            let significant = integer.utf8.count + fraction.utf8.count - leadingZeros
            if significant > QuantityReader.maximumDigits {
                throw fail("more than \(QuantityReader.maximumDigits) significant digits", at: first)
            }
            // Zeros after the decimal point were written on purpose ("5.80"); zeros closing a whole number may be rounding.
            let written = fraction.isEmpty
                ? max(0, integer.utf8.count - leadingZeros - integer.utf8.reversed().prefix { $0 == 0x30 }.count) : significant
            writtenDigits = max(1, written)
            if let value = QuantityReader.decimal(integer: integer, fraction: fraction) { return value }
            let literal = fraction.isEmpty ? integer : integer + "." + fraction
            guard let value = Decimal(string: literal, locale: QuantityReader.posix) else {
                throw fail("unreadable number", at: first)
            }
            return value
        }

        mutating func quantity() throws(Diagnostic) -> Quantity {
            try prefixes()
            try currencyPrefix()
            try prefixes() // "$ about 5m" is rare, but "US$ over" is not worth a special error
            if let s = cursor.current, s.isSymbol("+", "-", "\u{2212}"), let next = cursor.peek(1), next.digits != nil {
                sign = s.isSymbol("+") ? 1 : -1
                cursor.advance()
            }

            let numberToken = cursor.current
            var value: Decimal
            var scale = 0
            if changeSign != 0, let fraction = changeFraction() {
                if let extra = cursor.current { throw fail("unexpected \(describe(extra)) after a fraction", at: extra) }
                return Quantity(value: changeSign < 0 ? -fraction : fraction, kind: .percent, qualifier: qualifier ?? .exact,
                                isChange: true, isEstimated: estimated, significantDigits: 2)
            }
            // "tripled", "doubled", "a threefold increase": a multiple in one word.
            if let token = numberToken, let (factor, digits) = QuantityMultiples.word(token) {
                cursor.advance()
                return try multiple(factor, digits: digits, written: token, times: false)
            }
            if let literal = try digitLiteral() {
                value = literal
                // Adjacent to the literal's last token, so "11.7m" reads like "2m".
                let literalEnd = cursor.peek(-1)?.end
                if let scaleToken = cursor.current, let w = scaleToken.word, let e = NumberWords.scales[w],
                   NumberWords.wordScales.contains(w) || scaleToken.offset == literalEnd || w.count > 1 {
                    value = QuantityReader.scaled(value, by: e)
                    scale = e
                    cursor.advance()
                }
                // "5 hundred", "5 thousand million": digits take one scale word; more is not a noun.
                if let next = cursor.current, let w = next.word, w == "hundred" || NumberWords.wordScales.contains(w) {
                    throw fail("\(describe(next)) does not continue the number", at: next)
                }
                if let marker = multipleMarker() {
                    guard scale == 0, let token = numberToken else {
                        throw fail("a multiple takes a plain number ('2.4 times'), not a scale word", at: marker.token)
                    }
                    return try multiple(value, digits: writtenDigits ?? value.significantDigits, written: token, times: marker.isTimes)
                }
            } else {
                do {
                    guard let words = try NumberWords.read(&cursor) else {
                        if let token = cursor.current {
                            if token.digits == nil && token.word == nil {
                                throw fail("unexpected \(describe(token))", at: token)
                            }
                            throw fail("no number; \(describe(token)) is not a number or a word bilat reads", at: token)
                        }
                        throw fail(currency == nil ? "no number" : "a currency with no number", at: nil)
                    }
                    (value, scale) = words
                    if let marker = multipleMarker() {
                        guard scale == 0, let token = numberToken else {
                            throw fail("a multiple takes a plain number ('three times'), not a scale word", at: marker.token)
                        }
                        return try multiple(value, digits: value.significantDigits, written: token, times: marker.isTimes)
                    }
                } catch NumberWords.Failure.misplaced(let token) {
                    throw fail("\(describe(token)) does not continue the number", at: token)
                } catch let d as Diagnostic {
                    throw d
                } catch {
                    throw fail("unreadable number", at: numberToken)
                }
            }

            var kind = UnitKind.count
            if cursor.takeSymbol("%") || cursor.take(word: "percent") || cursor.take(words: ["per", "cent"]) || cursor.take(word: "pct") || cursor.take(word: "pc") {
                kind = .percent
            }
            try suffixes(kind: &kind)
            var shareOf: String? = nil
            if kind == .percent, let of = cursor.current, of.isWord("of") {
                shareOf = try shareTotal(after: of)
            }

            if currency != nil {
                if kind == .percent { throw fail("a percentage cannot carry a currency", at: numberToken) }
                kind = .money
            }
            if sign != 0 {
                guard kind == .percent else {
                    throw fail("a sign is accepted only on percentages (-5%); write a fall as a stated change, e.g. 'a 5% drop'", at: numberToken)
                }
                if changeSign != 0 { throw fail("both a sign and a word give the change's direction", at: numberToken) }
                changeSign = sign
            }
            if changeSign != 0 && kind != .percent {
                throw fail("a stated change must be a percentage (26.55% increase)", at: numberToken)
            }
            if changeSign < 0 { value = -value }

            let noun = try countNoun(kind: kind)
            if let shareOf {
                if changeSign != 0 {
                    throw fail("a share of a total ('90% of the trade') is not a stated change; write the change or the share", at: numberToken)
                }
                if value > 100 { throw fail("a share of more than 100% of its total", at: numberToken) }
            }
            if levelAtDate && kind == .percent {
                throw fail("'current', 'annual' and 'a year' mark a level at a date, which is an amount or a count, not a percentage",
                           at: numberToken)
            }
            return Quantity(value: value, kind: kind, currency: currency, noun: noun, scale: scale,
                            qualifier: qualifier ?? .exact, isChange: changeSign != 0, isEstimated: estimated,
                            significantDigits: writtenDigits, isLevelAtDate: levelAtDate, shareOf: shareOf).tivIfNamed
        }

        /// "a fifth", "one quarter", "half" after a change word, as a percentage.
        mutating func changeFraction() -> Decimal? {
            // The article may already have been read as a prefix ("down by a fifth").
            let article = cursor.current?.isWord("a", "an", "one") == true
            let afterArticle = cursor.peek(-1)?.isWord("a", "an") == true
            guard let w = cursor.peek(article ? 1 : 0)?.word, let percent = QuantityReader.changeFractions[w],
                  article || afterArticle || w == "half" else { return nil }
            cursor.advance(article ? 2 : 1)
            return percent
        }

        /// After the number: a currency word, "increase"/"drop", "or more", "+".
        mutating func suffixes(kind: inout UnitKind) throws(Diagnostic) {
            while let token = cursor.current {
                if token.isWord("us"), let next = cursor.peek(1), next.isWord("dollars", "dollar") {
                    try setCurrency(.USD, at: token); cursor.advance(2); continue
                }
                if let w = token.word, let c = QuantityReader.currencyWords[w], w != "rs" {
                    try setCurrency(c, at: token); cursor.advance(); continue
                }
                if kind == .percent, let w = token.word, let s = QuantityReader.changeWords[w] {
                    if changeSign != 0 && changeSign != s { throw fail("the change's direction is given twice", at: token) }
                    changeSign = s; cursor.advance(); continue
                }
                if cursor.take(words: ["or", "more"]) { try setQualifier(.lowerBound, at: token); continue }
                if cursor.take(words: ["or", "less"]) || cursor.take(words: ["or", "fewer"]) { try setQualifier(.upperBound, at: token); continue }
                // "100+" and "100+ officers"
                if token.isSymbol("+") { try setQualifier(.lowerBound, at: token); cursor.advance(); continue }
                // "$7.34 million estimated"
                if token.isWord("estimated"), cursor.peek(1) == nil { estimated = true; cursor.advance(); continue }
                // "$30 million a year": a yearly rate, as of the source's date.
                if let length = QuantityReader.yearlyRate(cursor, at: cursor.index) { levelAtDate = true; cursor.advance(length); continue }
                return
            }
        }

        /// Whatever words remain name what a count counts: "36 documents", "over a hundred officers".
        mutating func countNoun(kind: UnitKind) throws(Diagnostic) -> String? {
            guard let first = cursor.current else { return nil }
            var last = first
            while let token = cursor.current {
                let joinsWords = token.isDash && token.offset == last.end && cursor.peek(1)?.word != nil
                guard token.word != nil || joinsWords else {
                    throw fail("unexpected \(describe(token))", at: token)
                }
                last = token
                cursor.advance()
            }
            // "100 officers or more": the bound follows the noun.
            guard let firstIndex = cursor.tokens.firstIndex(of: first), let lastIndex = cursor.tokens.firstIndex(of: last) else {
                throw fail("unreadable noun", at: first)
            }
            var nounTokens = Array(cursor.tokens[firstIndex...lastIndex])
            // "100 officers a year": a yearly rate follows the noun.
            for length in [3, 2, 1] where nounTokens.count > length {
                if QuantityReader.yearlyRate(cursor, at: lastIndex - length + 1) == length {
                    levelAtDate = true
                    nounTokens.removeLast(length)
                    if let end = nounTokens.last { last = end }
                    break
                }
            }
            if nounTokens.count >= 3, nounTokens[nounTokens.count - 2].isWord("or") {
                let bound = nounTokens[nounTokens.count - 1]
                if bound.isWord("more") { try setQualifier(.lowerBound, at: bound) }
                else if bound.isWord("less", "fewer") { try setQualifier(.upperBound, at: bound) }
                if bound.isWord("more", "less", "fewer"), nounTokens.count > 2 {
                    nounTokens.removeLast(2)
                    if let end = nounTokens.last { last = end }
                }
            }
            if let currencyWord = nounTokens.first(where: { $0.word.map { QuantityReader.currencyWords[$0] != nil } ?? false }) {
                throw fail("\(describe(currencyWord)) names a currency inside what should be a count's noun; write the amount as money ('$5 million')", at: currencyWord)
            }
            let start = text.index(text.startIndex, offsetBy: first.offset)
            let end = text.index(text.startIndex, offsetBy: last.end)
            let noun = String(text[start..<end])
            switch kind {
            case .count, .tiv:
                guard noun.count <= 60 else { throw fail("a unit noun longer than 60 characters", at: first) }
                return noun
            case .money:
                throw fail("\(describe(first)) after an amount of money is not a scale word (thousand, k, million, mn, m, billion, bn, b, trillion, lakh, crore) nor a currency; write only the amount ('$1.6 billion') and put the rest in the note", at: first)
            case .percent:
                throw fail("\(describe(first)) after a percentage; accepted after it: increase, rise, growth, drop, fall, decline, decrease", at: first)
            }
        }
    }
}
