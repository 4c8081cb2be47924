/// A sentence's tokens with the lookups every rule needs: the text of a token range, whether a phrase
/// occurs at a position, and where clauses begin and end.
struct SentenceTokens {
    /// The sentence's characters, or empty when ``ascii`` holds it.
    let characters: [Character]
    /// The sentence's bytes when it is ASCII without CR: each byte is then a character, and a text is cut from
    /// the bytes without splitting the sentence into Characters.
    let ascii: [UInt8]?
    let tokens: [Token]
    /// Index of the clause each token is in; clauses end at ; : ( ) dashes between spaces, and commas
    /// followed by a space.
    let clause: [Int]

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            ascii = Array(text.utf8)
            characters = []
        } else {
            ascii = nil
            characters = Array(text)
        }
        tokens = Token.tokenize(text)
        var clauses: [Int] = []
        clauses.reserveCapacity(tokens.count)
        var current = 0
        // Commas around an aside ("Exports, however, fell", "Bangladesh, by comparison, bought") end no clause.
        let asideCommas = ClauseAsides.commas(around: tokens)
        for (i, t) in tokens.enumerated() {
            clauses.append(current)
            if let s = t.symbol {
                let spacedAfter = i + 1 < tokens.count && tokens[i + 1].offset > t.end
                let spacedBefore = i == 0 || tokens[i - 1].end < t.offset
                if ";:()[]".contains(s) || (s == "," && spacedAfter && !asideCommas.contains(i)) || (t.isDash && spacedAfter && spacedBefore) {
                    current += 1
                }
            }
        }
        clause = clauses
    }

    var count: Int { tokens.count }

    func word(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].word : nil }

    /// The original text from token `first` through token `last`.
    func text(_ first: Int, _ last: Int) -> String {
        if let ascii { return String(decoding: ascii[tokens[first].offset..<tokens[last].end], as: UTF8.self) }
        return String(characters[tokens[first].offset..<tokens[last].end])
    }

    /// True when `phrase` starts at token `i`; the phrase's words must be words or digits in a row.
    /// A hyphen joining two words is skipped, so "non-oil" matches "non oil".
    func matches(_ phrase: Phrase, at i: Int) -> Bool { matchEnd(phrase, at: i) != nil }

    /// The index of the phrase's last token when it starts at `i`.
    func matchEnd(_ phrase: Phrase, at i: Int) -> Int? {
        guard i >= 0, i + phrase.words.count <= tokens.count else { return nil }
        var j = i
        for (k, pattern) in phrase.words.enumerated() {
            if k > 0, j + 1 < tokens.count, tokens[j].isDash, touching(j - 1, j), touching(j, j + 1) { j += 1 }
            guard j < tokens.count, let w = tokens[j].word ?? tokens[j].digits, Phrase.matches(pattern, w) else { return nil }
            j += 1
        }
        return j - 1
    }

    /// True when these exact lower-case words come in a row from token `i`; no phrase is built, so it is cheap.
    func has(_ words: [String], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() where tokens[i + k].word != w { return false }
        return true
    }

    /// The words of `text`, split at spaces, in a row from token `i`; compared in place, without splitting `text`.
    func has(_ text: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        let bytes = text.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
            if start < end {
                guard k < tokens.count, let w = tokens[k].word, w == text[start..<end] else { return false }
                k += 1
            }
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return k <= tokens.count
    }

    /// Whether two tokens touch, with no space between ("11.7m", "JF-17").
    func touching(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].end == tokens[b].offset
    }
}
