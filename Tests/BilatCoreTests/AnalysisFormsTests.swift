@testable import BilatCore
import Foundation
import Testing

/// Ranges are intervals in checks, growth and implied figures; levels at a date are never paired with a calendar
/// period's figure; a share of a known total implies its part.
@Suite("Analysis of ranges, levels at a date and shares")
struct AnalysisFormsTests: AnalysisFixtures {
    // MARK: Ranges in checks

    @Test func aRangesTruthsRunFromItsLowEndToItsHighEnd() throws {
        let o = try #require(Observation.reported(in: dataset([try figure("r", "trade_turnover", period: "2021", "$17–25 million")])).first)
        let r = Checks.range(o)
        #expect(r.low == decimal("16500000"))
        #expect(r.high == decimal("25500000"))
        let about = try #require(Observation.reported(in: dataset([try figure("r", "trade_turnover", period: "2021", "about $17–25 million")])).first)
        #expect(Checks.range(about).low == decimal("15300000"))
        #expect(Checks.range(about).high == decimal("27500000"))
    }

    @Test("two sources conflict only when their intervals do not meet", arguments: [
        ("$17–25 million", "$20 million", false),
        ("$17–25 million", "$25 million", false),
        ("$17–25 million", "$31 million", true),
        ("$17–25 million", "$15 million", true),
        ("$17–25 million", "$24–30 million", false),
        ("$17–25 million", "$27–30 million", true),
        ("about $17–25 million", "$27 million", false),
        ("over $17–25 million", "$40 million", false),
    ])
    func conflictsBetweenRanges(_ a: String, _ b: String, _ conflict: Bool) throws {
        let found = Checks.run(dataset([
            try figure("a2021", "trade_turnover", period: "2021", a, source: "a"),
            try figure("b2021", "trade_turnover", period: "2021", b, source: "b"),
        ])).filter { $0.kind == .conflict }
        #expect(found.count == (conflict ? 1 : 0), "\(found.map(\.message))")
        if conflict, let f = found.first { #expect(f.message.contains("17000000–25000000"), "\(f.message)") }
    }

    @Test("a part larger than its total, with a range at either end", arguments: [
        ("$10–12 million", "$11 million", false),
        ("$13–14 million", "$11 million", true),
        ("$13 million", "$11–14 million", false),
        ("$16 million", "$11–14 million", true),
    ])
    func partsAndTotalsAsIntervals(_ part: String, _ total: String, _ exceeds: Bool) throws {
        let found = Checks.run(dataset([
            try figure("e2021", "exports", period: "2021", part, direction: .toPartner),
            try figure("t2021", "trade_turnover", period: "2021", total),
        ])).filter { $0.kind == .partExceedsTotal }
        #expect(found.count == (exceeds ? 1 : 0), "\(found.map(\.message))")
    }

    /// A range at one end makes the computed change an interval: $10 million (5–15 million with its rounding) to
    /// $17–25 million allows 10 % to 410 %, so a stated 5 % is contradicted and 100 % is not.
    @Test(arguments: [("5% increase", true), ("100% increase", false), ("400% increase", false), ("450% increase", true)])
    func aStatedChangeIsCheckedAgainstARangeAsAnInterval(_ stated: String, _ mismatch: Bool) throws {
        let found = Checks.run(dataset([
            try figure("t2020", "trade_turnover", period: "2020", "$10 million", source: "a"),
            try figure("t2021", "trade_turnover", period: "2021", "$17–25 million", source: "b"),
            try figure("c2021", "trade_turnover", period: "2021", stated, source: "c", comparedWith: "2020"),
        ]))
        #expect(found.filter { $0.kind == .statedChangeMismatch }.count == (mismatch ? 1 : 0), "\(found.map(\.message))")
    }

    // MARK: Ranges in growth

    @Test("growth from or to a range is an interval", arguments: [
        ("$10 million", "$12–15 million", "2000000", "5000000", "20", "50"),
        ("$10–12 million", "$15 million", "3000000", "5000000", "25", "50"),
        ("$10–12 million", "$15–18 million", "3000000", "8000000", "25", "80"),
    ])
    func growthOfRanges(_ earlier: String, _ later: String, _ absLow: String, _ absHigh: String, _ pctLow: String, _ pctHigh: String) throws {
        let rows = growthRows([
            try figure("t2020", "trade_turnover", period: "2020", earlier),
            try figure("t2021", "trade_turnover", period: "2021", later),
        ])
        let r = try row("t2021", in: rows)
        #expect(r.previous?.id == "t2020")
        #expect(r.absoluteChange == decimal(absLow))
        #expect(r.absoluteChangeHigh == decimal(absHigh))
        #expect(r.percentChange == decimal(pctLow))
        #expect(r.percentChangeHigh == decimal(pctHigh))
        #expect(r.flags.contains("range"))
    }

    @Test func compoundGrowthOfARangeHasTwoEnds() throws {
        let rows = growthRows([
            try figure("t2019", "trade_turnover", period: "2019", "$10 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$12.1–14.4 million"),
        ])
        let r = try row("t2021", in: rows)
        #expect(close(r.cagr, 10, within: 1e-9))
        #expect(close(r.cagrHigh, 20, within: 1e-9))
    }

    @Test func growthWithoutARangeHasNoHighEnds() throws {
        let r = try row("t2021", in: growthRows([
            try figure("t2020", "trade_turnover", period: "2020", "$10 million"),
            try figure("t2021", "trade_turnover", period: "2021", "$12 million"),
        ]))
        #expect(r.absoluteChangeHigh == nil && r.percentChangeHigh == nil && r.cagrHigh == nil)
        #expect(!r.flags.contains("range"))
    }

    @Test func aCompositionWithARangeIsARange() throws {
        let implied = observations(dataset([
            try figure("e2021", "exports", period: "2021", "$10–12 million", direction: .toPartner),
            try figure("i2021", "imports", period: "2021", "$5 million", direction: .fromPartner),
        ])).filter(\.isDerived)
        let total = try #require(implied.first { $0.key.indicator == "trade_turnover" })
        #expect(total.value == decimal("15000000"))
        #expect(total.high == decimal("17000000"))
        let part = try #require(observations(dataset([
            try figure("t2021", "trade_turnover", period: "2021", "$20–22 million"),
            try figure("e2021", "exports", period: "2021", "$10–12 million", direction: .toPartner),
        ])).first { $0.isDerived && $0.key.indicator == "imports" })
        #expect(part.value == decimal("8000000"))
        #expect(part.high == decimal("12000000"))
    }

    // MARK: Levels at a date

    /// A level at a date and a calendar year's figure of the same period: never one series, never a conflict,
    /// never the base of a stated change.
    @Test func aLevelIsNeverPairedWithACalendarYear() throws {
        let figures = [
            try figure("t2022", "trade_turnover", period: "2022", "$25 million", source: "a"),
            try figure("now", "trade_turnover", period: "2022", "current trade of $31 million", source: "b"),
            try figure("t2023", "trade_turnover", period: "2023", "$35 million", source: "a"),
            try figure("c2023", "trade_turnover", period: "2023", "40% increase", source: "c", comparedWith: "2022"),
        ]
        let d = dataset(figures)
        let reported = Observation.reported(in: d)
        let level = try #require(reported.first { $0.id == "now" })
        #expect(level.key.isLevelAtDate)
        #expect(level.key.label.contains("level at a date"))
        #expect(reported.first { $0.id == "t2022" }?.key != level.key)

        let findings = Checks.run(d)
        #expect(findings.filter { $0.kind == .conflict || $0.kind == .statedChangeMismatch }.isEmpty, "\(findings.map(\.message))")

        let rows = growthRows(figures)
        #expect(try row("now", in: rows).previous == nil)
        #expect(try row("t2023", in: rows).previous?.id == "t2022")
        #expect(rows.allSatisfy { $0.previous?.id != "now" })
    }

    /// The values of the test above, both as calendar figures, do conflict: the level is kept apart, not lucky.
    @Test func theSameValuesAsCalendarYearsConflict() throws {
        let asYears = Checks.run(dataset([
            try figure("a", "trade_turnover", period: "2022", "$25 million", source: "a"),
            try figure("b", "trade_turnover", period: "2022", "$31 million", source: "b"),
        ]))
        #expect(asYears.contains { $0.kind == .conflict })
    }

    @Test func levelsAtADateCompareWithEachOther() throws {
        let rows = growthRows([
            try figure("l2021", "trade_turnover", period: "2021", "current trade of $20 million"),
            try figure("l2022", "trade_turnover", period: "2022", "$25 million a year"),
        ])
        let r = try row("l2022", in: rows)
        #expect(r.previous?.id == "l2021")
        #expect(r.percentChange == decimal("25"))
        let atADay = try row("now", in: growthRows([try figure("now", "trade_turnover", period: "2022-10-04", "currently $20 million")]))
        #expect(!atADay.flags.contains("partial"), "a level at a date is no part of a year")
    }

    @Test func aLevelIsNoPartOfACalendarTotal() throws {
        let implied = observations(dataset([
            try figure("t2022", "trade_turnover", period: "2022", "$25 million"),
            try figure("e2022", "exports", period: "2022", "current exports of $10 million", direction: .toPartner),
        ])).filter(\.isDerived)
        #expect(implied.isEmpty, "\(implied.map(\.id))")
    }

    // MARK: Shares

    @Test func aShareOfAKnownTotalImpliesThePart() throws {
        let d = dataset([
            try figure("t2021", "trade_turnover", period: "2021", "$20 million"),
            try figure("s2021", "exports", period: "2021", "90% of the trade", direction: .toPartner),
        ])
        let reported = Observation.reported(in: d)
        #expect(reported.map(\.id) == ["t2021"], "a share is no level")
        let part = try #require(ImpliedFigures.derive(from: d, reported: reported).first { $0.derivation?.inputs.contains("s2021") == true })
        #expect(part.key.indicator == "exports")
        #expect(part.key.direction == .toPartner)
        #expect(part.key.unit == "USD")
        #expect(part.value == decimal("18000000"))
        #expect(part.qualifier == .exact)
        #expect(part.derivation?.formula == "90% × t2021 [share s2021 of trade_turnover]")
        #expect(part.derivation?.inputs == ["s2021", "t2021"])
        #expect(part.sourceIDs == ["a"])
    }

    @Test("a share's part takes the total's range and both qualifiers", arguments: [
        ("$20 million", "90% of the trade", "18000000", nil as String?, Qualifier.exact),
        ("$20–30 million", "90% of the trade", "18000000", "27000000", .exact),
        ("about $20 million", "90% of the trade", "18000000", nil, .approximately),
        ("$20 million", "over 90% of the trade", "18000000", nil, .lowerBound),
    ])
    func sharesOfTotals(_ total: String, _ share: String, _ value: String, _ high: String?, _ qualifier: Qualifier) throws {
        let part = try #require(observations(dataset([
            try figure("t2021", "trade_turnover", period: "2021", total),
            try figure("s2021", "exports", period: "2021", share, direction: .toPartner),
        ])).first { $0.derivation?.inputs.contains("s2021") == true })
        #expect(part.value == decimal(value))
        #expect(part.high == high.map(decimal))
        #expect(part.qualifier == qualifier)
    }

    @Test func aShareOfASubjectIsOfTheWholeTotal() throws {
        let part = try #require(observations(dataset([
            try figure("e2021", "exports", period: "2021", "$10 million", direction: .toPartner),
            try figure("rice", "exports", period: "2021", "40% of exports", direction: .toPartner, subject: "rice"),
        ])).first { $0.derivation?.inputs.contains("rice") == true })
        #expect(part.key.subject == "rice")
        #expect(part.value == decimal("4000000"))
    }

    @Test func aTwoWayTotalOfEitherReporterServes() throws {
        let part = try #require(observations(dataset([
            try figure("t2021", "trade_turnover", period: "2021", "$20 million", reporter: "PAK", partner: "AZE"),
            try figure("s2021", "exports", period: "2021", "90% of the trade", direction: .toPartner),
        ])).first { $0.derivation?.inputs.contains("s2021") == true })
        #expect(part.key.reporter == "AZE")
        #expect(part.value == decimal("18000000"))
    }

    @Test("without its total for the same parties and period, a share implies nothing", arguments: [
        ("2020", "trade_turnover", Direction.both),
        ("2021", "imports", .fromPartner),
    ])
    func aShareWithoutItsTotal(_ totalPeriod: String, _ totalIndicator: String, _ direction: Direction) throws {
        let implied = observations(dataset([
            try figure("t", totalIndicator, period: totalPeriod, "$20 million", direction: direction),
            try figure("s2021", "exports", period: "2021", "90% of the trade", direction: .toPartner),
        ])).filter { $0.derivation?.inputs.contains("s2021") == true }
        #expect(implied.isEmpty)
    }

    @Test func aReportedPartIsNeverReplacedByTheShare() throws {
        let derived = observations(dataset([
            try figure("t2021", "trade_turnover", period: "2021", "$20 million"),
            try figure("e2021", "exports", period: "2021", "$17 million", direction: .toPartner),
            try figure("s2021", "exports", period: "2021", "90% of the trade", direction: .toPartner),
        ])).filter(\.isDerived)
        #expect(!derived.contains { $0.derivation?.inputs.contains("s2021") == true })
    }
}
