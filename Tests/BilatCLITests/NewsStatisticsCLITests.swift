import BilatTestSupport
import Foundation
import Testing

/// News against official statistics through the real binary: Tests/Fixtures/news-statistics holds news figures
/// beside a national office's, Comtrade's and a SIPRI register's (all made up), and `bilat check` finds exactly these.
@Suite struct NewsStatisticsCLITests {
    let folder = TemporaryFolder("news-statistics-cli")

    static let fixture = "Tests/Fixtures/news-statistics"

    static let expected = """
        warnings: 2
          news-against-statistics:ct-pak-aze-m-2020-total+exports-aze-2020-wire
            exports AZE→PAK (USD) for 2020: the news source wire-2022-trade reports 3900000 (exact); official statistics comtrade-tradedata-2020 (UN Comtrade) report the mirror side, imports PAK←AZE all goods (USD), 4350000 (exact). The news figure is 10.34 % below the official one, beyond the news figure's rounding, its qualifier and the 5 % tolerance for news against statistics: the news may quote another release or another measure; mirror figures differ also by valuation (CIF against FOB) and timing
            sources: comtrade-tradedata-2020, wire-2022-trade
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:8
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:9
          news-against-statistics:turnover-2021-ssc+turnover-2021-wire
            trade_turnover AZE–PAK (USD) for 2021: the news source wire-2022-trade reports 12500000 (exact); official statistics ssc-2022-yearbook (State Statistical Committee of the Republic of Azerbaijan) report 11730512 (exact). The news figure is 6.56 % above the official one, beyond the news figure's rounding, its qualifier and the 5 % tolerance for news against statistics: the news may quote another release or another measure
            sources: ssc-2022-yearbook, wire-2022-trade
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:2
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:3
        notes: 3
          news-against-statistics:ct-aze-pak-m-2019-total+ct-aze-pak-x-2019-total+turnover-2019-wire
            trade_turnover AZE–PAK (USD) for 2019: the news source wire-2022-trade reports 12900000 (exact); official statistics comtrade-tradedata-2020 (UN Comtrade) imply 12300000 (exact) as ct-aze-pak-m-2019-total + ct-aze-pak-x-2019-total. The news figure is 4.88 % above the official one, beyond the news figure's rounding and qualifier but within the 5 % tolerance for news against statistics (an early release, a currency conversion)
            sources: comtrade-tradedata-2020, wire-2022-trade
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:10
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:11
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:12
          news-against-statistics:exports-pak-2020-pbs+exports-pak-2020-wire
            exports PAK→AZE (USD) for 2020: the news source wire-2022-trade reports 8100000 (exact); official statistics pbs-2022-trade (Pakistan Bureau of Statistics) report 7912345 (exact). The news figure is 2.37 % above the official one, beyond the news figure's rounding and qualifier but within the 5 % tolerance for news against statistics (an early release, a currency conversion)
            sources: pbs-2022-trade, wire-2022-trade
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:4
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:5
          news-deal-not-in-sipri:jf17-deal-2024-weekly
            jf17-deal-2024-weekly: the news source weekly-2024-jf17 reports a defence_deal_value of 1600000000 USD (JF-17 Thunder fighters) for Feb 2024, but the imported SIPRI register (sipri-trade-register) has no deal PAK→AZE ordered or delivered in a year overlapping it. SIPRI may not list it yet, or the deal may not have been concluded
            sources: sipri-trade-register, weekly-2024-jf17
            at Tests/Fixtures/news-statistics/azerbaijan-pakistan/figures.csv:14
        """

    func check(_ arguments: String...) throws -> BinaryRun {
        try Repository.copy(Repository.root + "/" + Self.fixture, to: folder.file(Self.fixture))
        return try BilatBinary.run(["check", "--datasets", Self.fixture] + arguments, in: folder.path)
    }

    @Test func checkFindsExactlyTheNewsAgainstStatisticsFindings() throws {
        let run = try check()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout == Self.expected + "\n", "\(run.stdout)")
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat check --datasets \(Self.fixture)\n" + run.stdout), "README's example differs from:\n\(run.stdout)")
    }

    @Test func warningsAloneDoNotFailStrict() throws {
        let run = try check("--strict", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(findings.map { "\($0["kind"] ?? "") \($0["severity"] ?? "")" } == [
            "news-against-statistics warning", "news-against-statistics warning",
            "news-against-statistics note", "news-against-statistics note", "news-deal-not-in-sipri note",
        ])
    }
}
