import BilatTestSupport
import Testing
@testable import BilatCore

/// The byte-wise tokenizer must give exactly the tokens the Character-wise one gives, wherever it answers.
@Suite("Tokens")
struct TokenTests {
    @Test("figure text tokenizes the same byte by byte as Character by Character", arguments: [
        "$11.7 million", "US$ 4.5 bn", "USD 1,234,567", "Rs 3.4 crore", "about 1,200 officers", "over 300", "",
        "January-September 2018", "  Q3\t2021 ", "a\nb", "est. 5m", "~12%", "(AZN) 5m", "ABC def GHI", "12abc34",
        "January–September 2018", "€5 million", "₼ 12,5", "≈ 300", "−5%", "1992—2022", "5\u{A0}000", "£3bn¥4",
        "₹5–₨6", "2017\u{2009}–\u{202F}2018", "‐‑‒",
    ])
    func sameTokens(_ text: String) throws {
        let fast = try #require(Token.byteTokens(text))
        #expect(fast == Token.characterTokens(text))
    }

    /// A letter, a combining mark (which joins the character before it), CR, or a character outside the list.
    /// A letter, a combining mark (which joins the character before it), CR, or a character outside the list: the
    /// byte-wise reader declines, and the tokens are the ones written here (kind:text@offset, offsets in Characters).
    @Test("other text is left to the Character-wise reader", arguments: [
        ("a\r\nb", ["w:a@0", "w:b@2"]),
        ("ünf 5", ["w:ünf@0", "d:5@4"]),
        ("5\u{301}", ["s:5\u{301}@0"]),
        ("€\u{301}5", ["s:€\u{301}@0", "d:5@1"]),
        ("–\u{200D}–", ["s:–\u{200D}@0", "s:–@1"]),
        ("5 ½", ["d:5@0", "s:½@2"]),
        ("Ω 5", ["w:ω@0", "d:5@2"]),
        ("“5”", ["s:“@0", "d:5@1", "s:”@2"]),
        ("5 😀", ["d:5@0", "s:😀@2"]),
        ("\r", []),
    ])
    func otherTextFallsBack(_ text: String, _ expected: [String]) {
        #expect(Token.byteTokens(text) == nil)
        let tokens = Token.tokenize(text).map { token -> String in
            switch token.kind {
            case .digits(let d): "d:\(d)@\(token.offset)"
            case .word(let w): "w:\(w)@\(token.offset)"
            case .symbol(let c): "s:\(c)@\(token.offset)"
            }
        }
        #expect(tokens == expected)
    }

    @Test("the same tokens over 5,000 random texts")
    func randomTexts() throws {
        var random = SplitMix64(seed: 9)
        let alphabet = Array("aZ09 ,.$%~-()/+\t\nmillionBNbn –—−€₼£≈\u{A0}\u{202F}")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let fast = try #require(Token.byteTokens(text))
            #expect(fast == Token.characterTokens(text), "\(text.debugDescription)")
        }
    }
}
