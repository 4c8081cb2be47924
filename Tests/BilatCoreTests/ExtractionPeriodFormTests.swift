import Testing
@testable import BilatCore

/// The extractor reads the period forms ingest reads: calendar years counted from the publication date, fiscal
/// labels in the pair's fiscal year, day ranges, "the first N months".
@Suite struct ExtractionPeriodFormTests {
    static let pakistan = ["PAK": FiscalYearStart(text: "07-01")!]

    func candidates(_ text: String, published: String = "2023-03-02",
                    fiscalYearStarts: [String: FiscalYearStart] = [:]) throws -> [Candidate] {
        let settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: "AZE",
                                          partner: "PAK", fiscalYearStarts: fiscalYearStarts)
        return TestVocabulary.extractor.extract(ArticleText(text), settings: settings).candidates
    }

    @Test(arguments: [
        ("Trade between Azerbaijan and Pakistan reached $20 million last year.", "2022"),
        ("Trade between Azerbaijan and Pakistan reached $20 million this year.", "2023"),
        ("Over the last year, trade between Azerbaijan and Pakistan reached $25 million.", "~2022-03/2023-03"),
        ("Trade between Azerbaijan and Pakistan reached $25 million in the past 12 months.", "~2022-03/2023-03"),
        ("Trade between Azerbaijan and Pakistan reached $4 million in the first five months of 2018.", "2018-01/2018-05"),
        ("Trade between Azerbaijan and Pakistan reached $4 million in January-June, 2017.", "2017-01/2017-06"),
        ("Azerbaijan and Pakistan signed 5 agreements on 12–20 September 2021.", "2021-09-12/2021-09-20"),
        ("Azerbaijan and Pakistan signed 5 agreements on September 12–20, 2021.", "2021-09-12/2021-09-20"),
    ])
    func readsTheFormsIngestReads(_ text: String, _ label: String) throws {
        let found = try candidates(text)
        #expect(found.count == 1, "\(found.map(\.asReported))")
        #expect(found.first?.period?.label == label)
    }

    @Test func lastYearIsTheCalendarYearBeforePublication() throws {
        let c = try #require(try candidates("Trade between Azerbaijan and Pakistan reached $20 million last year.").first)
        #expect(c.period == Period.year(2022))
        #expect(c.period?.isWindow == false)
    }

    @Test func nextYearIsAfterPublicationAndDropped() throws {
        let extraction = TestVocabulary.extractor.extract(
            ArticleText("Trade between Azerbaijan and Pakistan will reach $50 million next year."),
            settings: ExtractionSettings(sourceID: "t", published: try PeriodReader.parse("2023-03-02"), reporter: "AZE", partner: "PAK"))
        #expect(extraction.candidates.isEmpty)
        #expect(extraction.dropped.contains { $0.reason == .afterPublication && $0.detail == "2024" })
    }

    @Test(arguments: ["in FY2020-21", "in fiscal year 2020-21", "in 2020/21", "in FY21"])
    func aFiscalLabelIsThePairsFiscalYear(_ words: String) throws {
        let text = "Pakistan's exports to Azerbaijan were $125 million \(words), up 25% on FY2019-20."
        let found = try candidates(text, fiscalYearStarts: Self.pakistan)
        let level = try #require(found.first { !$0.quantity.isChange })
        #expect(level.period?.label == "FY2020-07/2021-06")
        #expect(level.period?.isFiscalYear == true)
        let change = try #require(found.first { $0.quantity.isChange })
        #expect(change.period?.label == "FY2020-07/2021-06")
        #expect(change.comparedWith?.label == "FY2019-07/2020-06")
    }

    @Test(arguments: [[:], ["PAK": FiscalYearStart(text: "07-01")!, "AZE": FiscalYearStart(text: "04-01")!]])
    func aFiscalLabelWithNoFiscalYearToReadItInIsLeftEmpty(_ starts: [String: FiscalYearStart]) throws {
        let found = try candidates("Pakistan's exports to Azerbaijan were $125 million in FY2020-21.", fiscalYearStarts: starts)
        let c = try #require(found.first)
        #expect(c.period == nil)
        #expect(c.periodWords == "FY2020-21")
        #expect(c.notes.contains { $0.contains("'FY2020-21' names a fiscal year") })
    }
}
