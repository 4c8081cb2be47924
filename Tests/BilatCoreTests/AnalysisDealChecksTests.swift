import BilatTestSupport
@testable import BilatCore
import Foundation
import Testing

// Checks of rows that describe one deal or event: its dates, its value, the dates of its stages.

@Suite("Checks: one deal or event")
struct AnalysisDealChecksTests: AnalysisFixtures {
    func findings(_ figures: [Figure], events: [Event] = [], statuses: [DealStatus] = [],
                  locations: [String: BilatCore.SourceLocation] = [:]) -> [Finding] {
        Checks.run(dataset(figures, sources: laterSources, events: events, statuses: statuses, locations: locations))
    }

    /// Sources a, b and c, published in 2025: after every date these tests give a deal.
    var laterSources: [Source] {
        ["a", "b", "c"].map { Source(id: $0, publisher: "Publisher", title: "Source \($0)", published: Period.year(2025)) }
    }

    /// A JF-17 deal value, Pakistan to Azerbaijan, as the bundled dataset records one.
    func jf17(_ id: String, _ period: String, _ text: String = "$1.6 billion", source: String,
              indicator: String = "defence_deal_value", subject: String = "JF-17 Thunder fighters", key: String = "") throws -> Figure {
        try figure(id, indicator, period: period, text, source: source, direction: .toPartner, subject: subject,
                   reporter: "PAK", partner: "AZE", key: key)
    }

    // MARK: Dates

