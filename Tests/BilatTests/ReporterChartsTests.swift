import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Testing

/// When both sides report a flow, each side's figures are charted as series of their own, never one line.
@Suite struct ReporterChartsTests {
    static let figures = """
        id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
        aze-t-2020,trade_turnover,AZE,PAK,both,,2020,,USD 280,,,today,,
        aze-t-2021,trade_turnover,AZE,PAK,both,,2021,,USD 300,,,today,,
        pak-t-2020,trade_turnover,PAK,AZE,both,,2020,,USD 390,,,today,,
        pak-t-2021,trade_turnover,PAK,AZE,both,,2021,,USD 400,,,today,,
        aze-x-2020,exports,AZE,PAK,to_partner,,2020,,USD 100,,,today,,
        aze-x-2021,exports,AZE,PAK,to_partner,,2021,,USD 120,,,today,,
        pak-m-2020,imports,PAK,AZE,from_partner,,2020,,USD 110,,,today,,
        pak-m-2021,imports,PAK,AZE,from_partner,,2021,,USD 150,,,today,,

        """

    func charts(_ indicator: String) throws -> [ChartStage.Chart] {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["figures.csv": Self.figures]))
        let read = try #require(dataset, "\(diagnostics.map(\.description))")
        return ChartStage.charts(AnalysisStage.analyse([read])).filter { $0.shows == indicator }
    }

    @Test func eachSidesTurnoverIsAChartOfItsOwnThatSaysWhoseItIs() throws {
        let turnover = try charts("trade_turnover")
        #expect(turnover.map(\.name) == ["trade_turnover-reported-by-aze-usd", "trade_turnover-reported-by-pak-usd"])
        #expect(turnover.map(\.title) == ["Trade turnover, Azerbaijan–Pakistan, as Azerbaijan reports it",
                                          "Trade turnover, Pakistan–Azerbaijan, as Pakistan reports it"])
        #expect(turnover.map { $0.observations.map(\.id).sorted() } == [["aze-t-2020", "aze-t-2021"], ["pak-t-2020", "pak-t-2021"]])
    }

    @Test("one side's exports and the other's imports of the same goods are charts of their own, one reporter each", arguments: [
        ("exports", [("Exports, Azerbaijan to Pakistan", "AZE", false), ("Exports, Pakistan to Azerbaijan", "PAK", true)]),
        ("imports", [("Imports, Azerbaijan to Pakistan", "PAK", false), ("Imports, Pakistan to Azerbaijan", "AZE", true)]),
    ])
    func mirrorFlows(_ indicator: String, _ expected: [(title: String, reporter: String, derived: Bool)]) throws {
        // Each side's other part is implied from that side's own turnover, and charted apart from the reported one.
        let found = try charts(indicator).sorted { $0.title < $1.title }
        #expect(found.map(\.title) == expected.map(\.title))
        #expect(found.map { Set($0.observations.map(\.key.reporter)) } == expected.map { [$0.reporter] })
        #expect(found.map { Set($0.observations.map(\.isDerived)) } == expected.map { [$0.derived] })
    }
}
