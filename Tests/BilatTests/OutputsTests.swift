import Bilat
import BilatCore
import BilatDatasets
import BilatRender
import BilatTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// CSV exports and charts of the bundled dataset against golden files, and hostile text made inert.
@Suite struct OutputsTests {
    // Loaded once; a failure fails each test that uses it instead of crashing the whole run.
    static let bundledOutcome = Result { try AnalysisStage.run(folders: [Repository.bundledDataset]) }
    static let hostileOutcome = Result { try AnalysisStage.run(folders: [Repository.root + "/Tests/Fixtures/hostile"]) }
    static var bundled: AnalysisStage.Outcome { get throws { try bundledOutcome.get() } }
    static var hostile: AnalysisStage.Outcome { get throws { try hostileOutcome.get() } }
    static let golden = Repository.root + "/Tests/BilatTests/Golden/"

    @Test(arguments: ["figures.csv", "growth.csv", "events.csv", "sources.csv", "mirror.csv"])
    func csvMatchesItsGoldenFile(name: String) throws {
        let text = try #require(ExportStage.files((try Self.bundled), flavour: .excel).first { $0.name == name }?.text)
        let mismatch = Golden.mismatch(text, golden: Self.golden + "csv/" + name)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test(arguments: ["events", "money-usd", "personnel_trained", "trade_turnover"])
    func chartMatchesItsGoldenFile(name: String) throws {
        let chart = try #require(ChartStage.charts((try Self.bundled)).first { $0.name == name })
        #expect(XMLParser(data: Data(chart.svg.utf8)).parse(), "well-formed XML")
        let mismatch = Golden.mismatch(chart.svg, golden: Self.golden + "charts/" + name + ".svg")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func theBundledDataGivesTheseCharts() throws {
        #expect(ChartStage.charts((try Self.bundled)).map(\.name) == ["events", "money-usd", "personnel_trained", "trade_turnover"])
    }

    /// bilat's own reader reads the export back (BOM and all) and finds every figure with its exact value.
    @Test func exportedFiguresReadBackExactly() throws {
        let text = try #require(ExportStage.files((try Self.bundled), flavour: .excel).first { $0.name == "figures.csv" }?.text)
        let (records, diagnostics) = CSVText.parse(Array(text.utf8), path: "figures.csv")
        #expect(diagnostics.isEmpty)
        #expect(records[0].fields.map(\.value) == CSVExport.figureColumns, "the BOM is not part of the first column's name")
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(CSVExport.figureColumns, $0.fields.map(\.value))) }
        #expect(rows.count == 16 + (try Self.bundled).derived.count)
        #expect(rows.first { $0["id"] == "turnover-2021-todayaz" }?["value"] == "11700000")
        #expect(rows.first { $0["id"] == "jf17-deal-2022-02-shunculture" }?["value"] == "1600000000")
        #expect(rows.first { $0["id"] == "turnover-growth-2018-jan-sep-shunculture" }?["period"] == "Jan–Sep 2018 (months)")
        let derived = try #require(rows.first { $0["id"] == "exports~2017" })
        #expect(derived["derived"] == "yes")
        #expect(derived["value"] == "1640000")
        #expect(derived["formula"] == "turnover-2017-shunculture − imports-2017-shunculture")
        #expect(rows.allSatisfy { !($0["value"] ?? "").contains("e") && !($0["value"] ?? "").contains(",") }, "plain decimals only")
    }

    @Test func thePlainFlavourHasNoBOM() throws {
        let text = try #require(ExportStage.files((try Self.bundled), flavour: .plain).first?.text)
        #expect(text.hasPrefix("dataset,relationship,id,"))
        let excel = try #require(ExportStage.files((try Self.bundled), flavour: .excel).first?.text)
        #expect(excel.hasPrefix("\u{FEFF}dataset,relationship,id,"))
    }

    @Test func hostileTextIsInertInCSV() throws {
        let files = Dictionary(ExportStage.files((try Self.hostile), flavour: .plain).map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        for (name, text) in files {
            let (records, _) = CSVText.parse(Array(text.utf8), path: name)
            for field in records.flatMap(\.fields) {
                if let first = field.value.unicodeScalars.first {
                    #expect(!["=", "+", "@", "\t", "\r"].contains(first), "\(name): \(field.value.debugDescription) would run as a formula")
                    if first == "-" { #expect(Decimal(string: field.value) != nil, "\(name): only numbers may start with -") }
                }
            }
        }
        let sources = try #require(files["sources.csv"]), figures = try #require(files["figures.csv"])
        #expect(sources.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""))
        #expect(sources.contains(",'@SUM(1+1),"))
        #expect(figures.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(figures.contains("<script>alert(1)</script>"))
    }

    @Test func hostileTextIsInertInSVG() throws {
        let charts = ChartStage.charts((try Self.hostile))
        #expect(charts.count >= 3)
        for chart in charts {
            #expect(XMLParser(data: Data(chart.svg.utf8)).parse(), "\(chart.name) is well-formed XML")
            #expect(!chart.svg.contains("<script"), "\(chart.name)")
            #expect(!chart.svg.contains("<img"), "\(chart.name)")
            #expect(!chart.svg.contains("<b>"), "\(chart.name)")
            #expect(!chart.svg.contains("<!--"), "\(chart.name)")
        }
        let events = charts.first { $0.name == "events" }!.svg
        #expect(events.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(events.contains("“=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)”"))
    }
}
