import Testing
@testable import BilatCore

/// The byte-wise tokenizer for ASCII text must give exactly the tokens the Character-wise one gives.
@Suite("Tokens")
struct TokenTests {
    @Test("ASCII text tokenizes the same byte by byte as Character by Character", arguments: [
        "$11.7 million", "US$ 4.5 bn", "USD 1,234,567", "Rs 3.4 crore", "about 1,200 officers", "over 300", "",
        "January-September 2018", "  Q3\t2021 ", "a\nb", "est. 5m", "~12%", "(AZN) 5m", "ABC def GHI", "12abc34",
    ])
    func sameTokens(_ text: String) throws {
        let fast = try #require(Token.asciiTokens(text))
        #expect(fast == Token.characterTokens(text))
    }

    @Test("text with non-ASCII characters or a CR is left to the Character-wise reader",
          arguments: ["January–September 2018", "€5 million", "a\r\nb", "ünf 5"])
    func otherTextFallsBack(_ text: String) {
        #expect(Token.asciiTokens(text) == nil)
        #expect(Token.tokenize(text) == Token.characterTokens(text))
    }

    @Test("the same tokens over 5,000 random ASCII texts")
    func randomASCII() throws {
        var random = DecimalTextTests.Seeded(state: 9)
        let alphabet = Array("aZ09 ,.$%~-()/+\t\nmillionBNbn ")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let fast = try #require(Token.asciiTokens(text))
            #expect(fast == Token.characterTokens(text), "\(text.debugDescription)")
        }
    }
}
