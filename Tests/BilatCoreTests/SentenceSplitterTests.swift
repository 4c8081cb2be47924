import BilatCore
import Testing

@Suite("Sentence splitting") struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr. Aliyev met Dr. Khan in the U.S. on Monday. Trade rose 1.6 percent.", ["Mr. Aliyev met Dr. Khan in the U.S. on Monday.", "Trade rose 1.6 percent."]),
        ("Press release No. 12 was issued. It said so!", ["Press release No. 12 was issued.", "It said so!"]),
        ("Headline without a stop\n\nFirst sentence. Second one?", ["Headline without a stop", "First sentence.", "Second one?"]),
        ("A hard-wrapped line that goes on\nand continues here.", ["A hard-wrapped line that goes on\nand continues here."]),
        ("Of this amount:\n- exports: $1 million;\n- imports: $2 million.", ["Of this amount:", "- exports: $1 million;", "- imports: $2 million."]),
        ("He said: \"It grew.\" Then he left.", ["He said: \"It grew.\"", "Then he left."]),
        ("Prices in Jan. 2020 were higher.", ["Prices in Jan. 2020 were higher."]),
    ])
    func splits(_ text: String, _ expected: [String]) {
        let sentences = SentenceSplitter.split(ArticleText(text))
        #expect(sentences.map(\.text) == expected)
        let characters = Array(text)
        for s in sentences { #expect(String(characters[s.start..<s.end]) == s.text) }
    }

    @Test func longLinesAreCut() {
        let text = String(repeating: "word ", count: 10_000)
        let sentences = SentenceSplitter.split(ArticleText(text))
        #expect(sentences.allSatisfy { $0.text.count <= SentenceSplitter.maximumLength })
        #expect(sentences.count >= 20)
    }

    @Test func markdownIsBlankedKeepingOffsets() {
        let text = "## Trade\n\n* **Exports** rose, see [the table](https://example.org/x)."
        let article = ArticleText(text, markdown: true)
        #expect(article.count == text.count)
        let plain = String(article.characters)
        #expect(plain.contains("Exports"))
        #expect(!plain.contains("https"))
        #expect(!plain.contains("*"))
        #expect(plain.contains("the table"))
    }
}
