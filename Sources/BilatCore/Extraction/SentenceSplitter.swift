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

    static let enders: Set<Character> = [".", "!", "?"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]

    public static func split(_ article: ArticleText) -> [Sentence] {
        let chars = article.characters
        var sentences: [Sentence] = []
        var paragraph = 0
        var start: Int? = nil
        var lastNonSpace = -1
        var i = 0

        func emit(until end: Int, bare: Bool) {
            guard let s = start else { return }
            var e = end
            while e > s, chars[e - 1].isSpaceFast { e -= 1 }
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
                    sentences.append(Sentence(text: String(chars[from..<cut]), start: from, paragraph: paragraph, isBareLine: bare))
                    from = cut
                    while from < e, chars[from].isSpaceFast { from += 1 }
                }
                if e > from {
                    sentences.append(Sentence(text: String(chars[from..<e]), start: from, paragraph: paragraph, isBareLine: bare))
                }
            }
            start = nil
        }

        while i < chars.count {
            let c = chars[i]
            if c.isNewlineFast {
                // Blank line: a new paragraph.
                var j = i + 1
                var blank = false
                while j < chars.count, chars[j].isSpaceFast {
                    if chars[j].isNewlineFast { blank = true }
                    j += 1
                }
                let endsWithPunctuation = lastNonSpace >= 0 && (enders.contains(chars[lastNonSpace]) || closers.contains(chars[lastNonSpace]) || ":;".contains(chars[lastNonSpace]))
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
            if !c.isSpaceFast {
                if start == nil { start = i }
                lastNonSpace = i
            }
            if enders.contains(c), start != nil {
                var j = i + 1
                while j < chars.count, closers.contains(chars[j]) || enders.contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j].isSpaceFast, !chars[j].isNewlineFast {
                    var k = j
                    while k < chars.count, chars[k].isSpaceFast, !chars[k].isNewlineFast { k += 1 }
                    if k < chars.count, startsSentence(chars[k]), !(c == "." && isAbbreviation(chars, dotAt: i)) {
                        emit(until: j, bare: false)
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        emit(until: chars.count, bare: lastNonSpace >= 0 && !enders.contains(chars[lastNonSpace]) && !closers.contains(chars[lastNonSpace]))
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
