import BilatCore
import Foundation
import Testing

// Growth: period-aware comparison of each observation with its comparable predecessor.

@Suite("Growth")
struct AnalysisGrowthTests: AnalysisFixtures {
    @Test func yearOnYearGivesExactAbsoluteAndPercentChange() throws {
        let rows = growthRows([
            try figure("t2020", "trade_turnover", period: "2020", "$10.4 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$11.7 million"),
        ])
        #expect(rows.count == 2)
        let r = try row("t2021", in: rows)
        #expect(r.comparison == .yearOnYear)
        #expect(r.previous?.id == "t2020")
        #expect(r.years == 1)
        #expect(r.absoluteChange == 1_300_000)
        #expect(r.percentChange == decimal("12.5"))
        #expect(r.cagr == nil, "no compound rate for consecutive years")
        #expect(r.qualifier == .exact)
        #expect(r.flags.isEmpty)
        #expect(r.reason == nil)
        #expect(r.significantDigits == 3)

        let first = try row("t2020", in: rows)
        #expect(first.comparison == .none)
        #expect(first.previous == nil)
        #expect(first.reason == "no earlier figure in this series")
    }

    @Test func aFallIsANegativeChange() throws {
        let rows = growthRows([
            try figure("t2020", "trade_turnover", period: "2020", "$12 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$9 million"),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.absoluteChange == -3_000_000)
        #expect(r.percentChange == -25)
    }

    @Test func partialYearIsNeverComparedWithAFullYear() throws {
        let rows = growthRows([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("t2018js", "trade_turnover", period: "January–September 2018", "$8.34 million"),
        ])
        let r = try row("t2018js", in: rows)
        #expect(r.comparison == .none)
        #expect(r.previous == nil)
        #expect(r.percentChange == nil && r.absoluteChange == nil)
        #expect(r.flags.contains("partial"))
        let reason = try #require(r.reason)
        #expect(reason.contains("no figure for Jan–Sep 2017"))
        #expect(reason.contains("Jan–Sep 2018 is a partial year"))
        #expect(reason.contains("2017 a full one"))
    }

    @Test func fullYearIsNeverComparedWithAPartialYear() throws {
        let rows = growthRows([
            try figure("t2017js", "trade_turnover", period: "January–September 2017", "$6.81 million"),
            try figure("t2018", "trade_turnover", period: "2018", "$9 million"),
        ])
        let r = try row("t2018", in: rows)
        #expect(r.comparison == .none)
        #expect(!r.flags.contains("partial"))
        let reason = try #require(r.reason)
        #expect(reason.contains("Jan–Sep 2017 is a partial year and 2018 a full one"))
    }

    @Test func partialYearComparesWithTheSameMonthsAYearEarlier() throws {
        let rows = growthRows([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("t2017js", "trade_turnover", period: "January–September 2017", "$6.81 million"),
            try figure("t2018js", "trade_turnover", period: "January–September 2018", "$8.34 million"),
        ])
        let r = try row("t2018js", in: rows)
        #expect(r.comparison == .yearOnYear)
        #expect(r.previous?.id == "t2017js", "the same months, never the full year 2017")
        #expect(r.years == 1)
        #expect(r.absoluteChange == 1_530_000)
        #expect(r.flags == ["partial"])
        #expect(close(r.percentChange, 1.53 / 6.81 * 100, within: 1e-9))
    }

    @Test("the same quarter, half or month a year earlier compares; another span does not",
          arguments: [
            ("2018-Q3", "2017-Q3", true), ("Q3 2018", "2017-Q3", true), ("2018-Q3", "2017-Q2", false),
            ("2018-Q3", "2018-Q2", false), ("H1 2019", "H1 2018", true), ("H1 2019", "2018-Q1", false),
            ("2022-02", "2021-02", true), ("February 2022", "2021-02", true), ("2022-02", "2021-03", false),
            ("2022-02", "2022-01", false), ("2022-10-04", "2021-10-04", true), ("2022-10-04", "2021-10-05", false),
          ])
    func sameSpanOnly(_ later: String, _ earlier: String, _ compares: Bool) throws {
        let rows = growthRows([
            try figure("early", "trade_turnover", period: earlier, "$1.5 million"),
            try figure("late", "trade_turnover", period: later, "$1.8 million"),
        ])
        let r = try row("late", in: rows)
        if compares {
            #expect(r.comparison == .yearOnYear)
            #expect(r.previous?.id == "early")
            #expect(r.percentChange == 20)
        } else {
            #expect(r.comparison == .none)
            #expect(r.previous == nil)
            #expect(r.percentChange == nil)
            #expect(r.reason?.contains("covers a different part of the calendar") == true, "\(r.reason ?? "no reason")")
        }
    }

    @Test func aGapGivesACompoundRateNeverAOneStepYearOnYear() throws {
        let rows = growthRows([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$11.7 million"),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.comparison == .compound)
        #expect(r.previous?.id == "t2017")
        #expect(r.years == 4)
        #expect(r.absoluteChange == 4_360_000)
        #expect(close(r.percentChange, 4.36 / 7.34 * 100, within: 1e-9))
        let cagr = try #require(r.cagr)
        #expect(close(cagr, (pow(11.7 / 7.34, 0.25) - 1) * 100, within: 1e-9))
        #expect(HumanNumber.fixed(cagr, significant: 4) == "12.36")
        #expect(HumanNumber.fixed(cagr, significant: r.significantDigits) == "12.4")
        #expect(!rows.contains { $0.comparison == .yearOnYear })
    }

    @Test func theNearestComparableEarlierPeriodIsChosen() throws {
        let base = [
            try figure("t2015", "trade_turnover", period: "2015", "$6 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("t2020js", "trade_turnover", period: "January–September 2020", "$9 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$11.7 million"),
        ]
        let r = try row("t2021", in: growthRows(base))
        #expect(r.previous?.id == "t2017", "the partial 2020 is not comparable; 2017 is nearer than 2015")
        #expect(r.years == 4)

        let withNearer = base + [try figure("t2019", "trade_turnover", period: "2019", "$10 million")]
        let r2 = try row("t2021", in: growthRows(withNearer))
        #expect(r2.previous?.id == "t2019")
        #expect(r2.comparison == .compound)
        #expect(r2.years == 2)
    }

    @Test("compound rate", arguments: [
        ("100", "121", 2, 10.0), ("100", "100", 3, 0.0), ("121", "100", 2, (1 / 1.1 - 1) * 100),
        ("7.34", "11.7", 4, (pow(11.7 / 7.34, 0.25) - 1) * 100), ("50", "100", 1, 100.0),
    ])
    func compoundRate(_ earlier: String, _ later: String, _ years: Int, _ percent: Double) {
        let rate = Growth.compoundRate(from: decimal(earlier), to: decimal(later), years: years)
        #expect(close(rate, percent, within: 1e-9), "\(rate)")
    }

    @Test func exactRatesComeOutExact() {
        #expect(Growth.compoundRate(from: 100, to: 121, years: 2) == 10)
        #expect(Growth.compoundRate(from: 100, to: 100, years: 5) == 0)
    }

    @Test func aZeroBaseHasNoPercentChange() throws {
        let rows = Growth.rows([try observation("a", "2020", 0), try observation("b", "2021", 5_000_000)])
        let r = try row("b", in: rows)
        #expect(r.comparison == .yearOnYear)
        #expect(r.absoluteChange == 5_000_000)
        #expect(r.percentChange == nil)
        #expect(r.cagr == nil)
        #expect(r.reason?.contains("earlier value is zero") == true)
    }

    @Test func aZeroBaseOverAGapHasNoRateEither() throws {
        let rows = Growth.rows([try observation("a", "2017", 0), try observation("b", "2021", 5_000_000)])
        let r = try row("b", in: rows)
        #expect(r.comparison == .compound)
        #expect(r.percentChange == nil && r.cagr == nil)
        #expect(r.reason?.contains("zero") == true)
    }

    @Test func aNegativeBaseHasNoPercentChange() throws {
        let rows = Growth.rows([try observation("a", "2020", -5), try observation("b", "2021", 10)])
        let r = try row("b", in: rows)
        #expect(r.absoluteChange == 15)
        #expect(r.percentChange == nil)
        #expect(r.reason?.contains("earlier value is negative") == true)
    }

    @Test("a later value that is not positive has no compound rate", arguments: ["0", "-20"])
    func laterNotPositive(_ later: String) throws {
        let rows = Growth.rows([try observation("a", "2017", 100), try observation("b", "2020", decimal(later))])
        let r = try row("b", in: rows)
        #expect(r.comparison == .compound)
        #expect(r.years == 3)
        #expect(r.percentChange == (decimal(later) - 100))
        #expect(r.cagr == nil)
        #expect(r.reason?.contains("later value is not positive") == true)
    }

    @Test func aFallToZeroYearOnYearNeedsNoReason() throws {
        let rows = Growth.rows([try observation("a", "2020", 100), try observation("b", "2021", 0)])
        let r = try row("b", in: rows)
        #expect(r.percentChange == -100)
        #expect(r.reason == nil)
    }

    @Test func aSingleDataPointHasNoEarlierFigure() throws {
        let rows = growthRows([try figure("t2021", "trade_turnover", period: "2021", "$11.7 million")])
        #expect(rows.count == 1)
        let r = try row("t2021", in: rows)
        #expect(r.comparison == .none)
        #expect(r.previous == nil && r.years == nil && r.absoluteChange == nil && r.percentChange == nil && r.cagr == nil)
        #expect(r.reason == "no earlier figure in this series")
        #expect(r.qualifier == .exact)
        #expect(r.significantDigits == 3)
    }

    @Test("qualifiers travel into the change", arguments: [
        ("estimated $10.4 million", "$11.7 million", Qualifier?.some(.exact), ["estimated"]),
        ("$10.4 million", "$11.7 million estimated", .exact, ["estimated"]),
        ("more than $10.4 million", "$11.7 million", .upperBound, ["bound"]),
        ("$10.4 million", "more than $11.7 million", .lowerBound, ["bound"]),
        ("up to $10.4 million", "$11.7 million", .lowerBound, ["bound"]),
        ("$10.4 million", "up to $11.7 million", .upperBound, ["bound"]),
        ("over $10.4 million", "up to $11.7 million", .upperBound, ["bound"]),
        ("over $10.4 million", "over $11.7 million", nil, ["bound"]),
        ("up to $10.4 million", "up to $11.7 million", nil, ["bound"]),
        ("about $10.4 million", "$11.7 million", .approximately, ["approximate"]),
        ("$10.4 million", "nearly $11.7 million", .approximately, ["approximate"]),
        ("about $10.4 million", "more than $11.7 million", .lowerBound, ["bound"]),
    ])
    func qualifiersTravel(_ earlier: String, _ later: String, _ qualifier: Qualifier?, _ flags: [String]) throws {
        let rows = growthRows([
            try figure("t2020", "trade_turnover", period: "2020", earlier),
            try figure("t2021", "trade_turnover", period: "2021", later),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.comparison == .yearOnYear)
        #expect(r.qualifier == qualifier)
        #expect(r.flags == flags)
        #expect(r.absoluteChange == 1_300_000, "the arithmetic is done on the stated values")
        if qualifier == nil {
            #expect(r.reason?.contains("bounds that pull the change in opposite directions") == true)
        } else {
            #expect(r.reason == nil)
        }
    }

    @Test func derivedInputsAreFlagged() throws {
        let rows = growthRows([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", comparedWith: "2016"),
        ])
        #expect(rows.count == 2, "the stated change is not a level")
        let r = try row("t2017", in: rows)
        #expect(r.comparison == .yearOnYear)
        #expect(r.previous?.id == "trade_turnover~2016")
        #expect(r.previous?.isDerived == true)
        #expect(r.flags == ["derived"])
        #expect(close(r.percentChange, 26.55, within: 1e-9))
        let derived = try row("trade_turnover~2016", in: rows)
        #expect(derived.flags == ["derived"])
        #expect(derived.comparison == .none)
    }

    @Test func aReportedFigureIsPreferredOverADerivedOneAtTheSameDistance() throws {
        // The derived id sorts first, so only the reported-first rule picks the reported one.
        let rows = Growth.rows([
            try observation("a-derived", "2020", 11, derived: true),
            try observation("z-reported", "2020", 10),
            try observation("t2021", "2021", 12),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.previous?.id == "z-reported")
        #expect(!r.flags.contains("derived"))
        #expect(r.percentChange == 20)
    }

    @Test func aNearerDerivedFigureBeatsAFartherReportedOne() throws {
        let rows = Growth.rows([
            try observation("r2019", "2019", 10),
            try observation("d2020", "2020", 11, derived: true),
            try observation("t2021", "2021", 12),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.previous?.id == "d2020")
        #expect(r.comparison == .yearOnYear)
        #expect(r.flags == ["derived"])
    }

    @Test func differentUnitsAreSeparateSeriesAndNeverCompared() throws {
        let rows = growthRows([
            try figure("officers2020", "personnel_trained", period: "2020", "120 officers", direction: .toPartner),
            try figure("units2021", "personnel_trained", period: "2021", "130 units", direction: .toPartner),
            try figure("usd2020", "trade_turnover", period: "2020", "$10 million"),
            try figure("azn2021", "trade_turnover", period: "2021", "AZN 12 million"),
        ])
        #expect(rows.count == 4)
        #expect(Set(rows.map(\.observation.key.unit)) == ["officers", "units", "USD", "AZN"])
        #expect(Set(rows.map(\.observation.key)).count == 4)
        for r in rows {
            #expect(r.comparison == .none, "\(r.observation.id)")
            #expect(r.previous == nil)
            #expect(r.reason == "no earlier figure in this series")
        }
    }

    @Test func windowsAreNeverComparedAndSayWhy() throws {
        let rows = growthRows([
            try figure("w2021", "personnel_trained", period: "the past ten years", "120 officers",
                       direction: .toPartner, asOf: "2021-10-04"),
            try figure("w2022", "personnel_trained", period: "the past ten years", "over a hundred officers",
                       direction: .toPartner, asOf: "2022-10-04"),
            try figure("y2023", "personnel_trained", period: "2023", "40 officers", direction: .toPartner),
        ])
        #expect(rows.count == 3)
        let w = try row("w2022", in: rows)
        #expect(w.observation.period.isWindow)
        #expect(w.comparison == .none)
        #expect(w.previous == nil)
        let reason = try #require(w.reason)
        #expect(reason.contains("window"))
        #expect(reason.contains("not compared"))
        #expect(try row("w2021", in: rows).reason?.contains("window") == true)
        let year = try row("y2023", in: rows)
        #expect(year.comparison == .none, "a year is not compared with a window either")
        #expect(year.reason == "the earlier figures in this series are windows counted back from a date; windows are not compared")
        #expect(try row("w2021", in: rows).reason?.hasPrefix("~2011-10/2021-10 is a window") == true)
    }

    @Test func rowsAreOrderedBySeriesThenPeriod() throws {
        let rows = growthRows([
            try figure("t2021", "trade_turnover", period: "2021", "$11.7 million"),
            try figure("o2020", "personnel_trained", period: "2020", "120 officers", direction: .toPartner),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
        ])
        #expect(rows.map(\.observation.id) == ["o2020", "t2017", "t2021"])
    }
}

// MARK: - Qualifier algebra

@Suite("QualifierAlgebra")
struct AnalysisQualifierAlgebraTests {
    @Test("bounds follow the sign of their effect; bounds pulling both ways say nothing", arguments: [
        ([], Qualifier?.some(.exact)),
        ([(Qualifier.exact, 1)], .exact),
        ([(.exact, 1), (.exact, -1)], .exact),
        ([(.approximately, 1)], .approximately),
        ([(.nearly, -1)], .approximately),
        ([(.exact, 1), (.approximately, -1)], .approximately),
        ([(.lowerBound, 1)], .lowerBound),
        ([(.lowerBound, -1)], .upperBound),
        ([(.upperBound, 1)], .upperBound),
        ([(.upperBound, -1)], .lowerBound),
        ([(.lowerBound, 1), (.upperBound, -1)], .lowerBound),
        ([(.upperBound, 1), (.lowerBound, -1)], .upperBound),
        ([(.lowerBound, 1), (.lowerBound, 1)], .lowerBound),
        ([(.lowerBound, 1), (.lowerBound, -1)], nil),
        ([(.upperBound, 1), (.upperBound, -1)], nil),
        ([(.lowerBound, 1), (.upperBound, 1)], nil),
        ([(.lowerBound, 1), (.approximately, 1)], .lowerBound),
        ([(.exact, 1), (.upperBound, -1), (.nearly, 1)], .lowerBound),
    ] as [([(Qualifier, Int)], Qualifier?)])
    func combine(_ inputs: [(Qualifier, Int)], _ expected: Qualifier?) {
        let result = QualifierAlgebra.combine(inputs.map { (qualifier: $0.0, effect: $0.1) })
        #expect(result == expected)
    }
}

// MARK: - Precision and display

@Suite("Precision")
struct AnalysisPrecisionTests: AnalysisFixtures {
    @Test("significant digits", arguments: [
        ("11.7", 3), ("11700000", 3), ("7.34", 3), ("26.55", 4), ("-22.46", 4), ("2000000", 1), ("100", 1),
        ("101", 3), ("110", 2), ("0.05", 1), ("0.0501", 3), ("1640000", 3), ("0", 1), ("1", 1), ("12345678", 8),
    ])
    func significantDigits(_ text: String, _ digits: Int) {
        #expect(decimal(text).significantDigits == digits)
    }

    @Test func trailingZerosAfterThePointAreNotKept() {
        // "$5.80 million" is read as 5800000: the written zero is not a significant digit any more.
        #expect(decimal("5.80").significantDigits == 2)
    }

    @Test("rounded to significant digits, half away from zero", arguments: [
        ("5800079.0201", 3, "5800000"), ("1234.5", 2, "1200"), ("0.012345", 2, "0.012"), ("12.35", 3, "12.4"),
        ("-12.35", 3, "-12.4"), ("12.34", 3, "12.3"), ("999.6", 3, "1000"), ("123.456", 5, "123.46"), ("0", 3, "0"),
        ("6810387.065", 3, "6810000"), ("1640000", 3, "1640000"), ("0.5", 1, "0.5"), ("25", 1, "30"),
    ])
    func roundedSignificant(_ text: String, _ count: Int, _ expected: String) {
        #expect(decimal(text).rounded(significant: count) == decimal(expected))
    }

    @Test("human numbers", arguments: [
        ("5800079.0201", 3, "5.80 million"), ("6810387.065", 3, "6.81 million"), ("1640000", 3, "1.64 million"),
        ("12.3631", 3, "12.4"), ("1600000000", 2, "1.6 billion"), ("999999", 3, "1.00 million"), ("-1700000", 2, "-1.7 million"),
        ("0", 3, "0"), ("950", 3, "950"), ("1234", 2, "1200"), ("7340000", 3, "7.34 million"), ("0.0123", 2, "0.012"),
        ("9.996", 3, "10.0"),
    ])
    func format(_ text: String, _ significant: Int, _ expected: String) {
        #expect(HumanNumber.format(decimal(text), significant: significant) == expected)
    }

    @Test("fixed decimals", arguments: [
        ("5.8", 3, "5.80"), ("12.36", 3, "12.4"), ("1640000", 3, "1640000"), ("0.5", 2, "0.50"), ("10", 4, "10.00"),
        ("0.012345", 2, "0.012"), ("-5.8", 3, "-5.80"), ("0", 3, "0"), ("26.55", 4, "26.55"), ("12.3631", 4, "12.36"),
        ("9.996", 3, "10.0"), ("99.96", 3, "100"), ("-9.996", 3, "-10.0"),
    ])
    func fixed(_ text: String, _ significant: Int, _ expected: String) {
        #expect(HumanNumber.fixed(decimal(text), significant: significant) == expected)
    }
}

// MARK: - Comparable periods

@Suite("Period comparison")
struct AnalysisPeriodComparisonTests: AnalysisFixtures {
    @Test("shifted by whole years", arguments: [
        ("2021", -1, "2020", "2020-12-31"), ("January–September 2018", -1, "2017-01/2017-09", "2017-09-30"),
        ("2018-Q3", -1, "2017-Q3", "2017-09-30"), ("2024-02", 1, "2025-02", "2025-02-28"), ("2023-02", 1, "2024-02", "2024-02-29"),
        ("2024-02-29", 4, "2028-02-29", "2028-02-29"), ("2024-02-29", -4, "2020-02-29", "2020-02-29"),
        ("2022-10-04", -1, "2021-10-04", "2021-10-04"), ("about 2020", 1, "~2021", "2021-12-31"),
        ("winter 1995", 1, "~1996-12/1997-02", "1997-02-28"),
    ])
    func shifted(_ text: String, _ years: Int, _ label: String, _ end: String) throws {
        let moved = try #require(try period(text).shifted(years: years))
        #expect(moved.label == label)
        #expect(moved.end.description == end)
        #expect(moved.granularity == (try period(text)).granularity)
    }

    @Test("29 February has no counterpart in a common year", arguments: [1, -1, 2, 3, 76])
    func leapDay(_ years: Int) throws {
        #expect(try period("2024-02-29").shifted(years: years) == nil)
    }

    @Test func windowsStayWindows() throws {
        let window = try period("the past ten years", reference: "2022-10-04")
        let moved = try #require(window.shifted(years: -1))
        #expect(moved.isWindow && moved.isApproximate)
    }

    @Test("whole years after an earlier period of the same span", arguments: [
        ("2021", "2020", Int?.some(1)), ("2021", "2017", 4), ("2017", "2021", nil), ("2021", "2021", nil),
        ("January–September 2018", "2017", nil), ("2018", "January–September 2017", nil),
        ("January–September 2018", "January–September 2017", 1), ("2018-Q3", "2017-Q3", 1), ("2018-Q3", "2015-Q3", 3),
        ("2018-Q3", "2017-Q4", nil), ("2022-02", "2021-02", 1), ("2024-02", "2023-02", 1),
        ("2028-02-29", "2024-02-29", 4), ("2025-02-28", "2024-02-29", nil), ("2024-02-29", "2023-02-28", nil),
        ("2010–2019", "2000–2009", 10), ("1992–2022", "1991–2021", 1),
    ])
    func yearsAfter(_ later: String, _ earlier: String, _ years: Int?) throws {
        #expect(try period(later).yearsAfter(try period(earlier)) == years)
    }

    @Test func windowsHaveNoYearsAfter() throws {
        let w2022 = try period("the past ten years", reference: "2022-10-04")
        let w2021 = try period("the past ten years", reference: "2021-10-04")
        #expect(w2022.yearsAfter(w2021) == nil)
        #expect(try period("2023").yearsAfter(w2021) == nil)
        #expect(w2022.yearsAfter(try period("2011")) == nil)
    }

    @Test("partial years", arguments: [
        ("2021", false), ("1992–2022", false), ("the 1990s", false), ("about 2020", false),
        ("January–September 2018", true), ("2018-Q3", true), ("2022-02", true), ("2022-10-04", true), ("H1 2018", true),
        ("winter 1995", true), ("January–December 2018", false),
    ])
    func isPartialYear(_ text: String, _ partial: Bool) throws {
        #expect(try period(text).isPartialYear == partial)
    }

    @Test("short names", arguments: [
        ("2017", "2017"), ("January–September 2018", "Jan–Sep 2018"), ("2022-02", "Feb 2022"),
        // A quarter is named by its months (the doc comment's example says "2018-Q3").
        ("2018-Q3", "Jul–Sep 2018"), ("H1 2018", "Jan–Jun 2018"), ("1992–2022", "1992/2022"),
        ("2022-10-04", "2022-10-04"), ("about 2020", "~2020"), ("winter 1995", "~1995-12/1996-02"),
    ])
    func shortName(_ text: String, _ name: String) throws {
        #expect(try period(text).shortName == name)
    }
}
