@testable import BilatCore
import Foundation
import Testing

/// Valid but extreme data ($0, 38 digits, year 9999, shared source ids) reaches the analysis without a trap.
///
/// Each case here crashed the process (SIGILL or SIGTRAP) before the analysis guarded it.
@Suite struct DataTrapTests: AnalysisFixtures {
    /// Turnover implied from exports and imports when one of them (or both) is $0: the digits of a zero input
    /// were taken from log10(0) = -inf, converted to Int.
    @Test(arguments: [("0 USD", "5 million USD", "5000000"), ("5 million USD", "0 USD", "5000000"), ("0 USD", "0 USD", "0")])
    func aZeroPartStillImpliesItsTotal(exports: String, imports: String, total: String) throws {
        let figures = [
            try figure("x", "exports", period: "2021", exports, direction: .toPartner),
            try figure("m", "imports", period: "2021", imports, direction: .fromPartner),
        ]
        let derived = ImpliedFigures.derive(from: dataset(figures), reported: Observation.reported(in: dataset(figures)))
        let turnover = try #require(derived.first { $0.key.indicator == "trade_turnover" })
        #expect(turnover.value == decimal(total))
        #expect(turnover.significantDigits >= 1)
    }

    /// A $0 total with a $0 part implies the other part as $0; a $0 stated level implies nothing across a change.
    @Test func aZeroTotalImpliesAZeroPart() throws {
        let figures = [
            try figure("t", "trade_turnover", period: "2021", "0 USD"),
            try figure("x", "exports", period: "2021", "0 USD", direction: .toPartner),
        ]
        let derived = ImpliedFigures.derive(from: dataset(figures), reported: Observation.reported(in: dataset(figures)))
        #expect(derived.map(\.value) == [0])
        #expect(derived.map(\.key.indicator) == ["imports"])
    }

    /// Two sources with one id (a dataset pair merged by hand, or a store across datasets) must not trap
    /// `Dictionary(uniqueKeysWithValues:)`; the first source of that id is the one checked against.
    @Test func duplicateSourceIDsDoNotTrapTheChecks() throws {
        let early = Source(id: "a", publisher: "P", title: "early", published: try period("2020-01-01"))
        let late = Source(id: "a", publisher: "P", title: "late", published: try period("2030-01-01"))
        let figures = [try figure("f", "trade_turnover", period: "2025", "1 million USD")]
        let findings = Checks.run(dataset(figures, sources: [early, late]))
        #expect(findings.map(\.kind) == [.datedAfterSource])
    }

    /// Where rounding of a stated change cannot be bounded (the earlier level's range reaches zero),
    /// the check still runs; it used to divide by zero and format the NaN.
    @Test func aStatedChangeAgainstALevelWhoseRangeReachesZeroDoesNotTrap() throws {
        let key = turnoverKey
        let start = Observation(id: "s", key: key, period: try period("2020"), value: 5, qualifier: .exact,
                                isEstimated: false, significantDigits: 0, sourceIDs: ["a"])
        let end = Observation(id: "e", key: key, period: try period("2021"), value: 100, qualifier: .exact,
                              isEstimated: false, significantDigits: 3, sourceIDs: ["a"])
        let change = try figure("c", "trade_turnover", period: "2021", "-50%", comparedWith: "2020")
        let findings = Checks.run(dataset([change]), reported: [start, end])
        for finding in findings { #expect(!finding.message.contains("NaN")) }
    }

    /// The order of magnitude of a value, and every place that formats or rounds, on values with none.
    @Test(arguments: [
        ("0", nil), ("345", 2), ("-0.012", -2), ("1", 0), ("99999999999999999999999999999999999999", 37),
        ("0.00000000000000000000000000000000000001", -38),
    ] as [(String, Int?)])
    func leadingPower(text: String, power: Int?) {
        #expect(decimal(text).leadingPower == power)
    }

    @Test(arguments: [Decimal.nan, 0, Decimal(string: "-0.000000000000000000000000000000000001")!,
                      Decimal(string: "99999999999999999999999999999999999999")!,
                      Decimal(sign: .plus, exponent: 120, significand: 9)])
    func roundingAndFormattingNeverTrap(value: Decimal) {
        _ = value.rounded(significant: 3)
        _ = HumanNumber.fixed(value, significant: 3)
        _ = HumanNumber.format(value, significant: 38)
        _ = Checks.halfUnit(value)
    }

    /// Growth whose ratio leaves Decimal's range (about 10^165) says so instead of printing NaN or a 0 % CAGR.
    @Test func growthBeyondDecimalRangeGivesAReasonNotANumber() throws {
        let tiny = Decimal(sign: .plus, exponent: -120, significand: 1)
        let huge = Decimal(sign: .plus, exponent: 100, significand: 1)
        let rows = Growth.rows([try observation("a", "2019", tiny), try observation("b", "2021", huge)])
        let later = try row("b", in: rows)
        #expect(later.percentChange == nil)
        #expect(later.cagr == nil)
        #expect(later.reason?.contains("too large") == true)
    }

    /// Periods at the ends of the calendar: growth, shifting and comparison stay inside years 1–9999.
    @Test(arguments: ["0001", "9999", "9999-12", "9999-12-31", "0001-01-01", "9999-Q4", "0001/9999"])
    func periodsAtTheEndsOfTheCalendar(text: String) throws {
        let p = try period(text)
        #expect(p.shifted(years: 1) == nil || p.end.year < 9999)
        #expect(p.shifted(years: -1) == nil || p.start.year > 1)
        let rows = Growth.rows([try observation("a", text, 5), try observation("b", "2020", 7)])
        #expect(rows.count == 2)
        _ = p.shortName
        _ = p.label
    }
}

/// The figure and period readers on hostile cell texts: a value or a located diagnostic, never a trap.
@Suite struct ReaderTrapTests {
    static let texts = [
        "", " ", "=", "5 Ελλάδα officers", "5 e\u{301}tudiants", "100 🇦🇿 officers or more", "100 officers or", "$", "$-",
        "99999999999999999999999999999999999999999 USD", "1e400 USD", "0.000000000000000000000000000000000000000001 USD",
        "dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen officers",
        "nine hundred ninety nine thousand million billion trillion USD", "-0 USD", "−5%", "+-5%", "about about 5 USD",
        "5 million million USD", "$5 trillion trillion", "\u{0}5 USD", "5\u{301} USD", "٥ USD", "５ USD", "5 " + String(repeating: "é", count: 400),
    ]
    static let periods = [
        "", "0000", "0001", "9999", "10000", "9999-12-31", "9999-13", "9999-Q5", "9999-H3", "0001-01-01", "the past 999 years",
        "the past 999 decades", "the 999 years to 0001", "the 1990s", "early 99th century", "late 1st century", "0000s", "9990s",
        "31 February 2020", "Q4 9999–Q1 10000", "2020–2019", "9999/0001", "the past 999 months", "H1", "Q3",
    ]

    @Test(arguments: texts)
    func quantityText(text: String) {
        do { _ = try QuantityReader.parse(text) } catch { #expect(!error.message.isEmpty) }
    }

    @Test(arguments: periods, [nil, "0001-01-01", "9999-12-31", "2022"] as [String?])
    func periodText(text: String, reference: String?) throws {
        let ref = try reference.map { try PeriodReader.parse($0) }
        do {
            let p = try PeriodReader.parse(text, reference: ref)
            #expect(p.start <= p.end)
        } catch {
            #expect(!error.message.isEmpty)
        }
    }
}
