@testable import BilatCore
import Foundation
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
        // Qualified values are not checked.
        ("about $104 million", "$110 million", "26% increase", false),
        ("$104 million", "more than $110 million", "26% increase", false),
        ("$104 million", "$110 million", "about 26% increase", false),
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

    @Test func theSameMeasureOverOverlappingButDifferentPeriodsLooksAlike() throws {
        let all = findings([
            try figure("window", "personnel_trained", period: "the past ten years", "120 officers",
                       direction: .toPartner, asOf: "2022-10-04"),
            try figure("y2021", "personnel_trained", period: "2021", "40 officers", direction: .toPartner),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .lookalikeMeasures)
        #expect(f.message.contains("their periods overlap but differ"), "\(f.message)")
        #expect(!f.message.contains("one counts"))
    }

    @Test func theSameUnitForOtherSubjectsIsNotALookalike() throws {
        #expect(findings([
            try figure("pilots", "personnel_trained", period: "2021", "40 officers", direction: .toPartner, subject: "pilots"),
            try figure("navy", "personnel_trained", period: "January–June 2021", "12 officers", direction: .toPartner,
                       subject: "naval officers"),
        ]).isEmpty)
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
            try status("s1", "JF-17 Thunder fighters", .agreed, asOf: "2022-02", source: "a"),
            try status("s2", "JF-17 Thunder fighters", .agreed, asOf: "2022-10", source: "b"),
        ]).isEmpty)
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
        #expect(findings(figures) == forward, "the same run twice")
    }

    @Test func findingsAreOrderedBySeverityThenKindThenId() throws {
        let all = findings(try conflicting + [
            try figure("window", "personnel_trained", period: "the past ten years", "120 officers",
                       direction: .toPartner, asOf: "2022-10-04"),
            try figure("y2021", "personnel_trained", period: "2021", "40 officers", direction: .toPartner),
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
        var random = DecimalTextTests.Seeded(state: 21)
        let periods = ["2019", "2020", "2021", "January–June 2020", "2020-Q3", "March 2021", "2019–2021", "July 2020"]
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
                let samePeriod = a.period.start == b.period.start && a.period.end == b.period.end
                if overlap && !(a.key.unit == b.key.unit && (samePeriod || a.key.subject != b.key.subject)) { expected.insert([a.id, b.id]) }
            }
        }
        let found = Checks.lookalikes(dataset(figures), reported: reported)
        #expect(expected.count > 20, "the random figures must produce lookalikes, or the comparison proves little")
        #expect(Set(found.map(\.subjects)) == expected)
        #expect(found.count == expected.count)
    }
}