    @Test func oneSourceDatingTheDealFebruary2022AndOthersFebruary2024() throws {
        let all = findings([
            try jf17("jf17-a", "February 2022", source: "a"),
            try jf17("jf17-b", "February 2024", source: "b"),
            try jf17("jf17-c", "2024-02", source: "c"),
        ])
        #expect(all.count == 1, "\(all.map(\.message))")
        let f = try #require(all.first)
        #expect(f.kind == .dealDatesDiffer)
        #expect(f.severity == .warning)
        #expect(f.id == "deal-dates-differ:jf17-a+jf17-b+jf17-c")
        #expect(f.sourceIDs == ["a", "b", "c"])
        #expect(f.message == "JF-17 Thunder fighters: a dates it Feb 2022 (jf17-a), but b, c date it Feb 2024 (jf17-b, jf17-c). "
            + "One deal or event has one date; if these are two, give their rows different keys")
    }

    @Test("rows of one deal whose dates share a day, or that come from one source, agree", arguments: [
        ("2022", "a", "February 2022", "b"), ("2022-02-14", "a", "2022-Q1", "b"), ("about 2024", "a", "2024-02", "b"),
        ("2022-02", "a", "2024-02", "a"),
    ])
    func datesThatAgree(_ first: String, _ firstSource: String, _ second: String, _ secondSource: String) throws {
        #expect(findings([
            try jf17("one", first, source: firstSource), try jf17("two", second, source: secondSource),
        ]).isEmpty)
    }

    @Test("what makes rows one deal", arguments: [
        // (second row's indicator, subject, key, first row's key, one deal?)
        ("defence_deal_value", "JF-17 Thunder fighters", "", "", true),
        ("defence_deal_value", "jf-17 thunder FIGHTERS", "", "", true),
        ("defence_deal_value", "JF-17 Block III", "", "", false),
        ("defence_deal_value", "JF-17 Block III", "jf17", "JF17", true),
        ("defence_deal_value", "JF-17 Thunder fighters", "first-batch", "second-batch", false),
        ("defence_deal_value", "JF-17 Thunder fighters", "first-batch", "", false),
        ("deal_value", "JF-17 Thunder fighters", "", "", false),
        ("deal_value", "Super Mushshak trainers", "jf17", "jf17", true),
    ])
    func identity(_ indicator: String, _ subject: String, _ key: String, _ firstKey: String, _ oneDeal: Bool) throws {
        let all = findings([
            try jf17("one", "2022-02", source: "a", key: firstKey),
            try jf17("two", "2024-02", source: "b", indicator: indicator, subject: subject, key: key),
        ])
        #expect(all.map(\.kind) == (oneDeal ? [.dealDatesDiffer] : []), "\(all.map(\.message))")
    }

    @Test func theSameDealSeenFromTheBuyersSideIsOneDeal() throws {
        let all = findings([
            try jf17("sale", "2022-02", source: "a"),
            try figure("purchase", "defence_deal_value", period: "2024-02", "$1.6 billion", source: "b", direction: .fromPartner,
                       subject: "JF-17 Thunder fighters"),
        ])
        #expect(all.map(\.id) == ["deal-dates-differ:purchase+sale"])
    }

    @Test func seriesOfOtherIndicatorsAreNotDeals() throws {
        #expect(findings([
            try figure("t2016", "trade_turnover", period: "2016", "$5.8 million", source: "a", subject: "cotton"),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million", source: "b", subject: "cotton"),
        ]).isEmpty)
        let keyed = findings([
            try figure("t2016", "trade_turnover", period: "2016", "$5.8 million", source: "a", key: "cotton-contract"),
            try figure("t2017", "trade_turnover", period: "2017", "$7.34 million", source: "b", key: "cotton-contract"),
        ])
        #expect(keyed.map(\.kind) == [.dealDatesDiffer], "a key makes any rows one deal")
    }

    @Test func anEventAndAFigureWithOneKeyAreDatedAlike() throws {
        let all = findings([try jf17("jf17-value", "2024-02", source: "b", key: "jf17-deal")],
                           events: [try event("jf17-event", "2022-02", "A JF-17 sale is reported", sources: ["a"], key: "jf17-deal")],
                           locations: ["events/jf17-event": location(4, "events.csv"), "figures/jf17-value": location(7)])
        let f = try #require(all.first)
        #expect(all.count == 1)
        #expect(f.kind == .dealDatesDiffer)
        #expect(f.message.hasPrefix("A JF-17 sale is reported: a dates it Feb 2022 (jf17-event), but b dates it Feb 2024 (jf17-value)"))
        #expect(f.locations == [location(4, "events.csv"), location(7)])
    }

    @Test func eventsAreLinkedOnlyByKeys() throws {
        let events = [try event("visit-a", "2017-02-28", "President Aliyev visits Pakistan", sources: ["a"]),
                      try event("visit-b", "2017-03-05", "President Aliyev visits Pakistan", sources: ["b"])]
        #expect(findings([], events: events).isEmpty)
        let keyed = events.map { var e = $0; e.linkKey = "aliyev-visit-2017"; return e }
        #expect(findings([], events: keyed).map(\.id) == ["deal-dates-differ:visit-a+visit-b"])
    }

    @Test func eachDateIsNamedWithItsNearestDisagreement() throws {
        // 2021 disagrees with both 2022 rows; the 2022 rows agree with each other.
        let all = findings([
            try jf17("y2021", "2021", source: "a"), try jf17("y2022", "2022", source: "b"), try jf17("jun2022", "2022-06", source: "c"),
        ])
        #expect(all.map(\.id) == ["deal-dates-differ:jun2022+y2021", "deal-dates-differ:y2021+y2022"])
    }

    @Test func manyRowsOfOneDealGiveAtMostTwoFindingsPerDate() throws {
        var figures: [Figure] = []
        for year in 2000..<2040 { figures.append(try jf17("y\(year)", String(year), source: year % 2 == 0 ? "a" : "b")) }
        let dates = findings(figures).filter { $0.kind == .dealDatesDiffer }
        #expect(dates.count == 39, "each year against the next, not every pair of 40 years")
    }

    // MARK: Values

    @Test("one deal dated alike and valued apart", arguments: [
        ("2022", "$1.6 billion", "2022-02", "$1.2 billion", true),
        ("2022", "$1.6 billion", "2022-02", "$1.64 billion", false),
        ("2022", "$1.6 billion", "2022-02", "about $1.5 billion", false),
        ("2022", "more than $1.5 billion", "2022-02", "$1.2 billion", true),
        // Dated apart: the dates disagree, and the values of what may be two deals are not compared.
        ("2022", "$1.6 billion", "2024-02", "$1.2 billion", false),
    ])
    func values(_ firstPeriod: String, _ first: String, _ secondPeriod: String, _ second: String, _ differ: Bool) throws {
        let all = findings([try jf17("one", firstPeriod, first, source: "a"), try jf17("two", secondPeriod, second, source: "b")])
        let found = all.filter { $0.kind == .dealValuesDiffer }
        #expect(found.count == (differ ? 1 : 0), "\(all.map(\.message))")
        guard let f = found.first else { return }
        #expect(f.severity == .error)
        #expect(f.id == "deal-values-differ:one+two")
        #expect(f.message.contains("valued beyond rounding and qualifiers apart"), "\(f.message)")
    }

    @Test func oneSeriesAndPeriodIsConflictsBusiness() throws {
        let all = findings([try jf17("one", "2022-02", "$1.6 billion", source: "a"), try jf17("two", "2022-02", "$1.2 billion", source: "b")])
        #expect(all.map(\.kind) == [.conflict])
    }

    @Test func aKeyLinksValuesAcrossSubjectsInOneUnitOnly() throws {
        let all = findings([
            try jf17("value", "2022-02", "$1.6 billion", source: "a", key: "jf17"),
            try jf17("other", "2022-02", "$1.2 billion", source: "b", subject: "JF-17 Block III", key: "jf17"),
            try jf17("count", "2022-02", "24 aircraft", source: "c", indicator: "arms_ordered", key: "jf17"),
        ])
        #expect(all.map(\.id) == ["deal-values-differ:other+value"])
    }

    // MARK: Stages

    @Test func aDealSignedOnTwoDates() throws {
        let all = findings([], statuses: [
            try status("signed-feb", "JF-17 Thunder fighters", .signed, asOf: "February 2024", source: "a"),
            try status("signed-sep", "JF-17 Thunder fighters", .signed, asOf: "2024-09-26", source: "b"),
        ])
        #expect(all.count == 1)
        let f = try #require(all.first)
        #expect(f.kind == .stageDatesDiffer)
        #expect(f.severity == .warning)
        #expect(f.id == "stage-dates-differ:signed-feb+signed-sep")
        #expect(f.message == "JF-17 Thunder fighters: a has it signed as of Feb 2024 (signed-feb), but b has it signed as of 2024-09-26 (signed-sep). "
            + "A deal is signed once; if these are two deals, give their rows different keys")
    }

    @Test("stages that do not date one stage twice", arguments: [
        // (first stage, as of, given, second stage, as of, given, second source, second key)
        (DealStage.signed, "2024-02", true, DealStage.signed, "2024-09-26", false, "b", ""),
        (.signed, "2024", true, .signed, "2024-09-26", true, "b", ""),
        (.signed, "2024-02", true, .signed, "2024-09-26", true, "a", ""),
        (.underNegotiation, "2021", true, .underNegotiation, "2022-10-04", true, "b", ""),
        (.reported, "2021", true, .reported, "2022-10-04", true, "b", ""),
        (.agreed, "2022-02", true, .signed, "2024-09-26", true, "b", ""),
        (.signed, "2024-02", true, .signed, "2024-09-26", true, "b", "second-batch"),
    ])
    func stagesThatAgree(_ a: DealStage, _ aDate: String, _ aGiven: Bool, _ b: DealStage, _ bDate: String, _ bGiven: Bool,
                         _ bSource: String, _ bKey: String) throws {
        let all = findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", a, asOf: aDate, source: "a", given: aGiven),
            try status("s2", "JF-17 Thunder fighters", b, asOf: bDate, source: bSource, given: bGiven, key: bKey),
        ])
        #expect(all.isEmpty, "\(all.map(\.message))")
    }

    @Test("each stage reached once is compared", arguments: [DealStage.agreed, .signed, .delivered])
    func stagesReachedOnce(_ stage: DealStage) throws {
        #expect(findings([], statuses: [
            try status("s1", "deal", stage, asOf: "2022", source: "a"), try status("s2", "deal", stage, asOf: "2023", source: "b"),
        ]).map(\.kind) == [.stageDatesDiffer])
    }

    @Test func aKeyLinksStatusesOfOtherSubjects() throws {
        let all = findings([], statuses: [
            try status("s1", "JF-17 Thunder fighters", .signed, asOf: "2024-02", source: "a", key: "jf17"),
            try status("s2", "JF-17 Block III", .signed, asOf: "2024-09-26", source: "b", key: "jf17"),
            try status("s3", "JF-17 Block III", .underNegotiation, asOf: "2024-10", source: "c", key: "jf17"),
        ])
        #expect(all.map(\.id) == ["stage-dates-differ:s1+s2", "status-disagreement:s1+s3", "status-disagreement:s2+s3"])
    }
}

/// The pairs of dates a deal's rows disagree on: each date's nearest disagreement, found by sorting.
@Suite("Checks: dates that cannot both be right")
struct DatedApartTests: AnalysisFixtures {
    @Test func everyDateThatDisagreesWithAnotherIsNamed() throws {
        var random = SplitMix64(seed: 3)
        let texts = ["2020", "2021", "2020-06", "2021-Q2", "2020-03-04", "2019–2021", "2022", "2021-12"]
        for _ in 0..<50 {
            let periods = try (0..<6).map { _ in try period(texts.randomElement(using: &random)!) }
            let pairs = DatedApart.pairs(periods) { $0 }
            var named = Set<String>()
            for (earlier, later) in pairs {
                #expect(earlier.allSatisfy { e in later.allSatisfy { !e.overlaps($0) && e.end < $0.start } })
                for p in earlier + later { named.insert(p.label) }
            }
            for p in periods where periods.contains(where: { !$0.overlaps(p) }) {
                #expect(named.contains(p.label), "\(p.label) disagrees with another date but is not named in \(pairs)")
            }
            #expect(pairs.count <= 2 * Set(periods.map(\.label)).count)
        }
    }
}
