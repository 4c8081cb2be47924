import BilatCore
import Testing

/// A share whose sentence names its part and its total: the part's indicator, parties and period, and the share's text.
struct ShareCase: Sendable, CustomTestStringConvertible {
    let text: String
    let indicator: String
    let parties: (reporter: String, partner: String, direction: Direction)
    let asReported: String
    let total: String
    let value: String
    let period: String
    var testDescription: String { text }
}

let shareCases: [ShareCase] = [
    .init(text: "90 % of the trade is Pakistani exports.", indicator: "exports", parties: ("PAK", "AZE", .toPartner),
          asReported: "90 % of the trade", total: "trade_turnover", value: "90", period: "2022"),
    .init(text: "Pakistani exports make up 90% of bilateral trade.", indicator: "exports", parties: ("PAK", "AZE", .toPartner),
          asReported: "90% of bilateral trade", total: "trade_turnover", value: "90", period: "2022"),
    .init(text: "In 2021 Azerbaijani exports accounted for 40% of total trade with Pakistan.", indicator: "exports",
          parties: ("AZE", "PAK", .toPartner), asReported: "40% of total trade", total: "trade_turnover", value: "40", period: "2021"),
    .init(text: "In the first half of 2020 Azerbaijan's imports from Pakistan were about 35% of the turnover.", indicator: "imports",
          parties: ("AZE", "PAK", .fromPartner), asReported: "about 35% of the turnover", total: "trade_turnover", value: "35",
          period: "2020-01/2020-06"),
]

/// Percentages with no named total, no named part, or a part that is the total: still dropped (nil: nothing read at all).
let shareDrops: [(String, DropReason?)] = [
    ("Prices rose 12% and the trade share was 5% last year.", .share),
    ("Textiles make up 40% of exports.", .share),
    ("Exports are 40% of the total.", .share),
    ("About 60% of the country is mountainous, and trade is small.", .share),
    ("Trade with Pakistan is 5% of the trade.", .share),
    ("Pakistani exports grew, and 70% of them were textiles.", .share),
    ("A third of the country's trade goes by road.", nil),
]

/// An amount per year, or stated as current: a level at the publication date.
let yearlyCases: [(text: String, indicator: String, asReported: String)] = [
    ("Trade between Azerbaijan and Pakistan is worth $30 million a year.", "trade_turnover", "$30 million a year"),
    ("Pakistani exports to Azerbaijan bring in $5 million per annum.", "exports", "$5 million per annum"),
    ("Azerbaijan's aid to Pakistan comes to about $2 million annually.", "aid", "about $2 million annually"),
    ("Annual trade of $30 million is too little, the Azerbaijani minister said.", "trade_turnover", "Annual trade of $30 million"),
    ("He said the annual trade of $30 million was too little.", "trade_turnover", "annual trade of $30 million"),
    ("Trade between the two countries is currently $30 million.", "trade_turnover", "currently $30 million"),
    ("Current trade of $30 million is modest, the Azerbaijani minister said in Islamabad.", "trade_turnover", "Current trade of $30 million"),
]

/// Prices per unit or per month stay rates.
let rateDrops: [String] = [
    "Trade statistics cost $9.99 a month to access.",
    "Pakistani exporters pay $40 per tonne in transit fees.",
    "Trucks to Baku are hired at $120 a day.",
]

@Suite("Extraction: shares of a named total, levels per year") struct ExtractionSharesAndYearlyTests {
    @Test("a share naming its part and its total is the part's row", arguments: shareCases)
    func share(_ c: ShareCase) throws {
        let found = TestVocabulary.extract(c.text).candidates
        #expect(found.count == 1, "\(found.map(\.asReported))")
        let row = try #require(found.first, "\(TestVocabulary.extract(c.text).dropped.map { "\($0.text): \($0.reason)" })")
        #expect(row.indicator == c.indicator)
        #expect(row.asReported == c.asReported)
        #expect(row.quantity.shareOf == c.total)
        #expect(row.quantity.valueText == c.value)
        #expect(!row.quantity.isChange)
        #expect(row.period?.label == c.period)
        #expect((row.reporter, row.partner, row.direction) == c.parties)
    }

    @Test("a percentage without a named total and part is dropped", arguments: shareDrops)
    func shareDropped(_ text: String, _ reason: DropReason?) {
        let extraction = TestVocabulary.extract(text)
        #expect(extraction.candidates.isEmpty, "\(extraction.candidates.map(\.asReported))")
        if let reason { #expect(extraction.dropped.contains { $0.reason == reason }, "\(extraction.dropped.map { "\($0.text): \($0.reason)" })") }
    }

    @Test("an amount per year is a level at the publication date", arguments: yearlyCases)
    func yearly(_ text: String, _ indicator: String, _ asReported: String) throws {
        let extraction = TestVocabulary.extract(text)
        #expect(!extraction.dropped.contains { $0.reason == .rate })
        let row = try #require(extraction.candidates.first, "\(extraction.dropped.map { "\($0.text): \($0.reason)" })")
        #expect(extraction.candidates.count == 1)
        #expect(row.indicator == indicator)
        #expect(row.asReported == asReported)
        #expect(row.quantity.isLevelAtDate)
        #expect(row.period?.label == "2022-10-04")
    }

    @Test("a price per unit or per month stays a rate", arguments: rateDrops)
    func rate(_ text: String) {
        let extraction = TestVocabulary.extract(text)
        #expect(extraction.candidates.isEmpty, "\(extraction.candidates.map(\.asReported))")
        #expect(extraction.dropped.contains { $0.reason == .rate }, "\(extraction.dropped.map { "\($0.text): \($0.reason)" })")
    }

    /// Read as a level, a yearly amount of a country outside the pair is still that country's figure.
    @Test(arguments: ["Turkey and Azerbaijan, by comparison, trade more than $4.5 billion a year.",
                      "Turkish exports to Azerbaijan make up 40% of the trade."])
    func aThirdPartyOutsideTheClauseIsStillDropped(_ text: String) {
        let extraction = TestVocabulary.extract(text)
        #expect(extraction.candidates.isEmpty, "\(extraction.candidates.map(\.asReported))")
        #expect(extraction.dropped.contains { $0.reason == .thirdParty }, "\(extraction.dropped.map { "\($0.text): \($0.reason)" })")
    }

    @Test func aYearEarlierStaysAPeriod() throws {
        let found = TestVocabulary.extract("In 2021 trade totalled $2.9 million, compared with $2.1 million a year earlier.").candidates
        let base = try #require(found.first { $0.asReported == "$2.1 million" }, "\(found.map(\.asReported))")
        #expect(!base.quantity.isLevelAtDate)
        #expect(base.period?.label == "2020")
    }

    /// Every row the extractor writes reads back, through the dataset's reader of as_reported, as the quantity it proposed.
    @Test("every produced row's as_reported reads back as its quantity", arguments:
            shareCases.map(\.text) + yearlyCases.map(\.text) + extractionCases.map(\.text) + changeCases.map(\.text))
    func roundTrip(_ text: String) throws {
        let candidates = TestVocabulary.extract(text).candidates
        #expect(!candidates.isEmpty)
        let ids = CandidateRows.ids(for: candidates, taken: [])
        for (c, id) in zip(candidates, ids) {
            let cell = try #require(CandidateRows.cells(c, id: id, article: "a.md")["as_reported"])
            let read = try QuantityReader.read(cell).get()
            #expect(read == c.quantity, "\(cell)")
        }
    }
}
