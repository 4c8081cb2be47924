import Testing
@testable import BilatCore

/// "Part of a year" is said only of figures that cover part of a year: every kind of period has its own mark.
@Suite("Period coverage")
struct PeriodCoverageTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var reference: String?
        var indicator: String
        var isLevelAtDate: Bool
        var coverage: PeriodCoverage
        var word: String?
        var isPartOfYear: Bool
        var testDescription: String { "\(text) (\(indicator)) → \(word ?? "no mark")" }
    }

    static let rows: [Row] = [
        Row(text: "2017", indicator: "trade_turnover", isLevelAtDate: false, coverage: .wholeYears, word: nil, isPartOfYear: false),
        Row(text: "1992/2022", indicator: "agreements_signed", isLevelAtDate: false, coverage: .wholeYears, word: nil, isPartOfYear: false),
        Row(text: "FY2020-21", indicator: "trade_turnover", isLevelAtDate: false, coverage: .fiscalYear, word: nil, isPartOfYear: false),
        Row(text: "January–September 2018", indicator: "trade_turnover", isLevelAtDate: false, coverage: .partOfYear,
            word: "part of a year", isPartOfYear: true),
        Row(text: "2018-Q3", indicator: "exports", isLevelAtDate: false, coverage: .partOfYear, word: "part of a year", isPartOfYear: true),
        Row(text: "2021-03", indicator: "exports", isLevelAtDate: false, coverage: .oneMonth, word: "one month", isPartOfYear: true),
        Row(text: "2021-03-04", indicator: "exports", isLevelAtDate: false, coverage: .oneDay, word: "one day", isPartOfYear: true),
        Row(text: "2017-10/2018-03", indicator: "exports", isLevelAtDate: false, coverage: .partsOfYears, word: "parts of years",
            isPartOfYear: false),
        // A deal or a pledge is dated, not summed over its month: a one-month deal and a July pledge are no part of a year.
        Row(text: "2022-02", indicator: "defence_deal_value", isLevelAtDate: false, coverage: .aDate, word: "a date", isPartOfYear: false),
        Row(text: "2024-07", indicator: "investment_pledged", isLevelAtDate: false, coverage: .aDate, word: "a date", isPartOfYear: false),
        Row(text: "2022-10-04", indicator: "trade_turnover", isLevelAtDate: true, coverage: .levelAtDate, word: "level at a date",
            isPartOfYear: false),
        Row(text: "the past ten years", reference: "2022-10", indicator: "personnel_trained", isLevelAtDate: false,
            coverage: .multiYearWindow, word: "multi-year window", isPartOfYear: false),
        Row(text: "the last 6 months", reference: "2022-10", indicator: "exports", isLevelAtDate: false, coverage: .window,
            word: "window", isPartOfYear: false),
        Row(text: "../2024-03", indicator: "investment", isLevelAtDate: false, coverage: .toDate, word: "total to a date",
            isPartOfYear: false),
    ]

    @Test("each kind of period gets its own mark", arguments: rows)
    func mark(_ row: Row) throws {
        let reference = try row.reference.map { try PeriodReader.parse($0) }
        let period = try PeriodReader.parse(row.text, reference: reference, fiscalYear: row.text.hasPrefix("FY") ? FiscalYearStart(month: 7, day: 1).map { FiscalYear(party: "PAK", start: $0) } : nil)
        let coverage = period.coverage(indicator: row.indicator, isLevelAtDate: row.isLevelAtDate)
        #expect(coverage == row.coverage)
        #expect(coverage.word == row.word)
        #expect(coverage.isPartOfYear == row.isPartOfYear)
    }

    @Test("the table covers every kind")
    func everyKindIsTested() {
        #expect(Set(Self.rows.map(\.coverage)) == Set(PeriodCoverage.allCases))
    }

    @Test("only a flow over part of a year is flagged partial by growth", arguments: [
        ("January–September 2018", "trade_turnover", true),
        ("2022-02", "defence_deal_value", false),
        ("2024-07", "investment_pledged", false),
        ("2021-03", "exports", true),
        ("2017", "trade_turnover", false),
    ])
    func growthPartialFlag(text: String, indicator: String, partial: Bool) throws {
        let period = try PeriodReader.parse(text)
        let key = SeriesKey(dataset: "d", indicator: indicator, reporter: "AZE", partner: "PAK", direction: .toPartner, subject: "", unit: "USD")
        let o = Observation(id: "f", key: key, period: period, value: 100, qualifier: .exact, isEstimated: false,
                            significantDigits: 3, sourceIDs: ["s"])
        let rows = Growth.rows([o])
        #expect(rows.first?.flags.contains("partial") == partial)
    }
}

@Suite("Number text")
struct NumberTextTests {
    @Test("decimal text gets thousands separators in its whole part only", arguments: [
        ("0", "0"), ("999", "999"), ("1000", "1,000"), ("15600000", "15,600,000"), ("-1640000.50", "-1,640,000.50"),
        ("300000", "300,000"), ("5.80", "5.80"), ("12345.6789", "12,345.6789"), ("1e6", "1e6"), ("", ""), ("abc", "abc"),
    ])
    func grouped(text: String, expected: String) {
        #expect(NumberText.grouped(decimal: text) == expected)
    }

    @Test func wholeNumbers() {
        #expect(NumberText.grouped(10_000) == "10,000")
        #expect(NumberText.grouped(-1_234_567) == "-1,234,567")
    }
}
