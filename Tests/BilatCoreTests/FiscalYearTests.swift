import Foundation
import Testing
@testable import BilatCore

/// One fiscal label read in a party's fiscal year.
struct FiscalCase: Sendable, CustomTestStringConvertible {
    let input: String
    let fiscalYearStart: String
    let start: String
    let end: String
    let label: String

    init(_ input: String, starting fiscalYearStart: String, _ start: String, _ end: String, _ label: String) {
        self.input = input
        self.fiscalYearStart = fiscalYearStart
        self.start = start
        self.end = end
        self.label = label
    }

    var testDescription: String { "\"\(input)\" (fiscal year from \(fiscalYearStart)) → \(label)" }
}

let fiscalCases: [FiscalCase] = [
    // Pakistan: 1 July. Two years name the one starting in the first, one year the one ending in it.
    .init("FY2020-21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY2020/21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY 2020-21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY2020–21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY2020-2021", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("fy20-21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("2020-21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("2020/21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("in 2020/21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("2011/12", starting: "07-01", "2011-07-01", "2012-06-30", "FY2011-07/2012-06"),
    .init("FY2011-12", starting: "07-01", "2011-07-01", "2012-06-30", "FY2011-07/2012-06"),
    .init("1999-00", starting: "07-01", "1999-07-01", "2000-06-30", "FY1999-07/2000-06"),
    .init("fiscal year 2020-21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("the financial year 2019-20", starting: "07-01", "2019-07-01", "2020-06-30", "FY2019-07/2020-06"),
    .init("FY2021", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY21", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY99", starting: "07-01", "1998-07-01", "1999-06-30", "FY1998-07/1999-06"),
    .init("fiscal 2021", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("fiscal year 2021", starting: "07-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("about FY2020-21", starting: "07-01", "2020-07-01", "2021-06-30", "~FY2020-07/2021-06"),
    // bilat's own label reads back whoever's fiscal year is in force.
    .init("FY2020-07/2021-06", starting: "04-01", "2020-07-01", "2021-06-30", "FY2020-07/2021-06"),
    .init("FY2020-04-06/2021-04-05", starting: "07-01", "2020-04-06", "2021-04-05", "FY2020-04-06/2021-04-05"),
    // Other starts: 1 April, 1 October, 6 April, 1 March (whose year ends on the last day of February).
    .init("FY2021-22", starting: "04-01", "2021-04-01", "2022-03-31", "FY2021-04/2022-03"),
    .init("FY2022", starting: "10-01", "2021-10-01", "2022-09-30", "FY2021-10/2022-09"),
    .init("2021/22", starting: "04-06", "2021-04-06", "2022-04-05", "FY2021-04-06/2022-04-05"),
    .init("2023-24", starting: "03-01", "2023-03-01", "2024-02-29", "FY2023-03/2024-02"),
    .init("2022-23", starting: "03-01", "2022-03-01", "2023-02-28", "FY2022-03/2023-02"),
    // A fiscal year that starts on 1 January is the calendar year.
    .init("FY2021", starting: "01-01", "2021-01-01", "2021-12-31", "2021"),
]

/// Fiscal labels that must be refused, and what the refusal says.
let unreadableFiscalLabels: [(input: String, fiscalYearStart: String?, says: String)] = [
    ("FY2020-21", nil, "names a fiscal year, but neither the reporter nor the partner declares when its fiscal year starts"),
    ("2020/21", nil, "names a fiscal year, but neither the reporter nor the partner"),
    ("FY21", nil, "names a fiscal year"),
    ("2020-22", "07-01", "names month 22, which does not exist, and is not a fiscal year (the year after 2020 is 21, not 22)"),
    ("FY2019-21", "07-01", "is not a fiscal year (the year after 2019 is 20, not 21)"),
    ("FY2019-2021", "07-01", "the year after 2019 is 2020, not 2021"),
    ("2020/22", "07-01", "is not a fiscal year (the year after 2020 is 21, not 22)"),
    ("2020-21", "01-01", "starts on 1 January: its fiscal years are calendar years"),
    ("FY2020-07/2021-05", "07-01", "is not one fiscal year: the one that starts on 2020-07-01 ends on 2021-06-30"),
    ("FY2020-01/2020-12", "07-01", "is a calendar year"),
    ("FY2020-07/2021-06-30", "07-01", "write both as months"),
    ("FY", "07-01", "cannot read period 'FY'"),
    ("FY to June", "07-01", "unexpected text"),
    ("FY2020-21 foo", "07-01", "unexpected text"),
]

@Suite("Fiscal years")
struct FiscalYearTests {
    static func fiscalYear(_ start: String?) -> FiscalYear? {
        start.flatMap { FiscalYearStart(text: $0) }.map { FiscalYear(party: "PAK", start: $0) }
    }

    @Test("reads fiscal labels in the party's fiscal year", arguments: fiscalCases)
    func reads(_ c: FiscalCase) throws {
        let p = try PeriodReader.parse(c.input, fiscalYear: Self.fiscalYear(c.fiscalYearStart))
        #expect(p.start.description == c.start)
        #expect(p.end.description == c.end)
        #expect(p.granularity == .year)
        #expect(p.label == c.label)
        #expect(p.isFiscalYear == c.label.contains("FY"))
        #expect(!p.isPartialYear)
        #expect(!p.isWindow)
        // The label names the bounds in full, so it reads back with no fiscal year known.
        #expect(try PeriodReader.parse(c.label) == p)
    }

    @Test("refuses fiscal labels it cannot read, saying why", arguments: unreadableFiscalLabels.indices)
    func refuses(_ index: Int) {
        let c = unreadableFiscalLabels[index]
        do {
            let p = try PeriodReader.parse(c.input, fiscalYear: Self.fiscalYear(c.fiscalYearStart))
            Issue.record("read '\(c.input)' as \(p.label)")
        } catch {
            #expect(error.message.contains(c.says), "\(error.message)")
            #expect(error.message.contains("'\(c.input)'"))
            if c.fiscalYearStart == nil { #expect(error.accepted == PeriodReader.fiscalYearNeeded) }
            else { #expect(error.accepted == PeriodReader.acceptedForms) }
        }
    }

    @Test("without a fiscal prefix, YYYY-MM stays a month and YYYY-YYYY a range of calendar years",
          arguments: [("2011-12", "2011-12"), ("2021-06", "2021-06"), ("1992-2022", "1992/2022"), ("2020/2021", "2020/2021"),
                      ("2019-12/2020-02", "2019-12/2020-02")])
    func calendarFormsStayCalendar(_ input: String, _ label: String) throws {
        let p = try PeriodReader.parse(input, fiscalYear: Self.fiscalYear("07-01"))
        #expect(p.label == label)
        #expect(!p.isFiscalYear)
    }

    @Test("fiscal_year_start is MM-DD of a day every year has",
          arguments: [("07-01", true), ("04-06", true), ("12-31", true), ("01-01", true), ("02-28", true),
                      ("02-29", false), ("13-01", false), ("04-31", false), ("7-1", false), ("07/01", false), ("", false),
                      ("0701", false), ("07-01-2020", false), ("ab-cd", false)])
    func fiscalYearStartText(_ text: String, _ valid: Bool) {
        let start = FiscalYearStart(text: text)
        #expect((start != nil) == valid)
        if let start { #expect(start.description == text) }
    }

    /// The reporter's fiscal year, else the partner's; none when neither declares one.
    @Test("whose fiscal year a figure's labels name",
          arguments: [
            ("PAK", "AZE", ["PAK": "07-01"], "PAK"),
            ("AZE", "PAK", ["PAK": "07-01"], "PAK"),
            ("AZE", "PAK", ["AZE": "01-01", "PAK": "07-01"], "AZE"),
            ("PAK", "IND", ["PAK": "07-01", "IND": "04-01"], "PAK"),
            ("AZE", "TUR", ["PAK": "07-01"], nil),
            ("AZE", "PAK", [:], nil),
          ] as [(String, String, [String: String], String?)])
    func rule(_ reporter: String, _ partner: String, _ declared: [String: String], _ owner: String?) {
        let starts = declared.compactMapValues { FiscalYearStart(text: $0) }
        let chosen = FiscalYear.of(reporter: reporter, partner: partner, starts: starts)
        #expect(chosen?.party == owner)
        #expect(chosen?.start == owner.flatMap { starts[$0] })
    }

    /// An article's pair, before its reporters are known: one start, or none when the two differ.
    @Test(arguments: [
        (["AZE", "PAK"], ["PAK": "07-01"], "07-01"),
        (["PAK", "IND"], ["PAK": "07-01", "IND": "07-01"], "07-01"),
        (["PAK", "IND"], ["PAK": "07-01", "IND": "04-01"], nil),
        (["AZE", "TUR"], ["PAK": "07-01"], nil),
    ] as [([String], [String: String], String?)])
    func pairRule(_ pair: [String], _ declared: [String: String], _ start: String?) {
        let starts = declared.compactMapValues { FiscalYearStart(text: $0) }
        #expect(FiscalYear.ofPair(pair, starts: starts)?.start.description == start)
    }

    @Test func aFiscalYearShiftsToTheFiscalYearBefore() throws {
        let pakistan = Self.fiscalYear("07-01")
        let fy21 = try PeriodReader.parse("FY2020-21", fiscalYear: pakistan)
        let fy20 = try PeriodReader.parse("FY2019-20", fiscalYear: pakistan)
        #expect(fy21.shifted(years: -1) == fy20)
        #expect(fy21.yearsAfter(fy20) == 1)
        #expect(fy21.shortName == "FY2020-21")
        // One that ends on the last day of February ends on the 29th in leap years.
        let march = Self.fiscalYear("03-01")
        let leap = try PeriodReader.parse("2023-24", fiscalYear: march)
        #expect(leap.shifted(years: -1) == (try PeriodReader.parse("2022-23", fiscalYear: march)))
        #expect(leap.shifted(years: -1)?.end.description == "2023-02-28")
        // A fiscal year is no calendar year, and no month range of the same twelve months.
        #expect(fy21.yearsAfter(try PeriodReader.parse("2019")) == nil)
        #expect(fy21.yearsAfter(try PeriodReader.parse("July 2019 to June 2020")) == nil)
    }

    func observation(_ id: String, _ period: Period, _ value: Decimal) -> Observation {
        let key = SeriesKey(dataset: "test", indicator: "exports", reporter: "PAK", partner: "AZE", direction: .toPartner,
                            subject: "", unit: "USD")
        return Observation(id: id, key: key, period: period, value: value, qualifier: .exact, isEstimated: false,
                           significantDigits: 3, sourceIDs: ["a"], derivation: nil)
    }

    @Test func growthComparesAFiscalYearWithTheOneBeforeItYearOnYear() throws {
        let pakistan = Self.fiscalYear("07-01")
        let rows = Growth.rows([
            observation("fy20", try PeriodReader.parse("FY2019-20", fiscalYear: pakistan), 100),
            observation("fy21", try PeriodReader.parse("FY2020-21", fiscalYear: pakistan), 125),
            observation("fy23", try PeriodReader.parse("FY23", fiscalYear: pakistan), 150),
        ])
        let fy21 = try #require(rows.first { $0.observation.id == "fy21" })
        #expect(fy21.comparison == .yearOnYear)
        #expect(fy21.previous?.id == "fy20")
        #expect(fy21.percentChange == 25)
        #expect(!fy21.flags.contains("partial"))
        let fy23 = try #require(rows.first { $0.observation.id == "fy23" })
        #expect(fy23.comparison == .compound)
        #expect(fy23.years == 2)
        #expect(!fy23.flags.contains("partial"))
    }

    @Test func growthNeverComparesAFiscalYearWithACalendarYear() throws {
        let pakistan = Self.fiscalYear("07-01")
        let rows = Growth.rows([
            observation("cal2020", try PeriodReader.parse("2020"), 100),
            observation("fy22", try PeriodReader.parse("FY2021-22", fiscalYear: pakistan), 125),
            observation("cal2022", try PeriodReader.parse("2022"), 150),
        ])
        let fy22 = try #require(rows.first { $0.observation.id == "fy22" })
        #expect(fy22.comparison == .none)
        #expect(fy22.reason == "no figure for FY2020-21 or any earlier period of the same span; 2020 covers a different part of the calendar")
        let cal2022 = try #require(rows.first { $0.observation.id == "cal2022" })
        #expect(cal2022.previous?.id == "cal2020")
        #expect(cal2022.comparison == .compound)
    }
}
