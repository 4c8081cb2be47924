import BilatTestSupport
import Foundation
import Testing

/// `bilat import imf` through the real binary: an IMTS download into a new dataset, then ingest; a second import
/// changes nothing; a DOTS download of the same flows revises them in place; a bad file leaves the dataset as it was.
@Suite struct ImfImportCLITests {
    let folder = TemporaryFolder("imf-import-cli")

    /// IMTS SDMX-CSV in plain US$: both flows, World, a month, a null, an aggregate, the trade balance, an E flag.
    static let imts = """
        DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,UNIT,STATUS
        IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,A,2018,1234567.89,0,USD,
        IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,A,2019,,0,USD,
        IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,M,2018-M05,28421,0,USD,
        IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,G001,A,2018,9000000,0,USD,
        IMF.STA:IMTS(1.0.0),PAK,MG_CIF_USD,AZE,A,2018,530,0,USD,E
        IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,G163,A,2018,100000,0,USD,
        IMF.STA:IMTS(1.0.0),AZE,TBG_USD,PAK,A,2018,1200000,0,USD,

        """

    /// The same flows in a legacy DOTS timeSeries download, in US$ millions, the 2018 export revised, and a quarter.
    static let timeSeries = """
        "Country Name","Country Code","Indicator Name","Indicator Code","Counterpart Country Name","Counterpart Country Code","Attribute","2018","2018M05","2018Q3",
        "Azerbaijan, Rep. of","912","Goods, Value of Exports, Free on board (FOB), US Dollars","TXG_FOB_USD","Pakistan","564","Value","1.3","0.028421","0.25",
        "Azerbaijan, Rep. of","912","Goods, Value of Exports, Free on board (FOB), US Dollars","TXG_FOB_USD","World","001","Value","9","","",
        "Pakistan","564","Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars","TMG_CIF_USD","Azerbaijan, Rep. of","912","Value","0.00053","","",
        "Pakistan","564","Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars","TMG_CIF_USD","Azerbaijan, Rep. of","912","Status","E","","",

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

    static let note = "may be derived from the partner's report (the IMF estimates a non-reporting country's trade from its partners' data, converting with a CIF/FOB factor of 1.06)"

    @Test func importThenIngestAndListTheFigures() throws {
        let dataset = try newDataset()
        try folder.write("IMTS_AZE_PAK.csv", Self.imts)
        let run = try bilat("import", "imf", "IMTS_AZE_PAK.csv", "--into", dataset, "--accessed", "2025-06-01")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            sources   1 added, 0 changed, 0 unchanged
            parties   1 added, 0 changed, 0 unchanged
            figures   4 added, 0 changed, 0 unchanged
            wrote \(dataset)/sources.csv, \(dataset)/parties.csv, \(dataset)/figures.csv

            """, "\(run.stdout)")
        #expect(run.stderr == """
            IMTS_AZE_PAK.csv:3:47: note: not imported: OBS_VALUE is empty or null: a missing figure, not zero
            IMTS_AZE_PAK.csv:7:36: note: not imported: the partner 'G163' is an IMF aggregate, not a country; bilat keeps countries and World (WLD)
            IMTS_AZE_PAK.csv:8:25: note: not imported: the trade balance (TBG_USD) is exports less imports; bilat reads the two flows

            """, "\(run.stderr)")

        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat import imf IMTS_AZE_PAK.csv --into \(dataset) --accessed 2025-06-01\n" + run.stdout + run.stderr),
                "README's example differs from:\n\(run.stdout)\(run.stderr)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures == """
            id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
            imf-aze-pak-exports-2018,exports,AZE,PAK,to_partner,all goods,2018,,USD 1234567.89,,,imf-imts-aze-pak,,"IMF IMTS XG_FOB_USD: exports FOB; US$; \(Self.note)"
            imf-aze-pak-exports-2018-05,exports,AZE,PAK,to_partner,all goods,2018-05,,USD 28421,,,imf-imts-aze-pak,,"IMF IMTS XG_FOB_USD: exports FOB; US$; \(Self.note)"
            imf-aze-wld-exports-2018,exports,AZE,WLD,to_partner,all goods,2018,,USD 9000000,,,imf-imts-aze-pak,,"IMF IMTS XG_FOB_USD: exports FOB; US$; \(Self.note)"
            imf-pak-aze-imports-2018,imports,PAK,AZE,from_partner,all goods,2018,,USD 530,,estimated,imf-imts-aze-pak,,"IMF IMTS MG_CIF_USD: imports CIF; US$; \(Self.note); IMF status E"

            """, "\(figures)")
        let flagged = figures.components(separatedBy: "\n").first { $0.hasPrefix("imf-pak-aze-imports-2018,") } ?? ""
        #expect(readme.contains("```\n" + flagged + "\n```"), "README's row differs from:\n\(flagged)")
        let sources = try folder.read(dataset + "/sources.csv")
        #expect(sources.contains("imf-imts-aze-pak,IMF,\"IMF International Merchandise Trade Statistics (IMTS) download IMTS_AZE_PAK.csv, reported by AZE PAK, 2018 to 2018-05, in US$\",,https://data.imf.org/,,,2025-06-01"), "\(sources)")

        let ingest = try bilat("ingest", dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try bilat("figures", "--format", "csv", "--db", "store.sqlite")
        #expect(listed.status == 0, "\(listed.stderr)")
        for id in ["imf-aze-pak-exports-2018", "imf-aze-pak-exports-2018-05", "imf-aze-wld-exports-2018", "imf-pak-aze-imports-2018"] {
            #expect(listed.stdout.contains(id), "\(id) in \(listed.stdout)")
        }
        #expect(listed.stdout.contains("1234567.89"), "the exact value: \(listed.stdout)")
    }

    @Test func importingAgainChangesNothingAndANewerDownloadRevisesInPlace() throws {
        let dataset = try newDataset()
        try folder.write("IMTS_AZE_PAK.csv", Self.imts)
        let first = try bilat("import", "imf", "IMTS_AZE_PAK.csv", "--into", dataset)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(dataset)
        let again = try bilat("import", "imf", "IMTS_AZE_PAK.csv", "--into", dataset)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("figures   0 added, 0 changed, 4 unchanged"), "\(again.stdout)")
        #expect(again.stdout.contains("is unchanged"), "\(again.stdout)")
        #expect(try snapshot(dataset) == before)

        // The DOTS download has the same flows: the same ids, so its values replace the rows, in millions.
        try folder.write("DOT_timeSeries.csv", Self.timeSeries)
        let dots = try bilat("import", "imf", "DOT_timeSeries.csv", "--into", dataset)
        #expect(dots.status == 0, "\(dots.stderr)")
        #expect(dots.stdout.contains("sources   1 added, 0 changed, 0 unchanged"), "\(dots.stdout)")
        #expect(dots.stdout.contains("figures   1 added, 4 changed, 0 unchanged"), "\(dots.stdout)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures.contains("imf-aze-pak-exports-2018,exports,AZE,PAK,to_partner,all goods,2018,,USD 1.3 million,,,imf-dot-timeseries,,\"IMF DOTS TXG_FOB_USD: exports FOB; US$ millions; "), "\(figures)")
        #expect(figures.contains("imf-pak-aze-imports-2018,imports,PAK,AZE,from_partner,all goods,2018,,USD 0.00053 million,,estimated,imf-dot-timeseries,"), "\(figures)")
        #expect(figures.contains("imf-aze-pak-exports-2018-q3,exports,AZE,PAK,to_partner,all goods,2018-Q3,,USD 0.25 million,,,imf-dot-timeseries,"), "\(figures)")
        #expect(figures.components(separatedBy: "\n").count == (before["figures.csv"] ?? "").components(separatedBy: "\n").count + 1)
        let ingest = try bilat("ingest", dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test(arguments: [
        ("not a header at all\n1,2,3\n", "IMTS_AZE_PAK.csv:1:1: error: the header row is in no IMF layout bilat reads (found: not a header at all)"),
        (imts.replacingOccurrences(of: ",28421,0,", with: ",28421,2,"), "IMTS_AZE_PAK.csv:4:57: error: SCALE '2' is not a unit bilat reads"),
        (imts.replacingOccurrences(of: ",530,", with: ",5 30,"), "IMTS_AZE_PAK.csv:6:47: error: OBS_VALUE '5 30' is not a number"),
        (imts.replacingOccurrences(of: "PAK,MG_CIF_USD,AZE", with: "PAK,MG_CIF_USD,XYZ"), "the dataset has no party XYZ"),
        (imts + "IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,A,2018,1,0,USD,\n", "IMTS_AZE_PAK.csv:9:47: error: imf-aze-pak-exports-2018 (AZE exports PAK 2018) was already read at IMTS_AZE_PAK.csv:2:47"),
    ])
    func aBadFileLeavesTheDatasetAsItWas(text: String, expected: String) throws {
        let dataset = try newDataset()
        let before = try snapshot(dataset)
        try folder.write("IMTS_AZE_PAK.csv", text)
        let run = try bilat("import", "imf", "IMTS_AZE_PAK.csv", "--into", dataset)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(try snapshot(dataset) == before)
    }

    @Test func helpTeachesWithAnExample() throws {
        let help = try bilat("import", "imf", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("bilat import imf IMTS_AZE_PAK.csv --into Datasets/azerbaijan-pakistan --accessed 2025-06-01"), "\(help.stdout)")
        #expect(help.stdout.contains("US$ millions"), "\(help.stdout)")
        let parent = try bilat("import", "--help")
        #expect(parent.stdout.contains("imf"), "\(parent.stdout)")
    }
}
