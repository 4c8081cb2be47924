import Testing
@testable import BilatCore

/// Periods a statistics report writes by pointing: "N months of the current fiscal year" and "in the reporting
/// period" (issue 17, tuned on the strict set's tuning half).
@Suite struct ExtractionReportPeriodTests {
    static let pakistan = ["PAK": FiscalYearStart(text: "07-01")!]

    func candidates(_ text: String, published: String, fiscalYearStarts: [String: FiscalYearStart] = [:]) throws -> [Candidate] {
        let settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: "AZE",
                                          partner: "PAK", fiscalYearStarts: fiscalYearStarts)
        return TestVocabulary.extractor.extract(ArticleText(text), settings: settings).candidates
    }

    @Test(arguments: [
        ("in five months of the current fiscal year", "2021-12-15", "2021-07/2021-11"),
        ("in the first 11 months of the current financial year", "2023-06-20", "2022-07/2023-05"),
        ("in five months of this fiscal", "2021-12-15", "2021-07/2021-11"),
        // Before 1 July the current fiscal year began the July before.
        ("in three months of the current fiscal year", "2022-01-10", "2021-07/2021-09"),
        ("in five months of this year", "2023-06-20", "2023-01/2023-05"),
        ("in 5 months of the current year", "2023-06-20", "2023-01/2023-05"),
    ])
    func monthsOfTheCurrentYear(_ words: String, _ published: String, _ label: String) throws {
        let found = try candidates("Trade between Azerbaijan and Pakistan reached $42.3 million \(words).", published: published,
                                   fiscalYearStarts: Self.pakistan)
        #expect(found.map { $0.period?.label ?? "-" } == [label])
    }

    @Test func monthsOfAFiscalYearNeedTheFiscalYear() throws {
        let found = try candidates("Trade between Azerbaijan and Pakistan reached $42.3 million in five months of the current fiscal year.",
                                   published: "2021-12-15")
        // Without a fiscal year the words are no period; the figure falls back as before.
        #expect(found.first?.period?.label != "2021-07/2021-11")
    }

    @Test func aChangeInMonthsOfTheFiscalYearIsComparedWithTheSameMonthsBefore() throws {
        let found = try candidates("Trade between Azerbaijan and Pakistan rose 64 percent in five months of the current fiscal year "
                                   + "over the same period of the last year.", published: "2021-12-15", fiscalYearStarts: Self.pakistan)
        #expect(found.map { "\($0.period?.label ?? "-") vs \($0.comparedWith?.label ?? "-")" } == ["2021-07/2021-11 vs 2020-07/2020-11"])
    }

    @Test(arguments: ["In the reporting period", "During the period under review", "In the review period"])
    func theReportingPeriodIsThePeriodOfTheFirstFigure(_ words: String) throws {
        let text = """
            Azerbaijan's trade turnover with Pakistan amounted to $14.3 million in January-August 2021 (in January-August 2020 - $9.1 million).

            \(words), exports to Pakistan made up $2.2 million.
            """
        let found = try candidates(text, published: "2021-09-20")
        #expect(found.map { "\($0.asReported) \($0.period?.label ?? "-")" }
                == ["$14.3 million 2021-01/2021-08", "$9.1 million 2020-01/2020-08", "$2.2 million 2021-01/2021-08"])
    }
}

/// "the last financial year" and its kin, in the pair's fiscal year.
@Suite struct ExtractionFiscalYearWordsTests {
    @Test(arguments: [
        ("in the last financial year", "2023-06-20", "07-01", "FY2021-07/2022-06"),
        ("during the last fiscal year", "2022-07-21", "07-01", "FY2021-07/2022-06"),
        ("in the previous fiscal year", "2021-08-03", "07-01", "FY2020-07/2021-06"),
        ("in the current fiscal year", "2021-08-03", "07-01", "FY2021-07/2022-06"),
        ("in the last financial year", "2022-06-15", "04-01", "FY2021-04/2022-03"),
    ])
    func theFiscalYearBeforeOrHoldingPublication(_ words: String, _ published: String, _ start: String, _ label: String) throws {
        let starts = ["PAK": try #require(FiscalYearStart(text: start))]
        let settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: "AZE",
                                          partner: "PAK", fiscalYearStarts: starts)
        let found = TestVocabulary.extractor.extract(ArticleText("Pakistan's exports to Azerbaijan stood at $4.3 million \(words)."),
                                                     settings: settings).candidates
        #expect(found.map { $0.period?.label ?? "-" } == [label])
    }

    @Test func withNoFiscalYearTheWordsAreNoPeriod() throws {
        let settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse("2023-06-20"), reporter: "AZE", partner: "PAK")
        let found = TestVocabulary.extractor.extract(ArticleText("Pakistan's exports to Azerbaijan stood at $4.3 million in the last financial year."),
                                                     settings: settings).candidates
        #expect(found.first?.period?.label != "FY2021-07/2022-06")
    }
}
