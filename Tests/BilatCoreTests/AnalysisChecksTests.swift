@testable import BilatCore
import Foundation
import BilatTestSupport
import Testing

// Checks: disagreements an analyst must see before quoting a number.

@Suite("Checks")
struct AnalysisChecksTests: AnalysisFixtures {
    func findings(_ figures: [Figure], sources: [Source]? = nil, statuses: [DealStatus] = [],
                  accepted: [AcceptedFinding] = [], locations: [String: BilatCore.SourceLocation] = [:]) -> [Finding] {
        Checks.run(dataset(figures, sources: sources, statuses: statuses, accepted: accepted, locations: locations))
    }

    func only(_ kind: Finding.Kind, _ all: [Finding]) -> [Finding] { all.filter { $0.kind == kind } }

    // MARK: Stated change mismatch

    @Test("a stated change is checked against its two ends, within rounding", arguments: [
        ("$104 million", "$110 million", "26% increase", true),
        ("$104 million", "$110 million", "12% increase", true),
        // "$110 million" has two significant digits (±5 million), so 8 % is within rounding.
        ("$104 million", "$110 million", "8% increase", false),
        ("$104 million", "$110 million", "5.77% increase", false),
        ("$104 million", "$110 million", "6% increase", false),
        ("$101", "$110", "26% increase", true),
        ("$100", "$110", "10% increase", false),
        // "$100" has one significant digit, so it may stand for anything from 50 to 150.
        ("$100", "$110", "26% increase", false),
        ("$5.80 million", "$7.34 million", "26.55% increase", false),
        ("$110 million", "$104 million", "a 5.45% drop", false),
        ("$110 million", "$104 million", "a 20% drop", true),
        ("$110 million", "$104 million", "5.45% increase", true),
        // Qualified values widen the range: "about" is ±10 %, a floor has no ceiling.
        ("about $104 million", "$110 million", "26% increase", true),
        ("about $104 million", "$110 million", "20% increase", false),
        ("$104 million", "more than $110 million", "26% increase", false),
        ("$104 million", "up to $110 million", "26% increase", true),
        ("$104 million", "$110 million", "about 26% increase", true),
        ("$104 million", "$110 million", "about 10% increase", false),
    ])
    func statedChange(_ earlier: String, _ later: String, _ change: String, _ mismatch: Bool) throws {
        let all = findings([
            try figure("t2016", "trade_turnover", period: "2016", earlier, source: "a"),
            try figure("t2017", "trade_turnover", period: "2017", later, source: "b"),
            try figure("c2017", "trade_turnover", period: "2017", change, source: "c", comparedWith: "2016"),
        ])
        let found = only(.statedChangeMismatch, all)
        #expect(found.count == (mismatch ? 1 : 0), "\(found.map(\.message))")
        #expect(all.count == found.count, "no other finding: \(all.map(\.message))")
        guard let f = found.first else { return }
        #expect(f.severity == .error)
        #expect(f.subjects == ["c2017", "t2016", "t2017"])
        #expect(f.id == "stated-change-mismatch:c2017+t2016+t2017")
        #expect(f.sourceIDs == ["a", "b", "c"])
        for name in ["c2017", "t2016", "t2017", change] { #expect(f.message.contains(name), "\(f.message)") }
    }

    @Test func aMismatchMessageGivesTheComputedChange() throws {
        let f = try #require(findings([
            try figure("t2016", "trade_turnover", period: "2016", "$104 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$110 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26% increase", comparedWith: "2016"),
        ]).first)
        #expect(f.message.contains("from 2016 to 2017"))
        #expect(f.message.contains("give 5.769 %"), "\(f.message)")
    }

    @Test("a qualified stated change holds when some change its ends allow is one it allows", arguments: [
        // $10.0 million to $25.0 million: 148.3 to 151.8 % within rounding.
        ("$10.0 million", "$25.0 million", "over 140% increase", false),
        ("$10.0 million", "$25.0 million", "more than 150% increase", false),
        ("$10.0 million", "$25.0 million", "over 160% increase", true),
        ("$10.0 million", "$25.0 million", "about 150% increase", false),
        ("$10.0 million", "$25.0 million", "about 200% increase", true),
        ("$10.0 million", "$25.0 million", "nearly 150% increase", false),
        ("$10.0 million", "$25.0 million", "nearly 200% increase", true),
        ("$10.0 million", "$25.0 million", "up to 150% increase", false),
        ("$10.0 million", "up to $25.0 million", "over 160% increase", true),
        ("$10.0 million", "$25.0 million", "up to 120% increase", true),
        // A qualified level widens the computed range: about $10 million is 9 to 11 million.
        ("about $10 million", "$25.0 million", "about 170% increase", false),
        ("$10.0 million", "$25.0 million", "about 170% increase", true),
        ("more than $10.0 million", "$25.0 million", "about 100% increase", false),
        ("more than $10.0 million", "$25.0 million", "about 200% increase", true),
        // Falls: the qualifier bounds the size of the fall. $25.0 million to $10.0 million is −60.3 to −59.7 %.
        ("$25.0 million", "$10.0 million", "a 60% drop", false),
        ("$25.0 million", "$10.0 million", "nearly 60% drop", false),
        ("$25.0 million", "$10.0 million", "nearly 70% drop", true),
        ("$25.0 million", "$10.0 million", "over 50% drop", false),
        ("$25.0 million", "$10.0 million", "over 70% drop", true),
        ("$25.0 million", "$10.0 million", "about 30% drop", true),
    ])
    func qualifiedStatedChange(_ earlier: String, _ later: String, _ change: String, _ mismatch: Bool) throws {
        let all = findings([
            try figure("t2016", "trade_turnover", period: "2016", earlier, source: "a"),
            try figure("t2017", "trade_turnover", period: "2017", later, source: "b"),
            try figure("c2017", "trade_turnover", period: "2017", change, source: "c", comparedWith: "2016"),
        ])
        #expect(all.map(\.kind) == (mismatch ? [.statedChangeMismatch] : []), "\(all.map(\.message))")
        guard let f = all.first else { return }
        #expect(f.message.contains("rounding and qualifiers allow"), "\(f.message)")
        #expect(f.message.contains("\(change) allows"), "\(f.message)")
    }

    @Test func aQualifiedMismatchSaysWhatEachSideAllows() throws {
        let f = try #require(findings([
            try figure("t2016", "trade_turnover", period: "2016", "$10.0 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$25.0 million"),
            try figure("c2017", "trade_turnover", period: "2017", "over 160% increase", comparedWith: "2016"),
        ]).first)
        #expect(f.message.hasSuffix("give 150.0 % (rounding and qualifiers allow 148.3 to 151.8 %; over 160% increase allows 155.0 % or more)"),
                "\(f.message)")
    }

    // MARK: Stated changes that cannot be checked

    @Test("a stated change that can be neither checked nor used says why", arguments: [
        // (levels, change, the reason's words); levels are "period text".
        ([String](), "26.55% increase", "no figure of its series is stored for 2016 or 2017"),
        (["2016 $0", "2017 $7.34 million"], "26.55% increase", "t2016 is zero"),
        (["2017 $7.34 million"], "a 100% drop", "a fall of 100 % or more"),
        (["2016 $5 million"], "a 100% drop", "a fall of 100 % or more"),
        (["2017 more than $7.34 million"], "over 20% increase", "pull opposite ways"),
    ])
    func anUncheckableChangeIsANote(_ levels: [String], _ change: String, _ reason: String) throws {
        var figures = try levels.map { text in
            let year = String(text.prefix(4))
            return try figure("t\(year)", "trade_turnover", period: year, String(text.dropFirst(5)), source: "a")
        }
        figures.append(try figure("c2017", "trade_turnover", period: "2017", change, source: "b", comparedWith: "2016"))
        let all = findings(figures)
        #expect(all.count == 1, "\(all.map(\.message))")
        let f = try #require(all.first)
        #expect(f.kind == .statedChangeUnchecked)
        #expect(f.severity == .note)
        #expect(f.subjects.contains("c2017"))
        #expect(f.message.contains("cannot be checked: "), "\(f.message)")
        #expect(f.message.contains(reason), "\(f.message)")
    }

    @Test("a stated change with one end stored implies the other and is not a finding", arguments: [
        ("2017", "$7.34 million"), ("2016", "$5.8 million"), ("2017", "about $7 million"), ("2016", "more than $5 million"),
    ])
    func aChangeWithOneEndIsUsed(_ period: String, _ level: String) throws {
        #expect(findings([
            try figure("t", "trade_turnover", period: period, level, source: "a"),
            try figure("c2017", "trade_turnover", period: "2017", "26.55% increase", source: "b", comparedWith: "2016"),
        ]).isEmpty)
    }

    // MARK: Conflicts

    @Test("two sources on one series and period conflict only beyond rounding and qualifiers", arguments: [
        ("$11.7 million", "$12.5 million", true),
        ("$11.7 million", "$11.74 million", false),
        ("$11.7 million", "about $12 million", false),
        ("more than $10 million", "$11.7 million", false),
        ("more than $12 million", "$10.5 million", true),
        ("up to $10.5 million", "$11.7 million", true),
        ("up to $12 million", "$11.7 million", false),
        ("nearly $12 million", "$12.6 million", true),
        ("nearly $12 million", "$11.2 million", false),
        ("more than $10 million", "more than $20 million", false),
    ])
    func conflict(_ a: String, _ b: String, _ conflicts: Bool) throws {
        let all = findings([
            try figure("x", "trade_turnover", period: "2021", a, source: "a"),
            try figure("y", "trade_turnover", period: "2021", b, source: "b"),
        ])
        let found = only(.conflict, all)
        #expect(found.count == (conflicts ? 1 : 0), "\(found.map(\.message))")
        #expect(all.count == found.count, "no other finding: \(all.map(\.message))")
        guard let f = found.first else { return }
        #expect(f.severity == .error)
        #expect(f.id == "conflict:x+y")
        #expect(f.sourceIDs == ["a", "b"])
        #expect(f.message.contains("a reports"), "\(f.message)")
        #expect(f.message.contains("b reports"), "\(f.message)")
    }

    @Test("a difference that truncation explains is a note", arguments: [
        ("$13.2 million", "$13.283 million", Finding.Kind.truncated),
        ("$13.283 million", "$13.2 million", .truncated),
        ("$13 million", "$13.9 million", .truncated),
        ("13,283,000 USD", "$13.2 million", .truncated),
        // Not truncation: another digit, or a written trailing zero that claims the hundredths.
        ("$13.1 million", "$13.283 million", .conflict),
        ("$13.2 million", "$13.35 million", .conflict),
        ("$13.20 million", "$13.283 million", .conflict),
    ])
    func truncation(_ a: String, _ b: String, _ kind: Finding.Kind) throws {
        let all = findings([
            try figure("x", "trade_turnover", period: "2021", a, source: "a"),
            try figure("y", "trade_turnover", period: "2021", b, source: "b"),
        ])
        #expect(all.map(\.kind) == [kind], "\(all.map(\.message))")
        guard kind == .truncated, let f = all.first else { return }
        #expect(f.severity == .note)
        #expect(f.id == "truncated:x+y")
        #expect(f.message.contains("truncated to the digits"), "\(f.message)")
    }

    @Test("values within rounding or qualifiers of each other are neither", arguments: [
        ("$13.3 million", "$13.283 million"), ("about $13.2 million", "$13.283 million"), ("$13.25 million", "$13.2 million"),
    ])
    func notTruncation(_ a: String, _ b: String) throws {
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", a, source: "a"),
            try figure("y", "trade_turnover", period: "2021", b, source: "b"),
        ]).isEmpty)
    }

    @Test func rowsWhoseKeysDifferDoNotConflict() throws {
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a", key: "first"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "b", key: "second"),
        ]).isEmpty)
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a", key: "same"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "b", key: "SAME"),
        ]).map(\.kind) == [.conflict])
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a", key: "first"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "b"),
        ]).map(\.kind) == [.conflict], "a key on one row only does not tell them apart")
    }

    @Test func theSameSourceTwiceIsNotAConflictBetweenSources() throws {
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "a"),
        ]).isEmpty)
        // With a third source that agrees with both, the pair from one source is still not a conflict.
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "a"),
            try figure("z", "trade_turnover", period: "2021", "about $12 million", source: "b"),
        ]).isEmpty)
    }

    @Test("the same span written another way is the same period", arguments: [
        "January–December 2017", "2017-01-01/2017-12-31", "Q1 2017 to Q4 2017", "about 2017",
    ])
    func sameSpanWrittenDifferently(_ other: String) throws {
        let found = findings([
            try figure("x", "trade_turnover", period: "2017", "$7.34 million", source: "a"),
            try figure("y", "trade_turnover", period: other, "$8.5 million", source: "b"),
        ])
        #expect(found.map(\.id) == ["conflict:x+y"])
    }

    @Test func otherPeriodsOrDirectionsDoNotConflict() throws {
        #expect(findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a"),
            try figure("y", "trade_turnover", period: "2020", "$12.5 million", source: "b"),
        ]).isEmpty)
        #expect(findings([
            try figure("x", "exports", period: "2021", "$11.7 million", source: "a", direction: .toPartner),
            try figure("y", "exports", period: "2021", "$12.5 million", source: "b", direction: .toPartner,
                       reporter: "PAK", partner: "AZE"),
        ]).isEmpty)
    }

    @Test func threeSourcesGiveOneFindingPerDisagreeingPair() throws {
        let found = only(.conflict, findings([
            try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a"),
            try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "b"),
            try figure("z", "trade_turnover", period: "2021", "$11.71 million", source: "c"),
        ]))
        #expect(found.map(\.id) == ["conflict:x+y", "conflict:y+z"])
    }

    // MARK: Lookalike measures

    @Test func officersAndUnitsInOverlappingWindowsLookAlike() throws {
        let all = findings([
            try figure("officers", "personnel_trained", period: "the past ten years", "over a hundred officers",
                       source: "a", direction: .toPartner, subject: "military officers", asOf: "2022-10-04",
                       reporter: "PAK", partner: "AZE"),
            try figure("units", "personnel_trained", period: "the past decade", "around 100 units",
                       source: "b", direction: .toPartner, subject: "military units", asOf: "2024",
                       reporter: "PAK", partner: "AZE"),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .lookalikeMeasures)
        #expect(f.severity == .warning)
        #expect(f.id == "lookalike-measures:officers+units")
        #expect(f.message.contains("one counts officers, the other units"), "\(f.message)")
        #expect(f.message.contains("never compared"))
    }

    @Test func theSameUnitInPeriodsThatDoNotOverlapIsFine() throws {
        #expect(findings([
            try figure("o2018", "personnel_trained", period: "2018", "100 officers", direction: .toPartner),
            try figure("o2020", "personnel_trained", period: "2020", "120 officers", direction: .toPartner),
        ]).isEmpty)
    }

    @Test func otherUnitsInPeriodsThatDoNotOverlapAreFine() throws {
        #expect(findings([
            try figure("o2018", "personnel_trained", period: "2018", "100 officers", direction: .toPartner),
            try figure("u2020", "personnel_trained", period: "2020", "12 units", direction: .toPartner),
        ]).isEmpty)
    }

    @Test func theSameMeasureOverWindowsThatOverlapWithoutNestingLooksAlike() throws {
        let all = findings([
            try figure("window", "personnel_trained", period: "the past ten years", "120 officers",
                       direction: .toPartner, asOf: "2022-10-04"),
            try figure("decade", "personnel_trained", period: "the past decade", "150 officers", direction: .toPartner,
                       asOf: "2024"),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .lookalikeMeasures)
        #expect(f.message.contains("their periods overlap but differ"), "\(f.message)")
        #expect(!f.message.contains("one counts"))
    }

    @Test("a part of a period against the whole is one measure, not a lookalike", arguments: [
        ("the past ten years", "2021"), ("2017", "January–June 2017"), ("2017-Q1", "2017-03"), ("2015–2020", "2017"),
    ])
    func nestedPeriodsAreNotLookalikes(_ whole: String, _ part: String) throws {
        let all = findings([
            try figure("whole", "personnel_trained", period: whole, "120 officers", direction: .toPartner, asOf: "2022-10-04"),
            try figure("part", "personnel_trained", period: part, "40 officers", direction: .toPartner, asOf: "2022-10-04"),
        ])
        #expect(all.isEmpty, "\(all.map(\.message))")
    }

    @Test func periodsThatOverlapWithoutNestingLookAlike() throws {
        let all = findings([
            try figure("y2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("winter", "trade_turnover", period: "2016-12-01/2017-01-31", "$1.2 million"),
        ])
        #expect(all.map(\.id) == ["lookalike-measures:winter+y2017"])
    }

    @Test func theSameUnitForOtherSubjectsIsNotALookalike() throws {
        #expect(findings([
            try figure("pilots", "personnel_trained", period: "2021", "40 officers", direction: .toPartner, subject: "pilots"),
            try figure("navy", "personnel_trained", period: "January–June 2021", "12 officers", direction: .toPartner,
                       subject: "naval officers"),
        ]).isEmpty)
    }

    // MARK: A part of a period against the whole

    @Test("a figure for part of a period may not exceed the whole, beyond rounding and qualifiers", arguments: [
        ("January–June 2017", "$17.5 million", "2017", "$7.34 million", true),
        ("January–June 2017", "$7.38 million", "2017", "$7.34 million", true),
        ("January–June 2017", "$7.3 million", "2017", "$7.34 million", false),
        ("January–June 2017", "$5 million", "2017", "$7.34 million", false),
        ("January–June 2017", "about $8 million", "2017", "$7.34 million", false),
        ("January–June 2017", "more than $8 million", "2017", "$7.34 million", true),
        ("January–June 2017", "up to $20 million", "2017", "$7.34 million", false),
        ("January–June 2017", "$8 million", "2017", "more than $7.34 million", false),
        ("January–June 2017", "$8 million", "2017", "up to $6 million", true),
        ("2017-03", "$3.0 million", "2017-Q1", "$2 million", true),
        ("2017-03-08", "$3.0 million", "2017-03", "$2 million", true),
        ("2017", "$9.0 million", "2015–2020", "$8 million", true),
        ("2017-Q4", "$3 million", "2017", "$8 million", false),
        // Not a part: the same span (conflict's), another year, an overlap that is not inside, an approximate period.
        ("2018", "$17.5 million", "2017", "$7.34 million", false),
        ("2016-12-01/2017-01-31", "$17.5 million", "2017", "$7.34 million", false),
        ("January–June 2017", "$17.5 million", "about 2017", "$7.34 million", false),
    ])
    func subperiod(_ partPeriod: String, _ part: String, _ wholePeriod: String, _ whole: String, _ exceeds: Bool) throws {
        let all = findings([
            try figure("part", "trade_turnover", period: partPeriod, part, source: "a"),
            try figure("whole", "trade_turnover", period: wholePeriod, whole, source: "b"),
        ])
        let found = only(.subperiodExceedsWhole, all)
        #expect(found.count == (exceeds ? 1 : 0), "\(all.map(\.message))")
        guard let f = found.first else { return }
        #expect(f.severity == .error)
        #expect(f.id == "subperiod-exceeds-whole:part+whole")
        #expect(f.sourceIDs == ["a", "b"])
        #expect(f.message.contains("a part of a period cannot exceed the whole"), "\(f.message)")
    }

    @Test func theBriefsExampleNamesBothFiguresAndPeriods() throws {
        let f = try #require(findings([
            try figure("h1", "trade_turnover", period: "January–June 2017", "$17.5 million", source: "a"),
            try figure("y", "trade_turnover", period: "2017", "$7.34 million", source: "b"),
        ]).first)
        #expect(f.message == "trade_turnover AZE–PAK (USD): h1 gives 17500000 (exact) for Jan–Jun 2017, more than y gives for 2017, "
            + "which contains it (7340000, exact): a part of a period cannot exceed the whole")
    }

    @Test("the two sides' statistics are a warning", arguments: [
        // (the part's indicator, reporter, partner, direction), against AZE's exports to PAK for 2017.
        ("imports", "PAK", "AZE", Direction.fromPartner), ("exports", "AZE", "PAK", .toPartner),
    ])
    func mirrorStatistics(_ indicator: String, _ reporter: String, _ partner: String, _ direction: Direction) throws {
        let all = findings([
            try figure("whole", "exports", period: "2017", "$7.34 million", source: "a", direction: .toPartner),
            try figure("part", indicator, period: "January–June 2017", "$17.5 million", source: "b", direction: direction,
                       reporter: reporter, partner: partner),
        ])
        let f = try #require(all.first)
        #expect(all.count == 1)
        #expect(f.kind == .subperiodExceedsWhole)
        let mirrored = reporter != "AZE"
        #expect(f.severity == (mirrored ? .warning : .error))
        #expect(f.message.contains("two sides' statistics, not necessarily an error") == mirrored, "\(f.message)")
    }

    @Test func turnoverReportedFromTheOtherSideIsTheSameFlow() throws {
        let all = findings([
            try figure("whole", "trade_turnover", period: "2017", "$7.34 million", source: "a"),
            try figure("part", "trade_turnover", period: "January–June 2017", "$17.5 million", source: "b", reporter: "PAK", partner: "AZE"),
        ])
        #expect(all.map(\.kind) == [.subperiodExceedsWhole])
        #expect(all.first?.severity == .warning)
    }

    @Test func otherFlowsDealsAndKeysAreNotCompared() throws {
        #expect(findings([
            try figure("whole", "exports", period: "2017", "$7.34 million", direction: .toPartner),
            try figure("part", "imports", period: "January–June 2017", "$17.5 million", direction: .fromPartner),
        ]).isEmpty, "AZE's imports are not its exports")
        #expect(findings([
            try figure("whole", "trade_turnover", period: "2017", "AZN 7.34 million"),
            try figure("part", "trade_turnover", period: "January–June 2017", "$17.5 million"),
        ]).allSatisfy { $0.kind != .subperiodExceedsWhole }, "another unit")
        #expect(findings([
            try figure("whole", "investment", period: "2017", "$7.34 million", direction: .toPartner),
            try figure("part", "investment", period: "2017-03-31", "$17.5 million", direction: .toPartner),
        ]).isEmpty, "a stock at a date against a flow")
        #expect(findings([
            try figure("whole", "trade_turnover", period: "2017", "$7.34 million", key: "one"),
            try figure("part", "trade_turnover", period: "January–June 2017", "$17.5 million", key: "other"),
        ]).isEmpty)
    }

    /// The check sweeps each flow's distinct spans instead of comparing every pair: on random figures it must
    /// find exactly the pairs comparing every pair finds.
    @Test func theSubperiodSweepFindsWhatEveryPairFinds() throws {
        var random = SplitMix64(seed: 5)
        let periods = ["2019", "2020", "January–June 2020", "2020-Q3", "March 2020", "2019–2021", "2020-03-15", "about 2020"]
        let texts = ["$5 million", "$12 million", "about $2 million", "more than $9 million", "up to $3 million", "AZN 4 million"]
        var figures: [Figure] = []
        for i in 0..<150 {
            let swapped = Bool.random(using: &random)
            figures.append(try figure("f\(i)", "trade_turnover", period: periods.randomElement(using: &random)!,
                                      texts.randomElement(using: &random)!, source: ["a", "b", "c"].randomElement(using: &random)!,
                                      reporter: swapped ? "PAK" : "AZE", partner: swapped ? "AZE" : "PAK"))
        }
        let reported = Observation.reported(in: dataset(figures))
        var expected: Set<[String]> = []
        for part in reported {
            for whole in reported where part.key.unit == whole.key.unit && !part.period.isApproximate && !whole.period.isApproximate
                && whole.period.contains(part.period) && !whole.period.hasSameSpan(as: part.period) {
                guard let low = Checks.range(part).low, let high = Checks.range(whole).high, low > high else { continue }
                expected.insert([part.id, whole.id].sorted())
            }
        }
        let found = Checks.subperiodsExceedingWholes(dataset(figures), reported: reported, linkKeys: [:])
        #expect(expected.count > 20, "the random figures must give findings, or the comparison proves little")
        #expect(Set(found.map(\.subjects)) == expected)
        #expect(found.count == expected.count)
    }

    // MARK: Deal statuses

    @Test func aLaterClaimOfAnEarlierStageIsADisagreement() throws {
        let all = findings([], statuses: [
            try status("s-today", "JF-17 Thunder fighters", .underNegotiation, asOf: "2022-10-04", source: "a"),
            try status("s-agreed", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "b"),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .statusDisagreement)
        #expect(f.severity == .warning)
        #expect(f.id == "status-disagreement:s-agreed+s-today")
        #expect(f.sourceIDs == ["a", "b"])
        #expect(f.message == "JF-17 Thunder fighters: b has the deal agreed as of Feb 2022, but a still has it under negotiation as of 2022-10-04")
    }

    @Test func aNormalProgressionIsFine() throws {
        #expect(findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .underNegotiation, asOf: "2021", source: "a"),
            try status("s2", "JF-17 Thunder fighters", .agreed, asOf: "2022", source: "b"),
            try status("s3", "JF-17 Thunder fighters", .delivered, asOf: "2024-01", source: "c"),
        ]).isEmpty)
    }

    @Test func twoStagesAtOneDateDisagree() throws {
        let all = findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .signed, asOf: "2022-03", source: "a"),
            try status("s2", "JF-17 Thunder fighters", .reported, asOf: "2022-03", source: "b"),
        ])
        #expect(all.count == 1)
        #expect(all.first?.message.contains("both as of Mar 2022") == true, "\(all.first?.message ?? "")")
    }

    @Test func oneSourceOrOneStageOrOtherDealsDoNotDisagree() throws {
        #expect(findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "a"),
            try status("s2", "JF-17 Thunder fighters", .underNegotiation, asOf: "2022-10", source: "a"),
        ]).isEmpty, "one source revising itself is not a disagreement between sources")
        #expect(findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "a", given: false),
            try status("s2", "JF-17 Thunder fighters", .agreed, asOf: "2022-10", source: "b", given: false),
        ]).isEmpty, "agreed when each source was published")
        #expect(findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "a"),
            try status("s2", "Super Mushshak trainers", .underNegotiation, asOf: "2022-10", source: "b"),
        ]).isEmpty)
    }

    @Test func dealsAreMatchedWhateverTheirCase() throws {
        let all = findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "a"),
            try status("s2", "JF-17 thunder Fighters", .underNegotiation, asOf: "2022-10", source: "b"),
        ])
        #expect(all.map(\.kind) == [.statusDisagreement])
    }

    // MARK: Parts and totals

    @Test func aPartLargerThanItsTotalIsAnError() throws {
        let all = findings([
            try figure("t2017", "trade_turnover", period: "2017", "$5 million", source: "a"),
            try figure("m2017", "imports", period: "2017", "$7.34 million", source: "b", direction: .fromPartner),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .partExceedsTotal)
        #expect(f.severity == .error)
        #expect(f.id == "part-exceeds-total:m2017+t2017")
        #expect(f.message.contains("m2017") && f.message.contains("t2017"))
    }

    @Test func aPartWithinRoundingOfItsTotalIsFine() throws {
        #expect(findings([
            try figure("t2017", "trade_turnover", period: "2017", "$7 million"),
            try figure("x2017", "exports", period: "2017", "$7.34 million", direction: .toPartner),
        ]).isEmpty)
        #expect(findings([
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million"),
            try figure("m2016", "imports", period: "2016", "$9 million", direction: .fromPartner),
        ]).isEmpty, "another period")
        #expect(findings([
            try figure("t2017", "trade_turnover", period: "2017", "up to $5 million"),
            try figure("m2017", "imports", period: "2017", "more than $7.34 million", direction: .fromPartner),
        ]).count == 1, "a floor above a ceiling")
    }

    @Test("the parts of a total must add up to it within rounding and qualifiers", arguments: [
        ("$7.6 million", "$20.5 million", "$35.0 million", true),
        ("$7.6 million", "$20.5 million", "$28.1 million", false),
        ("$7.6 million", "$20.5 million", "$28 million", false),
        ("$7.6 million", "$20.5 million", "$25.0 million", true),
        ("about $7.6 million", "$20.5 million", "$30.0 million", true),
        ("about $8 million", "$20.5 million", "$28.1 million", false),
        ("more than $7.6 million", "$20.5 million", "$40.0 million", false),
        ("more than $7.6 million", "$20.5 million", "$25.0 million", true),
        ("$7.6 million", "$20.5 million", "about $30 million", false),
        ("$7.6 million", "$20.5 million", "up to $30 million", false),
    ])
    func partsAddUp(_ exports: String, _ imports: String, _ turnover: String, _ mismatch: Bool) throws {
        let all = findings([
            try figure("x2020", "exports", period: "2020", exports, source: "a", direction: .toPartner),
            try figure("m2020", "imports", period: "2020", imports, source: "b", direction: .fromPartner),
            try figure("t2020", "trade_turnover", period: "2020", turnover, source: "c"),
        ])
        #expect(all.map(\.kind) == (mismatch ? [.partsDoNotAddUp] : []), "\(all.map(\.message))")
        guard let f = all.first else { return }
        #expect(f.severity == .error)
        #expect(f.id == "parts-do-not-add-up:m2020+t2020+x2020")
        #expect(f.sourceIDs == ["a", "b", "c"])
    }

    @Test func aPartAloneLargerThanTheTotalIsReportedOnce() throws {
        let all = findings([
            try figure("x2020", "exports", period: "2020", "$7.6 million", direction: .toPartner),
            try figure("m2020", "imports", period: "2020", "$20.5 million", direction: .fromPartner),
            try figure("t2020", "trade_turnover", period: "2020", "$15 million"),
        ])
        #expect(all.map(\.kind) == [.partExceedsTotal])
    }

    @Test func aMissingPartOrAnotherPeriodIsNotSummed() throws {
        #expect(findings([
            try figure("x2020", "exports", period: "2020", "$7.6 million", direction: .toPartner),
            try figure("t2020", "trade_turnover", period: "2020", "$35 million"),
        ]).isEmpty)
        #expect(findings([
            try figure("x2020", "exports", period: "2020", "$7.6 million", direction: .toPartner),
            try figure("m2019", "imports", period: "2019", "$20.5 million", direction: .fromPartner),
            try figure("t2020", "trade_turnover", period: "2020", "$35 million"),
        ]).isEmpty)
    }

    @Test func withSeveralSourcesForAPartTheMostExtremeFiguresAreNamed() throws {
        let all = findings([
            try figure("x2020a", "exports", period: "2020", "$7.6 million", source: "a", direction: .toPartner),
            try figure("x2020b", "exports", period: "2020", "$7.7 million", source: "b", direction: .toPartner),
            try figure("m2020", "imports", period: "2020", "$20.5 million", source: "a", direction: .fromPartner),
            try figure("t2020", "trade_turnover", period: "2020", "$35.0 million", source: "c"),
        ]).filter { $0.kind == .partsDoNotAddUp }
        #expect(all.map(\.id) == ["parts-do-not-add-up:m2020+t2020+x2020a"])
        #expect(all.first?.message.contains("exports x2020a (7600000) + imports m2020 (20500000) add up to 28000000 to 28200000 USD") == true,
                "\(all.first?.message ?? "")")
    }

    // MARK: Dated after the source

    var dated: [Source] {
        [Source(id: "a", publisher: "Today.Az", title: "Ties at 30", published: Period.day(CalendarDate(iso: "2022-10-04")!)),
         Source(id: "u", publisher: "shunculture", title: "Pakistan's role", publishedNote: "undated"),
         Source(id: "y", publisher: "Yearly", title: "Report", published: Period.year(2022))]
    }

    @Test func aFigureForAPeriodAfterItsSourceIsAnError() throws {
        let all = findings([try figure("t2023", "trade_turnover", period: "2023", "$12 million", source: "a")], sources: dated)
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .datedAfterSource)
        #expect(f.severity == .error)
        #expect(f.id == "dated-after-source:t2023")
        #expect(f.sourceIDs == ["a"])
        #expect(f.message.contains("2022-10-04"))
    }

    @Test("figures a source could report", arguments: [("2022", "a"), ("2022-10", "a"), ("2023", "u"), ("2022-12", "y")])
    func notDatedAfterSource(_ periodText: String, _ source: String) throws {
        #expect(findings([try figure("f", "trade_turnover", period: periodText, "$12 million", source: source)], sources: dated).isEmpty)
    }

    @Test func aFigureStartingTheDayAfterPublicationIsAnError() throws {
        let all = findings([try figure("f", "trade_turnover", period: "2022-10-05", "$1 million", source: "a")], sources: dated)
        #expect(all.map(\.kind) == [.datedAfterSource])
    }

    // MARK: Accepted findings, ids and locations

    var conflicting: [Figure] {
        get throws {
            [try figure("x", "trade_turnover", period: "2021", "$11.7 million", source: "a"),
             try figure("y", "trade_turnover", period: "2021", "$12.5 million", source: "b")]
        }
    }

    @Test func anAcceptedFindingKeepsItsSeverityAndGainsTheReason() throws {
        let all = findings(try conflicting, accepted: [AcceptedFinding(findingID: "conflict:x+y", reason: "b counts re-exports")])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .conflict)
        #expect(f.severity == .error)
        #expect(f.acceptedReason == "b counts re-exports")
        #expect(f.isAccepted)
    }

    @Test func anAcceptanceThatMatchesNothingIsAStaleNote() throws {
        let all = findings(try conflicting,
                           accepted: [AcceptedFinding(findingID: "conflict:x+z", reason: "old")],
                           locations: ["accepted/conflict:x+z": location(3, "accepted.csv")])
        #expect(all.count == 2)
        let conflict = try #require(all.first { $0.kind == .conflict })
        #expect(!conflict.isAccepted)
        let stale = try #require(all.first { $0.kind == .staleAcceptance })
        #expect(stale.severity == .note)
        #expect(stale.subjects == ["conflict:x+z"])
        #expect(stale.message.contains("conflict:x+z"))
        #expect(stale.locations == [location(3, "accepted.csv")])
        #expect(!stale.isAccepted)
    }

    @Test func findingIdsAreKindAndSortedSubjects() {
        let f = Finding(kind: .conflict, severity: .error, message: "", subjects: ["zeta", "alpha"], sourceIDs: ["b", "a", "b"])
        #expect(f.id == "conflict:alpha+zeta")
        #expect(f.sourceIDs == ["a", "b"])
    }

    @Test func findingIdsDoNotDependOnRowOrder() throws {
        let figures = try conflicting + [
            try figure("t2016", "trade_turnover", period: "2016", "$104 million"),
            try figure("t2017", "trade_turnover", period: "2017", "$110 million"),
            try figure("c2017", "trade_turnover", period: "2017", "26% increase", comparedWith: "2016"),
        ]
        let forward = findings(figures)
        let backward = findings(figures.reversed())
        #expect(forward == backward)
        #expect(forward.map(\.id) == ["conflict:x+y", "stated-change-mismatch:c2017+t2016+t2017"])
        // The same findings run after run: compared with the text committed, not with a second run in this process.
        let text = forward.map { "\($0.id) \($0.severity) \($0.message)" }.joined(separator: "\n") + "\n"
        let mismatch = Golden.mismatch(text, golden: Repository.root + "/Tests/BilatCoreTests/Golden/findings-order.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func findingsAreOrderedBySeverityThenKindThenId() throws {
        let all = findings(try conflicting + [
            try figure("window", "personnel_trained", period: "the past ten years", "120 officers",
                       direction: .toPartner, asOf: "2022-10-04"),
            try figure("decade", "personnel_trained", period: "the past decade", "150 officers", direction: .toPartner,
                       asOf: "2024"),
            try figure("t2017", "trade_turnover", period: "2017", "$5 million"),
            try figure("m2017", "imports", period: "2017", "$7.34 million", direction: .fromPartner),
        ], accepted: [AcceptedFinding(findingID: "conflict:gone", reason: "")])
        #expect(all.map(\.severity) == [.error, .error, .warning, .note])
        #expect(all.map(\.kind) == [.conflict, .partExceedsTotal, .lookalikeMeasures, .staleAcceptance])
    }

    @Test func findingsCarryTheirRowsLocations() throws {
        let all = findings(try conflicting, locations: [
            "figures/y": location(3), "figures/x": location(2), "figures/other": location(9),
        ])
        #expect(all.first?.locations == [location(2), location(3)])
    }

    @Test func statusFindingsUseTheStatusesTable() throws {
        let all = findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "b"),
            try status("s2", "JF-17 Thunder fighters", .underNegotiation, asOf: "2022-10-04", source: "a"),
        ], locations: [
            "statuses/s1": location(2, "statuses.csv"), "statuses/s2": location(5, "statuses.csv"),
            "figures/s1": location(7),
        ])
        #expect(all.first?.locations == [location(2, "statuses.csv"), location(5, "statuses.csv")])
    }

    @Test func aRowWithoutALocationIsLeftOut() throws {
        let all = findings([try figure("t2023", "trade_turnover", period: "2023", "$12 million", source: "a")],
                           sources: dated, locations: ["figures/other": location(4)])
        #expect(all.count == 1)
        #expect(all.first?.locations == [])
    }
}

