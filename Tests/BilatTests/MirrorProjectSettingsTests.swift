import Bilat
import BilatCore
import BilatDatasets
import BilatRender
import Foundation
import Testing

/// Two relationships with settings of their own: each relationship's pairs, warnings, CSV rows and chart use
/// its own factor and threshold, and a table over both names each factor.
@Suite struct MirrorProjectSettingsTests {
    static func figure(_ id: String, _ indicator: String, _ reporter: String, _ partner: String, _ text: String) throws -> Figure {
        Figure(id: id, indicator: indicator, reporter: reporter, partner: partner, direction: indicator == "imports" ? .fromPartner : .toPartner,
               subject: "all goods", period: try PeriodReader.parse("2018"), periodText: "2018", asReported: text,
               quantity: try QuantityReader.parse(text), sourceID: "ct")
    }

    /// AZE's imports of 1,100,000 from PAK and from TUR against each one's exports of 1,000,000.
    static func outcome(_ settings: String) throws -> AnalysisStage.Outcome {
        let figures = try [
            figure("m-pak", "imports", "AZE", "PAK", "USD 1100000"), figure("x-pak", "exports", "PAK", "AZE", "USD 1000000"),
            figure("m-tur", "imports", "AZE", "TUR", "USD 1100000"), figure("x-tur", "exports", "TUR", "AZE", "USD 1000000"),
        ]
        let dataset = Dataset(name: "comtrade", sources: [Source(id: "ct", publisher: "UN Comtrade", title: "TradeData")],
                              parties: [Party(id: "AZE", name: "Azerbaijan"), Party(id: "PAK", name: "Pakistan"), Party(id: "TUR", name: "Türkiye")],
                              figures: figures)
        let read = MirrorSettingsReader.read(Array(("relationship,factor,threshold_percent\n" + settings).utf8), path: "mirror-settings.csv")
        let contents = try #require(read.contents, "\(read.diagnostics)")
        return AnalysisStage.analyse([dataset], mirror: contents.settings)
    }

    @Test func eachRelationshipUsesItsOwnSettings() throws {
        // PAK: 1,100,000 × 1/1.1 = 1,000,000, no gap. TUR (the * row): × 0.95 = 1,045,000, 4.5 % over, past 4 %.
        let outcome = try Self.outcome("*,0.95,4\nPAK-AZE,1/1.1,0\n")
        let pairs = MirrorStage.pairs(outcome)
        #expect(pairs.map { "\($0.relationship) \($0.factor.text) \($0.importerFOB?.plainText ?? "")" } == ["AZE-PAK 1/1.1 1000000", "AZE-TUR 0.95 1045000"])
        let warnings = outcome.findings.filter { $0.kind == .mirrorAsymmetry }
        #expect(warnings.map(\.subjects) == [["m-tur", "x-tur"]])
        #expect(warnings.first?.message.contains("× 0.95 = 1045000 FOB against 1000000 FOB (m-tur against x-tur); more than the 4 % threshold") == true,
                "\(warnings.map(\.message))")
        #expect(MirrorStage.findings(outcome).map(\.id) == warnings.map(\.id), "bilat mirror lists what bilat check raises")

        let csv = ExportStage.file(named: "mirror.csv", outcome, flavour: .plain)
        #expect(csv.contains("AZE-PAK,comtrade,PAK,AZE,all goods,USD,2018 (year),2018-01-01,2018-12-31,both,m-pak,1100000,× 1/1.1,1000000,"), "\(csv)")
        #expect(csv.contains("AZE-TUR,comtrade,TUR,AZE,all goods,USD,2018 (year),2018-01-01,2018-12-31,both,m-tur,1100000,× 0.95,1045000,"), "\(csv)")
        let charts = ChartStage.charts(outcome).filter { $0.shows == "mirror" }
        #expect(charts.count == 2)
        #expect(charts.first { $0.relationship.id == "AZE-TUR" }?.svg.contains("CIF value × 0.95 gives its FOB value") == true)

        let table = try MirrorOutput.render(pairs, as: .table)
        #expect(table.hasPrefix("factors by relationship (0.95, 1/1.1): importer's CIF value × the factor = its FOB value"), "\(table)")
        #expect(table.contains("AZE-PAK: PAK→AZE all goods (USD), AZE's imports against PAK's exports, factor 1/1.1\n"), "\(table)")
        #expect(table.contains("AZE-TUR: TUR→AZE all goods (USD), AZE's imports against TUR's exports, factor 0.95\n"), "\(table)")
    }

    @Test func withoutAFileTheStandardApplies() throws {
        let outcome = try Self.outcome("")
        #expect(outcome.relationships.allSatisfy { $0.mirror == .standard })
        #expect(MirrorStage.pairs(outcome).allSatisfy { $0.factor.text == "1/1.06" })
        let table = try MirrorOutput.render(MirrorStage.pairs(outcome), as: .table)
        #expect(table.hasPrefix("factor 1/1.06: "), "one factor is named once: \(table)")
    }

    @Test func limitingToOneRelationshipKeepsItsSettings() throws {
        let outcome = try Self.outcome("AZE-TUR,1,50\n")
        let limited = try #require(outcome.limited(to: Relationship("AZE", "TUR")))
        #expect(limited.relationships.map(\.mirror.factor.text) == ["1"])
        #expect(limited.mirror == outcome.mirror)
    }
}
