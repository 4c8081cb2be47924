/// Splits an article into sentences with their character offsets.
///
/// A full stop ends a sentence only when whitespace and a capital, digit, quote or bracket follow, and the
/// word before it is not an abbreviation ("Mr.", "No.", "U.S.", "Jan.") or an initial; "1.6" never splits.
/// A blank line ends a paragraph. A line break ends a sentence after end punctuation, or after a short line
/// (a headline or byline); hard-wrapped prose lines are joined. Sentences are cut at ``maximumLength``
/// characters, so no input, however long its lines, costs more than linear time downstream.
public enum SentenceSplitter {
    public static let maximumLength = 2_000

    /// Words that take a full stop without ending a sentence. Lower case, without the stop.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "no", "nos", "vol", "pp", "fig", "art", "sec",
        "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov", "pres", "amb", "hon", "rev",
        "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx", "ca", "cf", "vs", "etc", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "rs", "sh", "mt", "ave", "blvd", "rd", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "p.m", "a.m",
    ]

    /// Sentence enders, ". ! ?". The splitter asks this of every character, so it compares bytes rather than hash
    /// a Character into a Set.
    static func isEnder(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a == 0x2E || a == 0x21 || a == 0x3F
    }

    /// What may close a sentence after its ender: " ' ” ’ ) ] ».
    static func isCloser(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 0x22 || a == 0x27 || a == 0x29 || a == 0x5D }
        return c == "”" || c == "’" || c == "»"
    }

    public static func split(_ article: ArticleText) -> [Sentence] {
        let chars = article.characters
        let codes = article.asciiCodes
        let notASCII = ArticleText.notASCII
        // The tests made of every character, on its ASCII byte where it has one: the same answers as
        // isSpaceFast, isNewlineFast and isEnder.
        func isSpace(_ i: Int) -> Bool { let a = codes[i]; return a == notASCII ? chars[i].isWhitespace : a == 32 || (a >= 9 && a <= 13) }
        func isNewline(_ i: Int) -> Bool { let a = codes[i]; return a == notASCII ? chars[i].isNewline : a >= 10 && a <= 13 }
        func isEnderAt(_ i: Int) -> Bool { let a = codes[i]; return a == 0x2E || a == 0x21 || a == 0x3F }
        /// The text of characters `from..<to`: decoded from their bytes when every one is ASCII.
        func text(_ from: Int, _ to: Int) -> String {
            codes[from..<to].contains(notASCII) ? String(chars[from..<to]) : String(decoding: codes[from..<to], as: UTF8.self)
        }
        var sentences: [Sentence] = []
        var paragraph = 0
        var start: Int? = nil
        var lastNonSpace = -1
        var i = 0

        func emit(until end: Int, bare: Bool) {
            guard let s = start else { return }
            var e = end
            while e > s, isSpace(e - 1) { e -= 1 }
            if e > s {
                var from = s
                while e - from > maximumLength {
                    // Cut where a clause or a capitalised word begins, so no figure is split in two; else at
                    // the last space; else hard at the limit.
                    var cut = from + maximumLength
                    var best: Int? = nil, space: Int? = nil
                    var j = cut
                    while j > from + maximumLength / 2 {
                        if chars[j].isSpaceFast {
                            if space == nil { space = j }
                            if ",;:)".contains(chars[j - 1]) || (j + 1 < e && chars[j + 1].isUppercaseFast) { best = j; break }
                        }
                        j -= 1
                    }
                    if let found = best ?? space { cut = found }
                    sentences.append(Sentence(text: text(from, cut), start: from, paragraph: paragraph, isBareLine: bare))
                    from = cut
                    while from < e, chars[from].isSpaceFast { from += 1 }
                }
                if e > from {
                    sentences.append(Sentence(text: text(from, e), start: from, paragraph: paragraph, isBareLine: bare))
                }
            }
            start = nil
        }

        while i < chars.count {
            if isNewline(i) {
                // Blank line: a new paragraph.
                var j = i + 1
                var blank = false
                while j < chars.count, isSpace(j) {
                    if isNewline(j) { blank = true }
                    j += 1
                }
                let endsWithPunctuation = lastNonSpace >= 0 && (isEnder(chars[lastNonSpace]) || isCloser(chars[lastNonSpace]) || ":;".contains(chars[lastNonSpace]))
                // A list item ("- exports: USD 3.1 million;") always starts a sentence of its own.
                let nextIsListItem = (j + 1 < chars.count && "-*•–+".contains(chars[j]) && chars[j + 1] == " ")
                    || numberedItem(chars, at: j)
                if blank || j >= chars.count {
                    emit(until: i, bare: !endsWithPunctuation)
                    paragraph += 1
                } else if start != nil {
                    let lineLength = i - lineStart(chars, before: i)
                    let nextStartsUpper = chars[j].isUppercaseFast || chars[j].isNumber || "\"“‘(•-*".contains(chars[j])
                    if nextIsListItem { emit(until: i, bare: !endsWithPunctuation) }
                    else if !endsWithPunctuation && lineLength < 60 && nextStartsUpper { emit(until: i, bare: true) }
                    else if endsWithPunctuation && nextStartsUpper { emit(until: i, bare: false) }
                }
                i = j
                continue
            }
            if !isSpace(i) {
                if start == nil { start = i }
                lastNonSpace = i
            }
            if isEnderAt(i), start != nil {
                var j = i + 1
                while j < chars.count, isCloser(chars[j]) || isEnderAt(j) { j += 1 }
                if j < chars.count, isSpace(j), !isNewline(j) {
                    var k = j
                    while k < chars.count, isSpace(k), !isNewline(k) { k += 1 }
                    if k < chars.count, startsSentence(chars[k]), !(codes[i] == 0x2E && isAbbreviation(chars, dotAt: i)) {
                        emit(until: j, bare: false)
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        emit(until: chars.count, bare: lastNonSpace >= 0 && !isEnder(chars[lastNonSpace]) && !isCloser(chars[lastNonSpace]))
        return sentences
    }

    /// "1. ", "12) " at the start of a line.
    static func numberedItem(_ chars: [Character], at j: Int) -> Bool {
        var d = j
        while d < chars.count, d - j < 3, chars[d].isASCIIDigit { d += 1 }
        return d > j && d + 1 < chars.count && (chars[d] == "." || chars[d] == ")") && chars[d + 1] == " "
    }

    static func startsSentence(_ c: Character) -> Bool {
        c.isUppercaseFast || c.isNumber || "\"“‘'([$€£₼".contains(c)
    }

    static func lineStart(_ chars: [Character], before i: Int) -> Int {
        var j = i
        while j > 0, !chars[j - 1].isNewlineFast, i - j < 200 { j -= 1 }
        return j
    }

    /// The word before the stop at `dotAt`, lower-cased, with inner stops ("u.s"); a single letter is an initial.
    static func isAbbreviation(_ chars: [Character], dotAt: Int) -> Bool {
        var j = dotAt
        while j > 0, chars[j - 1].isLetter || (chars[j - 1] == "." && j >= 2 && chars[j - 2].isLetter), dotAt - j < 12 { j -= 1 }
        let word = String(chars[j..<dotAt]).lowercased()
        if word.isEmpty { return false }
        if word.count == 1 && word.first!.isLetter && chars[dotAt - 1].isUppercaseFast { return true }
        return abbreviations.contains(word)
    }
}

extension Character {
    /// The same answers as `isWhitespace`, `isNewline` and `isUppercase`, with a byte compare for ASCII first.
    var isSpaceFast: Bool {
        if let a = asciiValue { return a == 32 || (a >= 9 && a <= 13) }
        return isWhitespace
    }
    var isNewlineFast: Bool {
        if let a = asciiValue { return a >= 10 && a <= 13 }
        return isNewline
    }
    var isUppercaseFast: Bool {
        if let a = asciiValue { return a >= 65 && a <= 90 }
        return isUppercase
    }
}
