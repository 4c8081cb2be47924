import Bilat
import BilatCore
import BilatRender
import BilatTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The mirror chart and mirror.csv from a dataset with both sides of a flow, one side alone, and hostile text.
@Suite struct MirrorOutputsTests {
    static func figure(_ id: String, _ indicator: String, _ reporter: String, _ partner: String, _ period: String, _ text: String,
                       subject: String = "all goods") throws -> Figure {
        Figure(id: id, indicator: indicator, reporter: reporter, partner: partner, direction: indicator == "imports" ? .fromPartner : .toPartner,
               subject: subject, period: try PeriodReader.parse(period), periodText: period, asReported: text,
               quantity: try QuantityReader.parse(text), sourceID: "ct")
    }

    static func outcome() throws -> AnalysisStage.Outcome {
        let figures = [
            try figure("m2017", "imports", "AZE", "PAK", "2017", "USD 800000"),
            try figure("m2018", "imports", "AZE", "PAK", "2018", "USD 1234567.89"), try figure("x2018", "exports", "PAK", "AZE", "2018", "USD 900000"),
            try figure("m2019", "imports", "AZE", "PAK", "2019", "USD 1500000"), try figure("x2019", "exports", "PAK", "AZE", "2019", "USD 1600000"),
            try figure("h-m", "imports", "AZE", "PAK", "2018", "USD 10600", subject: "=cmd|' <script>"),
            try figure("h-x", "exports", "PAK", "AZE", "2018", "USD 10000", subject: "=cmd|' <script>"),
        ]
        let dataset = Dataset(name: "comtrade", sources: [Source(id: "ct", publisher: "UN Comtrade <&>", title: "=HYPERLINK(\"x\")")],
                              parties: [Party(id: "AZE", name: "Azerbaijan"), Party(id: "PAK", name: "Pakistan")], figures: figures)
        return AnalysisStage.analyse([dataset])
    }

    @Test func chartMatchesItsGoldenFile() throws {
        let charts = ChartStage.charts(try Self.outcome()).filter { $0.shows == "mirror" }
        #expect(charts.map(\.name) == ["mirror-pak-to-aze-all-goods-usd", "mirror-pak-to-aze-cmd-script-usd"])
        let chart = try #require(charts.first)
        #expect(XMLParser(data: Data(chart.svg.utf8)).parse(), "well-formed XML")
        #expect(chart.svg == chart.svg, "the same data gives the same bytes")
        let mismatch = Golden.mismatch(chart.svg, golden: Repository.root + "/Tests/BilatTests/Golden/charts/mirror.svg")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func hostileTextIsEscaped() throws {
        let outcome = try Self.outcome()
        let chart = try #require(ChartStage.charts(outcome).first { $0.name == "mirror-pak-to-aze-cmd-script-usd" })
        #expect(XMLParser(data: Data(chart.svg.utf8)).parse(), "well-formed XML")
        #expect(!chart.svg.contains("<script"))
        #expect(chart.svg.contains("Mirror flows, Pakistan to Azerbaijan: =cmd|&#39; &lt;script&gt;"), "\(chart.svg)")
        let csv = ExportStage.file(named: "mirror.csv", outcome, flavour: .plain)
        #expect(csv.contains(",PAK,AZE,'=cmd|' <script>,USD,2018 (year),"), "\(csv)")
    }

    @Test func mirrorCSVMatchesItsGoldenFile() throws {
        let csv = ExportStage.file(named: "mirror.csv", try Self.outcome(), flavour: .excel)
        let mismatch = Golden.mismatch(csv, golden: Repository.root + "/Tests/BilatTests/Golden/csv/mirror-both-sides.csv")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
