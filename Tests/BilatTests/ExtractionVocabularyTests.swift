import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The bundled vocabulary (Datasets/extraction) loads, and its exclusions drop goals and national totals
/// written in forms the development set does not use.
@Suite struct ExtractionVocabularyTests {
    // Loaded once; a failure fails each test that uses it instead of crashing the whole run.
    static let loaded = Result { Extractor(vocabulary: try ExtractionVocabularyFiles.load(Repository.root + "/Datasets/extraction")) }
    static var extractor: Extractor { get throws { try loaded.get() } }

    func candidates(_ text: String) throws -> [Candidate] {
        (try Self.extractor).extract(ArticleText(text), settings: ExtractionSettings(sourceID: "t", published: try? PeriodReader.parse("2023-04-12"),
                                                                             reporter: "AZE", partner: "PAK")).candidates
    }

    @Test(arguments: [
        "The two sides explored ways to lift bilateral trade to $1 billion over the next five years.",
        "Officials want to double turnover to $60 million.",
        "Pakistan's total exports rose to $31.8 billion in fiscal 2022.",
        "Azerbaijan's non-oil exports grew 9.3% in the first quarter.",
        "Data for 2022 were revised; previously published: USD 9.6 million of trade.",
        "Subscribe to our newsletter for $5 a month and read about trade.",
    ])
    func dropsGoalsTotalsAndFurniture(_ text: String) throws {
        let found = try candidates(text)
        #expect(found.isEmpty, "\(found.map(\.asReported))")
    }

    @Test(arguments: [
        ("Azerbaijani companies pledged upwards of $1 billion in investment in Pakistan over the next five years.", "investment_pledged"),
        ("Azerbaijan imported goods worth $4.5 million from Pakistan in 2020.", "imports"),
        ("The consignment included 10,000 testing kits and 15 ventilators.", "medical_aid"),
    ])
    func keepsWhatIsAFigure(_ text: String, _ indicator: String) throws {
        let found = try candidates(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.indicator == indicator }, "\(found.map(\.indicator))")
    }

    @Test func aBadRowIsLocated() {
        let cues = Array("indicator,role,phrase,direction,reason,weight\ntrade_turnover,cue,,both,,\n,exclude,goal,,,\nexports,hint,x,,,\nexports,cue,x,,,lots\n".utf8)
        let countries = Array("code,name\nPk,Pakistan\n".utf8)
        let (vocabulary, diagnostics) = ExtractionVocabularyFiles.read(cues: cues, cuesPath: "cues.csv", countries: countries, countriesPath: "countries.csv")
        #expect(vocabulary == nil)
        #expect(diagnostics.map(\.description) == [
            "cues.csv:2:20: error: empty phrase; accepted: one or more words; end a word with * to match any ending (train*)",
            "cues.csv:3:16: error: an exclude row needs a reason; accepted: why a number near this phrase is not a figure, e.g. a goal or target, not a reported figure",
            "cues.csv:4:9: error: role 'hint' is not known; accepted: cue, unit, strong-unit, exclude",
            "cues.csv:5:17: error: weight 'lots' is not a number from 0 to 10; accepted: empty (1), or e.g. 0.5 for a vague cue",
            "countries.csv:2:1: error: code 'Pk' is not an ISO 3166-1 alpha-3 code; accepted: three capital letters such as AZE or PAK",
        ])
    }
}
