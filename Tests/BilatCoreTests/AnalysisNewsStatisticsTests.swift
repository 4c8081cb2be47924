@testable import BilatCore
import Foundation
import Testing

// News against official statistics: which sources are statistics, how a news figure is held against them, and
// deal values the imported SIPRI register has no counterpart for.

@Suite("News against statistics")
struct AnalysisNewsStatisticsTests: AnalysisFixtures {
    /// A news wire, two national offices, Comtrade and SIPRI, published after every figure the tests use.
    var sources: [Source] {
        [("news", "A news wire"), ("news2", "Another paper"), ("ssc", "State Statistical Committee of the Republic of Azerbaijan"),
         ("pbs", "pakistan bureau of statistics"), ("ct", "UN Comtrade"), ("sipri-register", "SIPRI")].map { id, publisher in
            Source(id: id, publisher: publisher, title: "Source \(id)", published: Period.day(CalendarDate(year: 2025, month: 1, day: 15)!))
        }
    }

    func findings(_ figures: [Figure]) -> [Finding] { Checks.run(dataset(figures, sources: sources)) }

    // MARK: Which sources are statistics

    @Test("a publisher is official statistics when it is one of the list, whole and in any case", arguments: [
        ("UN Comtrade", true), ("un comtrade", true), (" SIPRI ", true), ("IMF", true), ("International Monetary Fund", true),
        ("State Statistical Committee of the Republic of Azerbaijan", true), ("STATE CUSTOMS COMMITTEE OF AZERBAIJAN", true),
        ("Pakistan Bureau of Statistics", true), ("State Bank of Pakistan", true),
        ("Today.Az (from Azernews)", false), ("UN Comtrade blog", false), ("A statistics office (made up for this fixture)", false),
        ("", false),
    ])
    func statisticsPublishers(_ publisher: String, _ statistics: Bool) {
        let source = Source(id: "s", publisher: publisher, title: "t")
        #expect(StatisticsSources.isStatistics(source) == statistics)
        #expect(StatisticsSources.isSIPRI(source) == (publisher.trimmingCharacters(in: .whitespaces).lowercased() == "sipri"))
    }

    // MARK: Same flow, same period

    @Test("a news figure against the same side's official figure: agree, within the tolerance, or beyond it", arguments: [
        // Within the news figure's rounding: the official figure rounded, nothing to say.
        ("$11.7 million", nil as Finding.Severity?, nil as String?),
        ("$12 million", nil, nil),
        ("about $13 million", nil, nil),
        // Beyond its rounding, within 5 % of the official value.
        ("$12.1 million", .note, "The news figure is 3.15 % above the official one"),
        // 5.37 % below, but its rounding reaches 11.15 million, within 5 %.
        ("$11.1 million", .note, "The news figure is 5.37 % below the official one"),
        // Beyond both.
        ("$12.5 million", .warning, "The news figure is 6.56 % above the official one"),
        ("$10.9 million", .warning, "The news figure is 7.08 % below the official one"),
        ("$12.5–13 million", .warning, "The news range is +6.56 % to +10.82 % from the official value"),
    ])
    func sameSide(_ news: String, _ severity: Finding.Severity?, _ difference: String?) throws {
        let all = findings([
            try figure("news-2021", "trade_turnover", period: "2021", news, source: "news"),
            try figure("ssc-2021", "trade_turnover", period: "2021", "USD 11730512", source: "ssc"),
        ])
        #expect(all.map(\.severity) == (severity.map { [$0] } ?? []), "\(all.map(\.message))")
        guard let f = all.first, let difference else { return }
        #expect(f.kind == .newsAgainstStatistics)
        #expect(f.id == "news-against-statistics:news-2021+ssc-2021")
        #expect(f.sourceIDs == ["news", "ssc"])
        #expect(f.message.contains(difference + ", beyond the news figure's rounding"), "\(f.message)")
    }

