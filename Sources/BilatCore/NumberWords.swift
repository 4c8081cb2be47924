import Foundation

/// Reads numbers written in English words: "thirty-six", "a hundred", "a dozen",
/// "one and a half", "two hundred and fifty", "half a million".
///
/// Returns the value and the power of ten of the last scale word ("million" → 6), which
/// records how the source wrote the figure (SDMX's unit multiplier).
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Scale words shared with digit figures ("11.7 million"): power of ten each stands for.
    static let scales: [String: Int] = [
        "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6, "billion": 9, "bn": 9, "bln": 9, "b": 9,
        "trillion": 12, "tn": 12, "lakh": 5, "lakhs": 5, "lac": 5, "crore": 7, "crores": 7,
    ]
    /// Single letters are scales only right after digits ("11.7m"); as words they would swallow nouns.
    static let wordScales: Set<String> = ["thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"]

    static func startsNumber(_ cursor: TokenCursor) -> Bool {
        guard let w = cursor.current?.word else { return false }
        if units[w] != nil || tens[w] != nil || w == "half" || w == "dozen" { return true }
        if w == "a" || w == "an", let next = cursor.peek(1)?.word {
            return next == "hundred" || next == "dozen" || next == "half" || wordScales.contains(next)
        }
        return false
    }

    enum Failure: Error { case misplaced(Token) }

    /// Consumes number words at the cursor. Nil if none start there.
    static func read(_ cursor: inout TokenCursor) throws -> (value: Decimal, scale: Int)? {
        guard startsNumber(cursor) else { return nil }
        var total = Decimal(0)
        var current = Decimal(0)
        var scale = 0
        // What came last, to refuse "one two" or "twenty thirteen".
        enum Last { case none, unit, tens, hundred, scale, half }
        var last = Last.none
        var consumedAny = false

        while let token = cursor.current, let w = token.word {
            if w == "a" || w == "an" {
                guard let next = cursor.peek(1)?.word,
                      next == "hundred" || next == "dozen" || next == "half" || wordScales.contains(next) else { break }
                // "a million": the article is the number one, so the scale word has something to scale.
                consumedAny = true
                cursor.advance(); continue
            }
            if w == "and" {
                // "two hundred and fifty", "one and a half": only between number words.
                guard consumedAny, let next = cursor.peek(1)?.word,
                      units[next] != nil || tens[next] != nil || next == "a" || next == "half" else { break }
                cursor.advance(); continue
            }
            if let n = units[w] {
                // "twenty six" is 26, "twenty thirteen" is not 33.
                if last == .unit || last == .half || (last == .tens && !(1...9).contains(n)) { throw Failure.misplaced(token) }
                current += Decimal(n); last = .unit
            } else if let n = tens[w] {
                if last == .unit || last == .tens || last == .half { throw Failure.misplaced(token) }
                current += Decimal(n); last = .tens
                // "thirty-six": a hyphen joins tens and units.
                if let dash = cursor.peek(1), dash.isDash, dash.offset == token.end,
                   let unitWord = cursor.peek(2)?.word, let u = units[unitWord], (1...9).contains(u) {
                    current += Decimal(u); last = .unit
                    cursor.advance(2)
                }
            } else if w == "hundred" {
                if current >= 100 || last == .hundred { throw Failure.misplaced(token) }
                current = (current == 0 ? 1 : current) * 100; last = .hundred
            } else if w == "dozen" {
                current = (current == 0 ? 1 : current) * 12; last = .hundred
            } else if w == "half" {
                if last == .half { throw Failure.misplaced(token) }
                current += Decimal(sign: .plus, exponent: -1, significand: 5); last = .half
            } else if wordScales.contains(w), let e = scales[w] {
                if !consumedAny { throw Failure.misplaced(token) }
                if last == .scale {
                    // "a thousand million", "one lakh crore": a larger scale multiplies the one before it.
                    guard e > scale else { throw Failure.misplaced(token) }
                    total *= Decimal(sign: .plus, exponent: e, significand: 1)
                } else {
                    // "one million two hundred thousand": later groups must be smaller ("one million two million" is not 3 million).
                    if scale > 0 && e >= scale { throw Failure.misplaced(token) }
                    total += (current == 0 ? 1 : current) * Decimal(sign: .plus, exponent: e, significand: 1)
                }
                current = 0; scale = e; last = .scale
            } else {
                break
            }
            consumedAny = true
            cursor.advance()
        }
        guard consumedAny else { return nil }
        if last != .scale && current != 0 { scale = 0 }
        return (total + current, scale)
    }
}
