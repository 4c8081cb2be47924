import BilatTestSupport
import Foundation
import Testing

/// `bilat import sipri` through the real binary: the three layouts into a new dataset, then ingest and build;
/// a second import changes nothing; a bad file leaves the dataset as it was.
@Suite struct SipriImportCLITests {
    let folder = TemporaryFolder("sipri-cli")
    static let dataset = "Datasets/azerbaijan-pakistan"

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    func newDatasetWithFiles() throws {
        let made = try bilat("dataset", "new", "AZE", "PAK")
        #expect(made.status == 0, "\(made.stderr)")
        try folder.write("trade-register-2025.csv", bytes: SipriFixtures.classic)
        try folder.write("trade-register-2026.csv", bytes: SipriFixtures.register2026)
        try folder.write("TIV-Import-AZE.csv", bytes: SipriFixtures.tivTable)
    }

    func snapshot() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.file(Self.dataset)) {
            files[name] = try folder.read(Self.dataset + "/" + name)
        }
        return files
    }

    static let expectedOutput = """
        sources   1 added, 0 changed, 0 unchanged
        parties   1 added, 0 changed, 0 unchanged
        figures   13 added, 0 changed, 0 unchanged
        statuses  8 added, 0 changed, 0 unchanged
        wrote Datasets/azerbaijan-pakistan/sources.csv, Datasets/azerbaijan-pakistan/parties.csv, Datasets/azerbaijan-pakistan/figures.csv, Datasets/azerbaijan-pakistan/statuses.csv, Datasets/azerbaijan-pakistan/datapackage.json

        """

    @Test func importTheClassicRegisterThenIngestAndBuild() throws {
        try newDatasetWithFiles()
        let run = try bilat("import", "sipri", "trade-register-2025.csv", "--into", Self.dataset, "--accessed", "2025-03-13")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == Self.expectedOutput, "\(run.stdout)")
        #expect(run.stderr == "trade-register-2025.csv:18:1: note: not imported: Supplier 'unknown supplier(s)' is a non-state or unknown party in SIPRI's register; bilat stores countries\n", "\(run.stderr)")
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat import sipri trade-register-2025.csv --into \(Self.dataset) --accessed 2025-03-13\n" + run.stdout + run.stderr),
                "README's example differs from:\n\(run.stdout)\(run.stderr)")

        let figures = try folder.read(Self.dataset + "/figures.csv")
        let lines = figures.components(separatedBy: "\n")
        #expect(lines.first == "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note,key")
        for line in [
            "sipri-pak-aze-2023-jf-17-thunder-ordered,arms_ordered,PAK,AZE,to_partner,JF-17 Thunder (FGA aircraft),2023,,24,FGA aircraft,,sipri-trade-register-2025,,SIPRI trade register; New; TIV per unit 15 million TIV,sipri-pak-aze-2023-jf-17-thunder",
            "sipri-pak-aze-2023-jf-17-thunder-value,defence_deal_value,PAK,AZE,to_partner,JF-17 Thunder (FGA aircraft),2023,,$1.6 billion,,,sipri-trade-register-2025,,from the register's comment: '$1.6 b deal',sipri-pak-aze-2023-jf-17-thunder",
            "sipri-aze-pak-2020-b-181-bestmann-tiv,arms_tiv,AZE,PAK,to_partner,Bü-181 Bestmann (trainer aircraft),2021,,less than 0.5 million TIV,TIV,estimated,sipri-trade-register-2025,,\"SIPRI trade register; Second hand; TIV per unit less than 0.5 million TIV; number delivered uncertain; TIV of the weapons delivered, not money\",sipri-aze-pak-2020-b-181-bestmann",
        ] {
            #expect(lines.contains(line), "\(line) in\n\(figures)")
        }
        let statuses = try folder.read(Self.dataset + "/statuses.csv")
        #expect(statuses.hasPrefix("id,subject,status,as_of,source_id,note,key\n"), "\(statuses)")
        #expect(statuses.contains("\nsipri-pak-aze-2023-jf-17-thunder-delivered,JF-17 Thunder (FGA aircraft),delivered,2025,sipri-trade-register-2025,\"SIPRI: 6 of 24 delivered in 2024, 2025\",sipri-pak-aze-2023-jf-17-thunder\n"), "\(statuses)")
        #expect(try folder.read(Self.dataset + "/parties.csv") == "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,\nTUR,Türkiye,\n")
        #expect(try folder.read(Self.dataset + "/sources.csv").contains("\nsipri-trade-register-2025,SIPRI,SIPRI Arms Transfers Database trade register trade-register-2025.csv,,https://armstrade.sipri.org/,2025-03-13,,2025-03-13\n"))
        let descriptor = try folder.read(Self.dataset + "/datapackage.json")
        #expect(descriptor.components(separatedBy: "{\"name\": \"key\", \"type\": \"string\"}").count == 3, "figures and statuses: \(descriptor)")

        let ingest = try bilat("ingest", Self.dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let listed = try bilat("figures", "--indicator", "arms_tiv", "--format", "csv", "--db", "store.sqlite")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("sipri-pak-aze-2023-jf-17-thunder-tiv"), "\(listed.stdout)")
        let build = try bilat("build")
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func importingTheSameFilesAgainChangesNothing() throws {
        try newDatasetWithFiles()
        let files = ["trade-register-2025.csv", "trade-register-2026.csv", "TIV-Import-AZE.csv"]
        let first = try BilatBinary.run(["import", "sipri"] + files + ["--into", Self.dataset], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("sources   3 added, 0 changed, 0 unchanged\nparties   1 added, 0 changed, 0 unchanged\nfigures   26 added, 0 changed, 0 unchanged\nstatuses  14 added, 0 changed, 0 unchanged\n"), "\(first.stdout)")
        let before = try snapshot()
        let again = try BilatBinary.run(["import", "sipri"] + files + ["--into", Self.dataset], in: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "sources   0 added, 0 changed, 3 unchanged\nparties   0 added, 0 changed, 0 unchanged\nfigures   0 added, 0 changed, 26 unchanged\nstatuses  0 added, 0 changed, 14 unchanged\nDatasets/azerbaijan-pakistan is unchanged\n", "\(again.stdout)")
        #expect(try snapshot() == before)
    }

    @Test func aDatasetWithoutStatusesGetsTheFileAndItsDescription() throws {
        try newDatasetWithFiles()
        try FileManager.default.removeItem(atPath: folder.file(Self.dataset + "/statuses.csv"))
        #expect(try bilat("dataset", "descriptor", Self.dataset).status == 0)
        #expect(try !folder.read(Self.dataset + "/datapackage.json").contains("statuses.csv"))
        let run = try bilat("import", "sipri", "trade-register-2026.csv", "--into", Self.dataset)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try folder.read(Self.dataset + "/statuses.csv").hasPrefix("id,subject,status,as_of,source_id,note,key\nsipri-58240-signed,"))
        #expect(try folder.read(Self.dataset + "/datapackage.json").contains("\"path\": \"statuses.csv\""))
        let ingest = try bilat("ingest", Self.dataset, "--db", "store.sqlite")
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// Files to import, named in the test's description by file name only.
    struct Files: Sendable, CustomTestStringConvertible {
        var files: [(String, [UInt8])]
        var expected: String
        init(_ files: [(String, [UInt8])], _ expected: String) { self.files = files; self.expected = expected }
        var testDescription: String { files.map(\.0).joined(separator: " ") + " → " + expected }
    }

    @Test(arguments: [
        Files([("trade-register-2025.csv", SipriFixtures.latin1(SipriFixtures.classicText.replacingOccurrences(of: "Pakistan,Turkiye,2018", with: "Pakistan,Atlantis,2018")))],
         "trade-register-2025.csv:14:10: error: Supplier 'Atlantis' is a name bilat cannot map to a country code"),
        Files([("trade-register-2025.csv", Array("Recipient,Supplier\nAzerbaijan,Pakistan\n".utf8))],
         "trade-register-2025.csv:1:1: error: no header row is in a SIPRI layout bilat reads (found: Recipient,Supplier)"),
        // A good file and a bad one: neither is written.
        Files([("trade-register-2025.csv", SipriFixtures.classic),
          ("TIV-Import-AZE.csv", Array(SipriFixtures.tivTableText.replacingOccurrences(of: "Turkiye,5,3", with: "Turkiye,5,n/a").utf8))],
         "TIV-Import-AZE.csv:13:11: error: the TIV 'n/a' for 2019 cannot be read"),
        Files([("trade-register.csv", SipriFixtures.classic), ("trade_register.csv", SipriFixtures.register2026)],
         "trade_register.csv:1:1: error: trade_register.csv and trade-register.csv would both be the source sipri-trade-register"),
    ])
    func aBadFileLeavesTheDatasetAsItWas(_ argument: Files) throws {
        let (files, expected) = (argument.files, argument.expected)
        let made = try bilat("dataset", "new", "AZE", "PAK")
        #expect(made.status == 0, "\(made.stderr)")
        let before = try snapshot()
        for (name, bytes) in files { try folder.write(name, bytes: bytes) }
        let run = try BilatBinary.run(["import", "sipri"] + files.map(\.0) + ["--into", Self.dataset], in: folder.path)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(try snapshot() == before)
    }

    /// TIV is its own unit kind through the store, growth and charts: compared with TIV only, never money.
    @Test func tivFiguresAreTIVInTheStoreGrowthAndCharts() throws {
        try newDatasetWithFiles()
        let run = try bilat("import", "sipri", "TIV-Import-AZE.csv", "--into", Self.dataset)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try bilat("ingest", Self.dataset, "--db", "store.sqlite").status == 0)
        let listed = try bilat("figures", "--indicator", "arms_tiv", "--format", "json", "--db", "store.sqlite")
        #expect(listed.stdout.components(separatedBy: "\"unit_kind\" : \"tiv\"").count == 6, "5 figures: \(listed.stdout)")
        let growth = try bilat("growth", "--indicator", "arms_tiv", "--relationship", "AZE-PAK", "--format", "csv", "--db", "store.sqlite")
        #expect(growth.status == 0, "\(growth.stderr)")
        #expect(growth.stdout.contains(",sipri-tiv-import-aze-pak-aze-2024,2024 (year),2024-01-01,2024-12-31,90000000,TIV,exact,no,,2022 (year),sipri-tiv-import-aze-pak-aze-2022,"), "\(growth.stdout)")
        let chart = try bilat("chart", "arms_tiv", "--relationship", "AZE-PAK", "--db", "store.sqlite", "--out", "tiv.svg")
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(try folder.read("tiv.svg").contains("2020: 500000 TIV (upper bound); 2022: 12 million TIV; 2024: 90 million TIV."))
    }

    /// Kosovo has no ISO 3166 code and bilat no built-in name for XKX: the party takes SIPRI's name.
    @Test func aPartyBilatHasNoNameForTakesSIPRIsName() throws {
        try newDatasetWithFiles()
        let text = SipriFixtures.register2026Text.replacingOccurrences(of: "61002,Azerbaijan,Pakistan,", with: "61002,Turkiye,Kosovo,")
        try folder.write("trade-register-2026.csv", text)
        let run = try bilat("import", "sipri", "trade-register-2026.csv", "--into", Self.dataset)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try folder.read(Self.dataset + "/parties.csv") == "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,\nTUR,Türkiye,\nXKX,Kosovo,\n")
        #expect(try folder.read(Self.dataset + "/figures.csv").contains("\nsipri-61002-delivered-2016,arms_delivered,TUR,XKX,to_partner,"))
    }

    @Test func theHelpTeachesWithExamples() throws {
        let help = try bilat("import", "sipri", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("bilat import sipri trade-register.csv --into Datasets/azerbaijan-pakistan --accessed 2025-03-13"), "\(help.stdout)")
        #expect(help.stdout.contains("less than 0.5 million TIV"), "\(help.stdout)")
        let listed = try bilat("import", "--help")
        #expect(listed.stdout.contains("sipri"), "\(listed.stdout)")
    }
}