    @Test func theMessageGivesBothValuesTheDifferenceAndTheTolerance() throws {
        let f = try #require(findings([
            try figure("news-2021", "trade_turnover", period: "2021", "$12.5 million", source: "news"),
            try figure("ssc-2021", "trade_turnover", period: "2021", "USD 11730512", source: "ssc"),
        ]).first)
        #expect(f.message == "trade_turnover AZE–PAK (USD) for 2021: the news source news reports 12500000 (exact); official statistics "
            + "ssc (State Statistical Committee of the Republic of Azerbaijan) report 11730512 (exact). The news figure is 6.56 % above "
            + "the official one, beyond the news figure's rounding, its qualifier and the 5 % tolerance for news against statistics: "
            + "the news may quote another release or another measure")
    }

    @Test("only the same period is compared", arguments: ["2020", "January–June 2021", "2020-07-01/2021-06-30", "2021-05"])
    func otherPeriods(_ period: String) throws {
        let all = findings([
            try figure("news", "trade_turnover", period: period, "$20 million", source: "news"),
            try figure("ssc-2021", "trade_turnover", period: "2021", "USD 11730512", source: "ssc"),
        ])
        #expect(only(.newsAgainstStatistics, all).isEmpty, "\(all.map(\.message))")
    }

    @Test("the subject must match; all goods is what no subject counts", arguments: [
        ("", "all goods", true), ("", "ALL GOODS", true), ("Rice", "rice", true),
        ("", "HS 27 Mineral fuels", false), ("rice", "", false),
    ])
    func subjects(_ newsSubject: String, _ officialSubject: String, _ compared: Bool) throws {
        let all = findings([
            try figure("news", "exports", period: "2021", "$20 million", source: "news", direction: .toPartner, subject: newsSubject),
            try figure("ct", "exports", period: "2021", "USD 11730512", source: "ct", direction: .toPartner, subject: officialSubject),
        ])
        #expect(only(.newsAgainstStatistics, all).count == (compared ? 1 : 0), "\(all.map(\.message))")
    }

    @Test("another unit or indicator is another measure", arguments: [
        ("AZN 20m", "trade_turnover"), ("$20 million", "exports"),
    ])
    func otherMeasures(_ news: String, _ indicator: String) throws {
        let all = findings([
            try figure("news", indicator, period: "2021", news, source: "news", direction: indicator == "exports" ? .toPartner : .both),
            try figure("ssc", "trade_turnover", period: "2021", "USD 11730512", source: "ssc"),
        ])
        #expect(only(.newsAgainstStatistics, all).isEmpty, "\(all.map(\.message))")
    }

    // MARK: The mirror side

    @Test("with no official figure of its own side, the mirror side's is compared", arguments: [
        // PAK's exports to AZE in the news against AZE's imports from PAK in AZE's statistics.
        ("exports", "PAK", "AZE", Direction.toPartner, "imports", "AZE", "PAK", Direction.fromPartner),
        // AZE's imports from PAK in the news against PAK's exports to AZE.
        ("imports", "AZE", "PAK", .fromPartner, "exports", "PAK", "AZE", .toPartner),
        // Turnover with the parties the other way round.
        ("trade_turnover", "PAK", "AZE", .both, "trade_turnover", "AZE", "PAK", .both),
    ])
    func mirrorSide(_ newsIndicator: String, _ newsReporter: String, _ newsPartner: String, _ newsDirection: Direction,
                    _ officialIndicator: String, _ officialReporter: String, _ officialPartner: String, _ officialDirection: Direction) throws {
        let all = findings([
            try figure("news", newsIndicator, period: "2021", "$12.5 million", source: "news", direction: newsDirection,
                       reporter: newsReporter, partner: newsPartner),
            try figure("stat", officialIndicator, period: "2021", "USD 11730512", source: "ssc", direction: officialDirection,
                       reporter: officialReporter, partner: officialPartner),
        ])
        let f = try #require(all.first, "\(all.map(\.message))")
        #expect(all.count == 1)
        #expect(f.kind == .newsAgainstStatistics)
        #expect(f.severity == .warning)
        let arrow = officialDirection == .both ? "–" : officialDirection == .toPartner ? "→" : "←"
        #expect(f.message.contains("report the mirror side, \(officialIndicator) \(officialReporter)\(arrow)\(officialPartner) (USD), 11730512"),
                "\(f.message)")
        #expect(f.message.hasSuffix("; mirror figures differ also by valuation (CIF against FOB) and timing"), "\(f.message)")
    }

    @Test func theSameSideIsPreferredToTheMirrorSide() throws {
        let all = findings([
            try figure("news", "exports", period: "2021", "$12.5 million", source: "news", direction: .toPartner),
            try figure("aze-x", "exports", period: "2021", "USD 12500000", source: "ssc", direction: .toPartner),
            try figure("pak-m", "imports", period: "2021", "USD 11730512", source: "pbs", direction: .fromPartner,
                       reporter: "PAK", partner: "AZE"),
        ])
        #expect(only(.newsAgainstStatistics, all).isEmpty, "\(all.map(\.message))")
    }

    @Test func eachOfTheSameSidesOfficialFiguresIsCompared() throws {
        let all = findings([
            try figure("news", "exports", period: "2021", "$12.5 million", source: "news", direction: .toPartner),
            try figure("ct-x", "exports", period: "2021", "USD 11730512", source: "ct", direction: .toPartner, subject: "all goods"),
            try figure("ssc-x", "exports", period: "2021", "USD 11900000", source: "ssc", direction: .toPartner),
        ])
        #expect(only(.newsAgainstStatistics, all).map(\.id) == ["news-against-statistics:ct-x+news", "news-against-statistics:news+ssc-x"])
        #expect(only(.newsAgainstStatistics, all).map(\.severity) == [.warning, .note])
    }

    // MARK: Figures the statistics imply

    /// AZE's exports and imports as Comtrade gives them: no turnover, but one implied.
    func comtradeParts(reporter: String = "AZE", partner: String = "PAK") throws -> [Figure] {
        [try figure("ct-x", "exports", period: "2019", "USD 4100000", source: "ct", direction: .toPartner, subject: "all goods",
                    reporter: reporter, partner: partner),
         try figure("ct-m", "imports", period: "2019", "USD 8200000", source: "ct", direction: .fromPartner, subject: "all goods",
                    reporter: reporter, partner: partner)]
    }

    @Test func newsOfTheTurnoverIsHeldAgainstTheExportsPlusTheImports() throws {
        let all = findings(try comtradeParts() + [try figure("news", "trade_turnover", period: "2019", "$12.9 million", source: "news")])
        let f = try #require(all.first, "\(all.map(\.message))")
        #expect(all.count == 1)
        #expect(f.id == "news-against-statistics:ct-m+ct-x+news")
        #expect(f.severity == .note)
        #expect(f.sourceIDs == ["ct", "news"])
        #expect(f.message == "trade_turnover AZE–PAK (USD) for 2019: the news source news reports 12900000 (exact); official statistics "
            + "ct (UN Comtrade) imply 12300000 (exact) as ct-m + ct-x. The news figure is 4.88 % above the official one, beyond the news "
            + "figure's rounding and qualifier but within the 5 % tolerance for news against statistics (an early release, a currency conversion)")
    }

    @Test func aReportedOfficialTurnoverIsPreferredToTheImpliedOne() throws {
        let all = findings(try comtradeParts() + [
            try figure("news", "trade_turnover", period: "2019", "$12.9 million", source: "news"),
            try figure("ssc", "trade_turnover", period: "2019", "USD 12900000", source: "ssc"),
        ])
        #expect(only(.newsAgainstStatistics, all).isEmpty, "\(all.map(\.message))")
    }

    @Test func theOtherSidesTurnoverIsImpliedForTheMirrorSide() throws {
        let all = findings(try comtradeParts() + [
            try figure("news", "trade_turnover", period: "2019", "$13.5 million", source: "news", reporter: "PAK", partner: "AZE"),
        ])
        #expect(all.map(\.severity) == [.warning])
        #expect(all.first?.message.contains("imply for the mirror side, trade_turnover AZE–PAK all goods (USD), 12300000 (exact) as ct-m + ct-x. ")
                == true, "\(all.map(\.message))")
    }

    @Test func oneSidesExportsAndTheOtherSidesImportsImplyNothing() throws {
        let all = findings([
            try figure("ct-x", "exports", period: "2019", "USD 4100000", source: "ct", direction: .toPartner, subject: "all goods"),
            try figure("ct-m", "imports", period: "2019", "USD 8200000", source: "ct", direction: .fromPartner, subject: "all goods",
                       reporter: "PAK", partner: "AZE"),
            try figure("news", "trade_turnover", period: "2019", "$20 million", source: "news"),
        ])
        #expect(only(.newsAgainstStatistics, all).isEmpty, "\(all.map(\.message))")
    }

    // MARK: Not also a conflict

    @Test("news against statistics replaces the conflict; news against news and statistics against statistics stay conflicts", arguments: [
        ("news", "ssc", [Finding.Kind.newsAgainstStatistics]),
        ("news", "news2", [.conflict]),
        ("ssc", "ct", [.conflict]),
    ])
    func notAlsoAConflict(_ first: String, _ second: String, _ kinds: [Finding.Kind]) throws {
        let all = findings([
            try figure("x", "trade_turnover", period: "2021", "$12.5 million", source: first),
            try figure("y", "trade_turnover", period: "2021", "USD 11730512", source: second),
        ])
        #expect(all.map(\.kind) == kinds, "\(all.map(\.message))")
    }

    @Test func aTruncatedNewsFigureIsANoteOfThisCheckNotATruncation() throws {
        let all = findings([
            try figure("x", "trade_turnover", period: "2021", "$13.2 million", source: "news"),
            try figure("y", "trade_turnover", period: "2021", "USD 13283000", source: "ssc"),
        ])
        #expect(all.map(\.kind) == [.newsAgainstStatistics])
        #expect(all.map(\.severity) == [.note])
    }

    @Test func figuresWithDifferentKeysAreNotCompared() throws {
        let all = findings([
            try figure("x", "trade_turnover", period: "2021", "$12.5 million", source: "news", key: "one"),
            try figure("y", "trade_turnover", period: "2021", "USD 11730512", source: "ssc", key: "two"),
        ])
        #expect(all.isEmpty, "\(all.map(\.message))")
    }

    func only(_ kind: Finding.Kind, _ all: [Finding]) -> [Finding] { all.filter { $0.kind == kind } }
}
