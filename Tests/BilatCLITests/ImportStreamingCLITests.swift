import BilatTestSupport
import Foundation
import Testing

/// `bilat import comtrade` of gzipped downloads through the real binary: the same rows as the plain file, a
/// broken file refused naming it with the dataset left as it was.
@Suite struct ImportStreamingCLITests {
    let folder = TemporaryFolder("import-stream-cli")
    static let fixtures = Repository.root + "/Tests/Fixtures/Downloads/"

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    func copy(_ fixture: String, to name: String, damage: (inout [UInt8]) -> Void = { _ in }) throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + fixture)))
        damage(&bytes)
        try folder.write(name, bytes: bytes)
    }

    func newDataset() throws -> String {
        let made = try bilat("dataset", "new", "AZE", "PAK")
        #expect(made.status == 0, "\(made.stderr)")
        return "Datasets/azerbaijan-pakistan"
    }

    @Test func aGzippedDownloadImportsAsThePlainOne() throws {
        let dataset = try newDataset()
        try copy("TradeData_2018.csv.gz", to: "TradeData_2018.csv.gz")
        let run = try bilat("import", "comtrade", "TradeData_2018.csv.gz", "--into", dataset, "--accessed", "2024-05-01")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            sources   1 added, 0 changed, 0 unchanged
            parties   2 added, 0 changed, 0 unchanged
            figures   5 added, 0 changed, 0 unchanged
            wrote Datasets/azerbaijan-pakistan/sources.csv, Datasets/azerbaijan-pakistan/parties.csv, Datasets/azerbaijan-pakistan/figures.csv

            """)
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat import comtrade TradeData_2018.csv.gz --into \(dataset) --accessed 2024-05-01\n" + run.stdout),
                "README's example differs from:\n\(run.stdout)")
        let figures = try folder.read(dataset + "/figures.csv")
        #expect(figures.contains("ct-aze-pak-x-2018-total,exports,AZE,PAK,to_partner,all goods,2018,,USD 1234567.89,,,comtrade-tradedata-2018,,UN Comtrade flow X; FOB\n"), "\(figures)")
        #expect(run.stderr.contains("TradeData_2018.csv.gz:8:1: note: not imported: flow DX"), "\(run.stderr)")

        // The plain file is the same download: the same source and figures, nothing changes.
        try copy("TradeData_2018.csv", to: "TradeData_2018.csv")
        let plain = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset, "--accessed", "2024-05-01")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == """
            sources   0 added, 0 changed, 1 unchanged
            parties   0 added, 0 changed, 0 unchanged
            figures   0 added, 0 changed, 5 unchanged
            Datasets/azerbaijan-pakistan is unchanged

            """)
        #expect(try folder.read(dataset + "/figures.csv") == figures)
    }

    @Test(arguments: ["corrupt", "truncated"])
    func aBrokenGzipFileLeavesTheDatasetAsItWas(damage: String) throws {
        let dataset = try newDataset()
        let before = try folder.read(dataset + "/figures.csv")
        try copy("TradeData_2018.csv.gz", to: "TradeData_2018.csv.gz") { bytes in
            if damage == "corrupt" { for i in 20..<40 where i < bytes.count { bytes[i] ^= 0x5A } } else { bytes.removeLast(30) }
        }
        let run = try bilat("import", "comtrade", "TradeData_2018.csv.gz", "--into", dataset)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.hasPrefix("TradeData_2018.csv.gz:1:1: error: TradeData_2018.csv.gz starts as a gzip file but cannot be inflated"), "\(run.stderr)")
        #expect(run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(try folder.read(dataset + "/figures.csv") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file(dataset)).filter { $0.hasPrefix(".") } == [])
    }
}
