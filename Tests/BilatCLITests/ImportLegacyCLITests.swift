import BilatTestSupport
import Foundation
import Testing

/// `bilat import comtrade` with a legacy 35-column download and an API JSON response, through the real binary
/// (the suite's helpers and its current download are in ImportCLITests.swift).
extension ImportCLITests {
    /// A legacy comtrade.un.org download (numbered flows, World as WLD): X beside RX, World, HS 9020 beside the
    /// 902000 it holds (flag 6), and a missing value.
    static let legacy = """
        Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,2nd Partner Code,2nd Partner,2nd Partner ISO,Customs Proc. Code,Customs,Mode of Transport Code,Mode of Transport,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Alt Qty Unit Code,Alt Qty Unit,Alt Qty,Netweight (kg),Gross weight (kg),Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag
        H5,2018,2018,2018,0,0,2,Export,31,Azerbaijan,AZE,586,Pakistan,PAK,,,,,,,,TOTAL,All Commodities,1,No Quantity,0,,,,,,1234567,,,0
        H5,2018,2018,2018,0,0,3,Re-Export,31,Azerbaijan,AZE,586,Pakistan,PAK,,,,,,,,TOTAL,All Commodities,1,No Quantity,0,,,,,,28421,,,0
        H5,2018,2018,2018,0,0,2,Export,31,Azerbaijan,AZE,0,World,WLD,,,,,,,,TOTAL,All Commodities,1,No Quantity,0,,,,,,9000000,,,0
        H5,2018,2018,2018,4,0,1,Import,586,Pakistan,PAK,31,Azerbaijan,AZE,,,,,,,,9020,"Breathing appliances and gas masks, n.e.s.",1,No Quantity,0,,,,,,530,,,6
        H5,2018,2018,2018,6,1,1,Import,586,Pakistan,PAK,31,Azerbaijan,AZE,,,,,,,,902000,"Breathing appliances and gas masks, n.e.s.",8,Weight in kilograms,12,,,,12,,530,,,0
        H5,2019,2019,2019,0,0,2,Export,31,Azerbaijan,AZE,586,Pakistan,PAK,,,,,,,,TOTAL,All Commodities,1,No Quantity,0,,,,,,,,,0

        """

    /// A comtradeapi.un.org response cut to the fields bilat reads: a yearly import and a monthly export.
    static let response = """
        {
            "elapsedTime": "0.04 secs",
            "count": 2,
            "data": [
                {"period": "2018", "refMonth": 52, "reporterISO": "PAK", "partnerCode": 31, "partnerISO": "AZE", "flowCode": "M",
                 "cmdCode": "TOTAL", "cmdDesc": null, "aggrLevel": 0, "isLeaf": false, "partner2Code": 0, "customsCode": "C00",
                 "motCode": 0, "cifvalue": 530.0, "fobvalue": null, "primaryValue": 530.0, "legacyEstimationFlag": 0},
                {"period": "201805", "refMonth": 5, "reporterISO": "AZE", "partnerCode": 586, "partnerISO": "PAK", "flowCode": "X",
                 "cmdCode": "TOTAL", "cmdDesc": null, "aggrLevel": 0, "isLeaf": false, "partner2Code": 0, "customsCode": "C00",
                 "motCode": 0, "cifvalue": null, "fobvalue": 100.5, "primaryValue": 100.5, "legacyEstimationFlag": 0}
            ],
            "error": ""
        }

        """