/// The lookalike check sweeps figures sorted by start instead of comparing every pair of a group: on random
/// figures it must find exactly the pairs that comparing every pair finds.
@Suite("Checks: lookalike sweep")
struct LookalikeSweepTests: AnalysisFixtures {
    @Test func theSweepFindsWhatEveryPairFinds() throws {
        var random = SplitMix64(seed: 21)
        let periods = ["2019", "2020", "2021", "January–June 2020", "2020-Q3", "March 2021", "2019–2021", "July 2020",
                       "2020-11-01/2021-02-28"]
        let texts = ["$5 million", "AZN 3 million", "120 officers", "40 units", "about $2 million"]
        var figures: [Figure] = []
        for i in 0..<160 {
            let text = texts.randomElement(using: &random)!
            let indicator = text.contains("officers") || text.contains("units") ? "personnel_trained" : "trade_turnover"
            figures.append(try figure("f\(i)", indicator, period: periods.randomElement(using: &random)!, text,
                                      source: ["a", "b", "c"].randomElement(using: &random)!,
                                      subject: ["", "wheat", "cotton"].randomElement(using: &random)!))
        }
        let reported = Observation.reported(in: dataset(figures))
        var expected: Set<[String]> = []
        for a in reported {
            for b in reported where a.id < b.id && a.key.indicator == b.key.indicator && a.key.reporter == b.key.reporter
                && a.key.partner == b.key.partner && a.key.direction == b.key.direction {
                let overlap = a.period.start <= b.period.end && b.period.start <= a.period.end
                let nested = (a.period.start <= b.period.start && b.period.end <= a.period.end)
                    || (b.period.start <= a.period.start && a.period.end <= b.period.end)
                if overlap && !(a.key.unit == b.key.unit && (nested || a.key.subject != b.key.subject)) { expected.insert([a.id, b.id]) }
            }
        }
        let found = Checks.lookalikes(dataset(figures), reported: reported)
        #expect(expected.count > 20, "the random figures must produce lookalikes, or the comparison proves little")
        #expect(Set(found.map(\.subjects)) == expected)
        #expect(found.count == expected.count)
    }
}
