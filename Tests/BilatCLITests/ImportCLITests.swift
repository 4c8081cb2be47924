import BilatTestSupport
import Foundation
import Testing

/// `bilat import comtrade` through the real binary: into a new dataset, then ingest; a second import
/// changes nothing; a bad file leaves the dataset as it was.
@Suite struct ImportCLITests {
    let folder = TemporaryFolder("import-cli")

    /// A comtradeplus download cut to the columns bilat reads: totals both ways, World, a month, a third
    /// country, and rows the guards skip (a null value, a DX flow, a breakdown by mode of transport).
    static let download = """
        reporterISO,partnerCode,partnerISO,flowCode,refMonth,period,cmdCode,cmdDesc,aggrLevel,isLeaf,partner2ISO,customsCode,motCode,cifValue,fobValue,primaryValue,isNetWgtEstimated
        AZE,586,PAK,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,1234567.89,1234567.89,false
        AZE,0,W00,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,9000000,9000000,false
        PAK,31,AZE,M,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,530,,530,true
        AZE,586,PAK,RX,5,201805,TOTAL,All Commodities,0,false,W00,C00,0,,28421,28421,false
        AZE,792,TUR,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,5000,5000,false
        AZE,586,PAK,X,52,2019,TOTAL,All Commodities,0,false,W00,C00,0,,,,false
        AZE,586,PAK,DX,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,1000,1000,false
        AZE,586,PAK,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,2100,,700,700,false

        """

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    func newDataset() throws -> String {
        let made = try bilat("dataset", "new", "AZE", "PAK")
        #expect(made.status == 0, "\(made.stderr)")
        return "Datasets/azerbaijan-pakistan"
    }

    func snapshot(_ dataset: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.file(dataset)) {
            files[name] = try folder.read(dataset + "/" + name)
        }
        return files
    }

    @Test func importThenIngestAndListTheFigures() throws {
        let dataset = try newDataset()
        try folder.write("TradeData_2018.csv", Self.download)
        let run = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset, "--accessed", "2024-05-01")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("sources   1 added, 0 changed, 0 unchanged"), "\(run.stdout)")
        #expect(run.stdout.contains("parties   2 added, 0 changed, 0 unchanged"), "WLD and TUR: \(run.stdout)")
        #expect(run.stdout.contains("figures   5 added, 0 changed, 0 unchanged"), "\(run.stdout)")
        #expect(run.stderr.contains("TradeData_2018.csv:8:1: note: not imported: flow DX"), "\(run.stderr)")
        #expect(run.stderr.contains("TradeData_2018.csv:9:1: note: not imported: a breakdown"), "\(run.stderr)")

        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat import comtrade TradeData_2018.csv --into \(dataset) --accessed 2024-05-01\n" + run.stdout),
                "README's example differs from:\n\(run.stdout)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures.contains("ct-aze-pak-x-2018-total,exports,AZE,PAK,to_partner,all goods,2018,,USD 1234567.89,,,comtrade-tradedata-2018,,UN Comtrade flow X; FOB\n"), "\(figures)")
        #expect(figures.contains("ct-pak-aze-m-2018-total,imports,PAK,AZE,from_partner,all goods,2018,,USD 530,,,comtrade-tradedata-2018,,UN Comtrade flow M; CIF; estimated: netWgt\n"), "\(figures)")
        #expect(figures.contains("ct-aze-wld-x-2018-total,exports,AZE,WLD,to_partner,all goods,2018,,USD 9000000,"), "\(figures)")
        #expect(figures.contains("ct-aze-pak-rx-2018-05-total,re_exports,AZE,PAK,to_partner,all goods,2018-05,,USD 28421,"), "\(figures)")
        let parties = try folder.read(dataset + "/parties.csv")
        #expect(parties == "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,\nWLD,World,\nTUR,Türkiye,\n", "\(parties)")
        let sources = try folder.read(dataset + "/sources.csv")
        #expect(sources.contains("comtrade-tradedata-2018,UN Comtrade,\"UN Comtrade download TradeData_2018.csv, reported by AZE PAK, 2018 to 2018-05\""), "\(sources)")
        #expect(sources.contains(",2024-05-01"), "\(sources)")

        let ingest = try bilat("ingest", dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try bilat("figures", "--format", "csv", "--db", "store.sqlite")
        #expect(listed.status == 0, "\(listed.stderr)")
        for id in ["ct-aze-pak-x-2018-total", "ct-aze-wld-x-2018-total", "ct-pak-aze-m-2018-total", "ct-aze-pak-rx-2018-05-total", "ct-aze-tur-x-2018-total"] {
            #expect(listed.stdout.contains(id), "\(id) in \(listed.stdout)")
        }
        #expect(listed.stdout.contains("1234567.89"), "the exact value: \(listed.stdout)")
    }

    @Test func importingTheSameFileAgainChangesNothing() throws {
        let dataset = try newDataset()
        try folder.write("TradeData_2018.csv", Self.download)
        let first = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(dataset)
        let again = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("figures   0 added, 0 changed, 5 unchanged"), "\(again.stdout)")
        #expect(again.stdout.contains("is unchanged"), "\(again.stdout)")
        #expect(try snapshot(dataset) == before)

        // A revised value updates its row in place; the others stay.
        try folder.write("TradeData_2018.csv", Self.download.replacingOccurrences(of: ",9000000,9000000,", with: ",9100000,9100000,"))
        let revised = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset)
        #expect(revised.status == 0, "\(revised.stderr)")
        #expect(revised.stdout.contains("figures   0 added, 1 changed, 4 unchanged"), "\(revised.stdout)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures.contains(",USD 9100000,") && !figures.contains(",USD 9000000,"), "\(figures)")
        #expect(figures.components(separatedBy: "\n").count == (before["figures.csv"] ?? "").components(separatedBy: "\n").count)
    }

    @Test(arguments: [
        ("not a header at all\n1,2,3\n", "is in no Comtrade layout"),
        (download.replacingOccurrences(of: ",5000,5000,", with: ",5000,5 thousand,"), "TradeData_2018.csv:6:"),
        (download.replacingOccurrences(of: "AZE,792,TUR", with: "AZE,999,XYZ"), "the dataset has no party XYZ"),
    ])
    func aBadFileLeavesTheDatasetAsItWas(text: String, expected: String) throws {
        let dataset = try newDataset()
        let before = try snapshot(dataset)
        try folder.write("TradeData_2018.csv", text)
        let run = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(try snapshot(dataset) == before)
    }
}