    @Test func importALegacyDownloadThenAgainChangesNothing() throws {
        let dataset = try newDataset()
        try folder.write("AZE_PAK_2018_legacy.csv", Self.legacy)
        let run = try bilat("import", "comtrade", "AZE_PAK_2018_legacy.csv", "--into", dataset, "--accessed", "2021-10-01")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            sources   1 added, 0 changed, 0 unchanged
            parties   1 added, 0 changed, 0 unchanged
            figures   4 added, 0 changed, 0 unchanged
            wrote \(dataset)/sources.csv, \(dataset)/parties.csv, \(dataset)/figures.csv

            """, "\(run.stdout)")
        #expect(run.stderr == """
            AZE_PAK_2018_legacy.csv:6:1: note: not imported: aggregation level 6 of a series read at level 4; levels nest, so only one is kept
            AZE_PAK_2018_legacy.csv:7:117: note: not imported: Trade Value (US$) is empty or null: a missing figure, not zero

            """, "\(run.stderr)")
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat import comtrade AZE_PAK_2018_legacy.csv --into \(dataset) --accessed 2021-10-01\n" + run.stdout + run.stderr),
                "README's legacy example differs from:\n\(run.stdout)\(run.stderr)")
        let figures = try folder.read(dataset + "/figures.csv")
        let rows = figures.components(separatedBy: "\n").filter { $0.hasPrefix("ct-") }
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        #expect(rows == [
            "ct-aze-pak-x-2018-total,exports,AZE,PAK,to_partner,all goods,2018,,USD 1234567,,,comtrade-aze-pak-2018-legacy,,UN Comtrade flow X",
            "ct-aze-pak-rx-2018-total,re_exports,AZE,PAK,to_partner,all goods,2018,,USD 28421,,,comtrade-aze-pak-2018-legacy,,UN Comtrade flow RX",
            "ct-aze-wld-x-2018-total,exports,AZE,WLD,to_partner,all goods,2018,,USD 9000000,,,comtrade-aze-pak-2018-legacy,,UN Comtrade flow X",
            "ct-pak-aze-m-2018-9020,imports,PAK,AZE,from_partner,\"HS 9020 Breathing appliances and gas masks, n.e.s.\",2018,,USD 530,,,comtrade-aze-pak-2018-legacy,,UN Comtrade flow M; legacy estimation flag 6",
        ], "\(figures)")

        let sources = try folder.read(dataset + "/sources.csv")
        #expect(sources.contains("comtrade-aze-pak-2018-legacy,UN Comtrade,\"UN Comtrade legacy download AZE_PAK_2018_legacy.csv, reported by AZE PAK, 2018\",,https://comtrade.un.org/,,,2021-10-01"), "\(sources)")

        let before = try snapshot(dataset)
        let again = try bilat("import", "comtrade", "AZE_PAK_2018_legacy.csv", "--into", dataset, "--accessed", "2021-10-01")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("figures   0 added, 0 changed, 4 unchanged"), "\(again.stdout)")
        #expect(try snapshot(dataset) == before)

        let ingest = try bilat("ingest", dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func levelSixKeepsTheDetailAndDropsTheCoarserLevels() throws {
        let dataset = try newDataset()
        try folder.write("AZE_PAK_2018_legacy.csv", Self.legacy)
        let run = try bilat("import", "comtrade", "AZE_PAK_2018_legacy.csv", "--into", dataset, "--level", "6")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == """
            AZE_PAK_2018_legacy.csv:2:1: note: not imported: aggregation level 0 of a series read at level 6; levels nest, so only one is kept
            AZE_PAK_2018_legacy.csv:3:1: note: not imported: aggregation level 0 of a series read at level 6; levels nest, so only one is kept
            AZE_PAK_2018_legacy.csv:4:1: note: not imported: aggregation level 0 of a series read at level 6; levels nest, so only one is kept
            AZE_PAK_2018_legacy.csv:5:1: note: not imported: aggregation level 4 of a series read at level 6; levels nest, so only one is kept
            AZE_PAK_2018_legacy.csv:7:117: note: not imported: Trade Value (US$) is empty or null: a missing figure, not zero

            """, "\(run.stderr)")
        let rows = try folder.read(dataset + "/figures.csv").components(separatedBy: "\n").filter { $0.hasPrefix("ct-") }
        #expect(rows == [
            "ct-pak-aze-m-2018-902000,imports,PAK,AZE,from_partner,\"HS 902000 Breathing appliances and gas masks, n.e.s.\",2018,,USD 530,,,comtrade-aze-pak-2018-legacy,,UN Comtrade flow M",
        ])
    }

    @Test(arguments: ["10", "99"]) func aLevelOutsideZeroToNineIsRefused(level: String) throws {
        let dataset = try newDataset()
        try folder.write("AZE_PAK_2018_legacy.csv", Self.legacy)
        let before = try snapshot(dataset)
        let run = try bilat("import", "comtrade", "AZE_PAK_2018_legacy.csv", "--into", dataset, "--level", level)
        #expect(run.status != 0)
        #expect(run.stderr.contains("--level \(level) is not an aggregation level; give 0 (totals) or the digits of a code, 2, 4 or 6 for HS"), "\(run.stderr)")
        #expect(try snapshot(dataset) == before)
    }

    @Test func importAnAPIResponse() throws {
        let dataset = try newDataset()
        try folder.write("comtrade-response.json", Self.response)
        let run = try bilat("import", "comtrade", "comtrade-response.json", "--into", dataset)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("figures   2 added, 0 changed, 0 unchanged"), "\(run.stdout)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures.contains("ct-pak-aze-m-2018-total,imports,PAK,AZE,from_partner,all goods,2018,,USD 530,,,comtrade-comtrade-response,,UN Comtrade flow M; CIF"), "\(figures)")
        #expect(figures.contains("ct-aze-pak-x-2018-05-total,exports,AZE,PAK,to_partner,all goods,2018-05,,USD 100.5,,,comtrade-comtrade-response,,UN Comtrade flow X; FOB"), "\(figures)")
    }

    @Test func helpNamesEveryLayoutItReads() throws {
        let run = try bilat("import", "comtrade", "--help")
        #expect(run.status == 0)
        let words = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["comtradeplus CSV (TradeData_*.csv) and bulk tab-separated .txt", "comtradeapi.un.org JSON responses",
                       "refused with its message", "legacy comtrade.un.org CSV with 35 columns (website / API) or 22 and 18 (bulk goods / services) and legacy API JSON",
                       "1 Import, 2 Export, 3 Re-Export, 4 Re-Import, World WLD", "letter flows under Trade Flow (World W00)",
                       "bilat import comtrade AZE_PAK_2018_legacy.csv comtrade-response.json --into Datasets/azerbaijan-pakistan"] {
            #expect(words.contains(phrase), "\(phrase) in \(run.stdout)")
        }
    }

    /// (file name, text, what standard error must say)
    @Test(arguments: [
        ("AZE_PAK_2018_legacy.csv", legacy.replacingOccurrences(of: ",28421,", with: ",28 421,"),
         "AZE_PAK_2018_legacy.csv:3:120: error: Trade Value (US$) '28 421' is not a number"),
        ("AZE_PAK_2018_legacy.csv", legacy.replacingOccurrences(of: ",3,Re-Export,", with: ",7,Re-Export,"),
         "AZE_PAK_2018_legacy.csv:3:23: error: Trade Flow Code '7' is not a legacy Comtrade flow (Trade Flow 'Re-Export')"),
        ("AZE_PAK_2018_legacy.csv", "Year,Period,Trade Flow Code,Reporter ISO,Partner ISO,Trade Value (US$)\n2018,2018,2,AZE,PAK,5\n",
         "AZE_PAK_2018_legacy.csv:1:1: error: the header row is in no Comtrade layout bilat reads (found: Year, Period, Trade Flow Code, Reporter ISO, Partner ISO, Trade Value (US$)); accepted: UN Comtrade+"),
        ("comtrade-response.json", response.replacingOccurrences(of: "\"primaryValue\": 100.5", with: "\"primaryValue\": \"n/a\""),
         "comtrade-response.json:10:77: error: primaryValue 'n/a' is not a number"),
        ("comtrade-response.json", "{\"elapsedTime\": \"0.00 secs\", \"count\": 0, \"data\": [], \"error\": \"Invalid parameter reporterCode\"}\n",
         "comtrade-response.json:1:63: error: the Comtrade API answered with an error, not data: Invalid parameter reporterCode"),
    ])
    func aBadLegacyOrJSONFileLeavesTheDatasetAsItWas(name: String, text: String, expected: String) throws {
        let dataset = try newDataset()
        try folder.write("TradeData_2018.csv", Self.download)
        let before = try snapshot(dataset)
        try folder.write(name, text)
        // A good file beside the bad one: nothing of it is written either.
        let run = try bilat("import", "comtrade", "TradeData_2018.csv", name, "--into", dataset)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        #expect(try snapshot(dataset) == before)
    }
}
