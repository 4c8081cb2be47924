/// A piece of a figure or period text: a run of ASCII digits, a lower-cased word, or one symbol.
///
/// Both the quantity and the period readers work on tokens, so "US$11.7m", "US$ 11.7 m" and
/// "January–September 2018" are split the same way, and errors can point at a character offset.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case digits(String)
        case word(String)
        case symbol(Character)
    }

    var kind: Kind
    /// Offset in characters from the start of the text.
    var offset: Int
    var length: Int

    var end: Int { offset + length }

    var word: String? { if case .word(let w) = kind { w } else { nil } }
    var digits: String? { if case .digits(let d) = kind { d } else { nil } }
    var symbol: Character? { if case .symbol(let s) = kind { s } else { nil } }

    func isWord(_ candidates: String...) -> Bool { word.map(candidates.contains) ?? false }
    func isSymbol(_ candidates: Character...) -> Bool { symbol.map(candidates.contains) ?? false }
    // The common one- and two-candidate checks without the array a variadic call allocates (the readers make
    // several such checks per token).
    func isWord(_ candidate: String) -> Bool { if case .word(let w) = kind { w == candidate } else { false } }
    func isWord(_ a: String, _ b: String) -> Bool { if case .word(let w) = kind { w == a || w == b } else { false } }
    func isSymbol(_ candidate: Character) -> Bool { if case .symbol(let s) = kind { s == candidate } else { false } }

    /// Dashes of every width read the same: analysts paste from sources that use any of them.
    /// (Compared one by one: a variadic list allocated an array for each token asked, and clauses ask of every symbol.)
    var isDash: Bool {
        guard case .symbol(let s) = kind else { return false }
        return s == "-" || s == "\u{2010}" || s == "\u{2011}" || s == "\u{2012}" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2212}"
    }

    static func tokenize(_ text: String) -> [Token] {
        byteTokens(text) ?? characterTokens(text)
    }

    /// The same tokens as ``characterTokens(_:)``, read byte by byte, for text of ASCII bytes other than CR and
    /// of the few other characters figures use: dashes, the minus sign, currency signs, ≈ and no-break spaces.
    /// Each of those is one Unicode scalar that never joins a neighbour into one Character (CR does: CR LF is
    /// one), so counting scalars counts characters and offsets agree. Nil for any other text. Nearly every
    /// figure's text is of this kind, and walking Characters was a tenth of reading figures.csv.
    static func byteTokens(_ text: String) -> [Token]? {
        var text = text
        return text.withUTF8 { bytes -> [Token]? in
            func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
            var tokens: [Token] = []
            tokens.reserveCapacity(8)
            var i = 0
            var offset = 0 // in characters
            while i < bytes.count {
                let start = i, b = bytes[i]
                if isDigit(b) {
                    while i < bytes.count && isDigit(bytes[i]) { i += 1 }
                    tokens.append(Token(kind: .digits(String(decoding: bytes[start..<i], as: UTF8.self)), offset: offset, length: i - start))
                    offset += i - start
                } else if isLetter(b) {
                    while i < bytes.count && isLetter(bytes[i]) { i += 1 }
                    let word = String(unsafeUninitializedCapacity: i - start) { out in
                        for (k, byte) in bytes[start..<i].enumerated() { out[k] = byte | (byte <= 0x5A ? 0x20 : 0) }
                        return i - start
                    }
                    tokens.append(Token(kind: .word(word), offset: offset, length: i - start))
                    offset += i - start
                } else if b < 0x80 {
                    if b == 0x0D { return nil }
                    if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) {
                        tokens.append(Token(kind: .symbol(Character(Unicode.Scalar(b))), offset: offset, length: 1))
                    }
                    i += 1
                    offset += 1
                } else {
                    guard let (scalar, length) = Self.scalar(in: bytes, at: i) else { return nil }
                    switch Self.figureCharacter(scalar) {
                    case .space: break
                    case .symbol: tokens.append(Token(kind: .symbol(Character(scalar)), offset: offset, length: 1))
                    case nil: return nil
                    }
                    i += length
                    offset += 1
                }
            }
            return tokens
        }
    }

    private enum FigureCharacter { case space, symbol }

    /// The non-ASCII characters ``byteTokens(_:)`` reads: none is a letter, a digit or a combining mark.
    private static func figureCharacter(_ scalar: Unicode.Scalar) -> FigureCharacter? {
        switch scalar.value {
        case 0xA0, 0x2009, 0x202F: .space                      // no-break, thin and narrow no-break spaces
        case 0x2010...0x2015, 0x2212: .symbol                  // hyphens and dashes, the minus sign
        case 0xA3, 0xA5, 0x20A0...0x20C0: .symbol              // £, ¥, and the currency signs block (€, ₼, ₨, ₹…)
        case 0x2248: .symbol                                   // ≈
        default: nil
        }
    }

    /// The scalar of a two- or three-byte UTF-8 sequence at `i` (the text is valid UTF-8), and its length.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        let b = bytes[i]
        if b >= 0xC2 && b <= 0xDF, i + 1 < bytes.count {
            return Unicode.Scalar(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)).map { ($0, 2) }
        }
        if b >= 0xE0 && b <= 0xEF, i + 2 < bytes.count {
            let value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return Unicode.Scalar(value).map { ($0, 3) }
        }
        return nil
    }

    /// Any text, a Character at a time.
    static func characterTokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var offset = 0
        var current: (kind: Int, text: String, start: Int)? = nil // kind 0 digits, 1 word

        func flush() {
            guard let c = current else { return }
            let kind: Kind = c.kind == 0 ? .digits(c.text) : .word(c.text.lowercased())
            tokens.append(Token(kind: kind, offset: c.start, length: c.text.count))
            current = nil
        }

        for ch in text {
            // ASCII first: most text is ASCII, and Unicode property look-ups cost far more than a byte compare.
            if let a = ch.asciiValue {
                if a >= 48 && a <= 57 {
                    if current?.kind != 0 { flush(); current = (0, "", offset) }
                    current!.text.append(ch)
                } else if (a >= 65 && a <= 90) || (a >= 97 && a <= 122) {
                    if current?.kind != 1 { flush(); current = (1, "", offset) }
                    current!.text.append(ch)
                } else {
                    flush()
                    if !(a == 32 || (a >= 9 && a <= 13)) {
                        tokens.append(Token(kind: .symbol(ch), offset: offset, length: 1))
                    }
                }
                offset += 1
                continue
            }
            if ch.isASCIIDigit {
                if current?.kind != 0 { flush(); current = (0, "", offset) }
                current!.text.append(ch)
            } else if ch.isLetter {
                if current?.kind != 1 { flush(); current = (1, "", offset) }
                current!.text.append(ch)
            } else {
                flush()
                if !ch.isWhitespace {
                    tokens.append(Token(kind: .symbol(ch), offset: offset, length: 1))
                }
            }
            offset += 1
        }
        flush()
        return tokens
    }
}

/// A cursor over tokens with one-token look-ahead helpers; parsers stay small and linear.
struct TokenCursor {
    let tokens: [Token]
    var index = 0

    init(_ tokens: [Token]) { self.tokens = tokens }

    var isAtEnd: Bool { index >= tokens.count }
    var current: Token? { index < tokens.count ? tokens[index] : nil }
    func peek(_ ahead: Int = 0) -> Token? {
        let i = index + ahead
        return i < tokens.count && i >= 0 ? tokens[i] : nil
    }

    mutating func advance(_ count: Int = 1) { index += count }

    /// Consumes the word sequence if it comes next, e.g. `["more", "than"]`.
    mutating func take(words: [String]) -> Bool {
        for (i, w) in words.enumerated() where peek(i)?.word != w { return false }
        index += words.count
        return true
    }

    mutating func take(word: String) -> Bool {
        guard current?.word == word else { return false }
        index += 1
        return true
    }

    mutating func takeSymbol(_ candidates: Character...) -> Bool {
        guard let s = current?.symbol, candidates.contains(s) else { return false }
        index += 1
        return true
    }
}
