import Foundation
@testable import BilatCore
import Testing

/// The extractor's fast paths give what the slower forms they replace gave: reading a span's tokens instead of
/// tokenizing its text again, bytes instead of Characters for ASCII text, phrase indexes instead of phrase loops.
/// (`bilat-bench extract --verify` checks the same over the bench corpus and both development sets.)
@Suite("Extraction fast paths") struct ExtractionFastPathTests {
    static let reference = try? PeriodReader.parse("2022-10-04")

    @Test("a span's own tokens read as the period its text parses to", arguments: [
        "2021", "January-June 2022", "the first half of 2021", "Q3 2020", "12 December 1991", "12–20 September 2021",
        "between 2005 and 2010", "the past decade", "last year", "FY2020-21", "autumn 1995", "early 2020", "March",
        "January to", "in 2019 and", "the 1990s", "H1 2021", "September 12–20, 2021", "2017-02-28/2017-03-01", "may",
    ])
    func spanTokensReadAsText(_ text: String) {
        let tokens = Token.tokenize(text)
        let july = FiscalYearStart(month: 7, day: 1).map { FiscalYear(party: "PAK", start: $0) }
        for fiscal in [nil, july] {
            #expect(PeriodReader.read(tokens, reference: Self.reference, fiscalYear: fiscal)
                    == (try? PeriodReader.parse(text, reference: Self.reference, fiscalYear: fiscal)), "\(text)")
        }
        // The same span with a year after it, as the spotter tries "the first half" + " 2022".
        #expect(PeriodSpotter.withYear(tokens, 2022) == Token.tokenize(text + " 2022"), "\(text)")
    }

    @Test("ASCII codes: each character's one ASCII byte, or notASCII", arguments: [
        ("Trade rose 5%.\n\nIt fell.", false), ("Line one\r\nline two", false), ("Baku – “brotherly” ties, ₼5 million", false),
        ("\u{FEFF}BOM first", false), ("**Bold** and _it_", true), ("e\u{301} combined", false), ("", false),
    ])
    func asciiCodes(_ text: String, _ markdown: Bool) {
        let article = ArticleText(text, markdown: markdown)
        let expected = article.characters.map { c -> UInt8 in
            if let a = c.asciiValue, c != "\r\n" { a } else { ArticleText.notASCII }
        }
        #expect(article.asciiCodes == expected)
        #expect(article.asciiCodes.count == article.characters.count)
    }

    @Test("a sentence's text cut from bytes is the text cut from Characters", arguments: [
        "Trade reached $1.2 billion in 2021, up 5% on 2020.", "Exports to Pakistan – US$ 3.1 mn – rose “sharply”.",
        "Azərbaycan exported 12 tonnes.", "Line\r\nbreak at 5 million",
    ])
    func sentenceText(_ text: String) {
        let s = SentenceTokens(text)
        let characters = Array(text)
        for first in 0..<s.count {
            for last in first..<s.count {
                #expect(s.text(first, last) == String(characters[s.tokens[first].offset..<s.tokens[last].end]))
            }
        }
    }

    @Test("words given as one text match as the words given one by one", arguments: [
        ("of last year", 0), ("last year", 1), ("of the year", 0), ("year", 3), ("of  last year", 0), ("this year", 2),
    ])
    func hasText(_ words: String, _ at: Int) {
        let s = SentenceTokens("of last year this year")
        #expect(s.has(words, at: at) == s.has(words.split(separator: " ").map(String.init), at: at))
        #expect(!s.has("of last year", at: 3))
        #expect(s.has("of last year", at: 0))
    }

    @Test("a phrase index finds a phrase where a loop over its phrases does", arguments: [
        "Over the same period, exports fell.", "Of which exports were $2 million.", "Nothing here points back.",
        "In the reporting period trade grew.", "During the period under review it fell.", "the same year",
    ])
    func phraseIndexOccurs(_ text: String) {
        let s = SentenceTokens(text)
        for phrases in [Extractor.anaphoraPhrases, Extractor.reportPhrases] {
            let index = PhraseIndex(phrases.map { ($0, 0) })
            let looped = (0..<s.count).contains { i in phrases.contains { s.matches($0, at: i) } }
            #expect(index.occurs(in: s) == looped, "\(text)")
            #expect(index.occurs(in: s) == !index.hits(in: s).isEmpty, "\(text)")
        }
    }
}
