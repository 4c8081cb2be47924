@testable import BilatCore
import Foundation
import Testing

// A deal value in the news with no counterpart in an imported SIPRI register, written by hand in the shape the
// SIPRI importer writes: publisher SIPRI, reporter the supplier, partner the recipient, to_partner, key sipri-<deal id>.

@Suite("News deals against the SIPRI register")
struct AnalysisSIPRICounterpartTests: AnalysisFixtures {
    var sources: [Source] {
        [("news", "A defence weekly"), ("sipri-tr-2025", "SIPRI"), ("ssc", "State Statistical Committee of the Republic of Azerbaijan")]
            .map { id, publisher in
                Source(id: id, publisher: publisher, title: "Source \(id)", published: Period.day(CalendarDate(year: 2025, month: 3, day: 1)!))
            }
    }

    /// The news deal: PAK sells JF-17s to AZE for $1.6 billion, February 2022.
    func newsDeal(_ indicator: String = "defence_deal_value", direction: Direction = .toPartner, reporter: String = "PAK",
                  partner: String = "AZE", source: String = "news") throws -> Figure {
        try figure("jf17-news", indicator, period: "2022-02", "$1.6 billion", source: source, direction: direction,
                   subject: "JF-17 Thunder fighters", reporter: reporter, partner: partner)
    }

    /// A register row: an order (arms_ordered) or delivery (arms_delivered) of one deal in one year.
    func register(_ id: String, _ indicator: String, year: String, supplier: String = "PAK", recipient: String = "AZE",
                  key: String = "sipri-58240") throws -> Figure {
        try figure(id, indicator, period: year, "12", source: "sipri-tr-2025", direction: .toPartner, subject: "JF-17",
                   reporter: supplier, partner: recipient, key: key)
    }

    func notes(_ figures: [Figure]) -> [Finding] {
        Checks.run(dataset(figures, sources: sources)).filter { $0.kind == .newsDealNotInSIPRI }
    }

    @Test func withoutAnyRegisterNothingIsNoted() throws {
        #expect(notes([try newsDeal()]).isEmpty)
    }

    @Test func aDealTheRegisterLacksIsNoted() throws {
        let found = notes([try newsDeal(), try register("sipri-58240-o", "arms_ordered", year: "2018")])
        let f = try #require(found.first)
        #expect(found.count == 1)
        #expect(f.severity == .note)
        #expect(f.id == "news-deal-not-in-sipri:jf17-news")
        #expect(f.sourceIDs == ["news", "sipri-tr-2025"])
        #expect(f.message == "jf17-news: the news source news reports a defence_deal_value of 1600000000 USD (JF-17 Thunder fighters) "
            + "for Feb 2022, but the imported SIPRI register (sipri-tr-2025) has no deal PAK→AZE ordered or delivered in a year "
            + "overlapping it. SIPRI may not list it yet, or the deal may not have been concluded")
    }

    @Test("a register row of the route overlapping the news period is a counterpart", arguments: [
        ("arms_ordered", "2022", "sipri-58240", false),
        ("arms_delivered", "2022", "sipri-58240", false),
        ("arms_tiv", "2022", "SIPRI-58240", false),
        ("arms_delivered", "2021", "sipri-58240", true),
        ("arms_delivered", "2023", "sipri-58240", true),
        // A SIPRI figure without a register key is no deal of the register.
        ("arms_ordered", "2022", "", true),
        ("arms_ordered", "2022", "jf17-deal", true),
    ])
    func counterparts(_ indicator: String, _ year: String, _ key: String, _ noted: Bool) throws {
        let found = notes([try newsDeal(), try register("sipri-row", indicator, year: year, key: key)])
        #expect(found.count == (noted ? 1 : 0), "\(found.map(\.message))")
    }

    @Test("only routes the register covers are looked at", arguments: [
        // A register of TUR→AZE says nothing of PAK→AZE.
        ("TUR", "AZE", false),
        // Nor does one of AZE→PAK (the other way).
        ("AZE", "PAK", false),
        ("PAK", "AZE", true),
    ])
    func routes(_ supplier: String, _ recipient: String, _ noted: Bool) throws {
        let found = notes([try newsDeal(), try register("sipri-row", "arms_ordered", year: "2015", supplier: supplier, recipient: recipient)])
        #expect(found.count == (noted ? 1 : 0), "\(found.map(\.message))")
    }

    @Test("the news deal's route is its flow, from either side", arguments: [
        // AZE's purchase from PAK is PAK's sale to AZE.
        (Direction.fromPartner, "AZE", "PAK", true),
        (.toPartner, "PAK", "AZE", true),
        // Both ways: either route.
        (.both, "AZE", "PAK", true),
        // AZE's sale to PAK is another route.
        (.toPartner, "AZE", "PAK", false),
    ])
    func newsRoutes(_ direction: Direction, _ reporter: String, _ partner: String, _ noted: Bool) throws {
        let found = notes([try newsDeal(direction: direction, reporter: reporter, partner: partner),
                           try register("sipri-row", "arms_ordered", year: "2015")])
        #expect(found.count == (noted ? 1 : 0), "\(found.map(\.message))")
    }

    @Test("only news deal values are noted", arguments: [
        ("defence_deal_value", "news", true), ("deal_value", "news", true),
        ("arms_ordered", "news", false), ("investment_pledged", "news", false),
        // A deal value of the register itself, or of another statistics source, is no news.
        ("defence_deal_value", "sipri-tr-2025", false), ("deal_value", "ssc", false),
    ])
    func newsDealValues(_ indicator: String, _ source: String, _ noted: Bool) throws {
        let found = notes([try newsDeal(indicator, source: source), try register("sipri-row", "arms_ordered", year: "2015")])
        #expect(found.count == (noted ? 1 : 0), "\(found.map(\.message))")
    }
}
