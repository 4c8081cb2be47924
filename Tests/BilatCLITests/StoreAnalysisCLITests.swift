import BilatTestSupport
import Foundation
import Testing

/// The analysis commands work on the store: they ingest first when a dataset changed, and only then.
@Suite struct StoreAnalysisCLITests {
    let folder = TemporaryFolder("store-analysis")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
    }

    func bilat(_ arguments: String...) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }

    @Test func analysisIngestsWhenADatasetChangedAndOnlyThen() throws {
        let store = folder.file("Output/bilat.sqlite")
        let check = try bilat("check")
        #expect(check.status == 0, "\(check.stderr)")
        let made = try #require(Repository.bytes(store), "check made the store it analysed")
        let growth = try bilat("growth", "--format", "csv")
        #expect(growth.status == 0, "\(growth.stderr)")
        #expect(Golden.mismatch(growth.stdout, golden: Repository.root + "/Tests/BilatCLITests/Golden/growth.csv") == nil)
        #expect(Repository.bytes(store) == made, "nothing changed, so nothing was ingested")

        let figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
        let text = try String(contentsOfFile: figures, encoding: .utf8)
        try text.replacingOccurrences(of: ",$11.7 million,", with: ",$12.9 million,").write(toFile: figures, atomically: true, encoding: .utf8)
        let edited = try bilat("growth", "--indicator", "trade_turnover")
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.split(separator: "\n").contains { $0.hasPrefix("2021 ") && $0.contains("12.9 million") })
        #expect(Repository.bytes(store) != made, "the edit was ingested")
        let listed = try bilat("figures", "--indicator", "trade_turnover", "--format", "csv")
        #expect(listed.stdout.contains("12900000"), "the store holds what growth analysed")
    }

    @Test(arguments: [["check"], ["growth"], ["export", "--out", "csv"], ["chart", "trade_turnover", "--out", "t.svg"]])
    func everyAnalysisCommandTakesTheStoreItReads(command: [String]) throws {
        let run = try BilatBinary.run(command + ["--db", "elsewhere/other.sqlite"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("elsewhere/other.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/bilat.sqlite")))
    }

    @Test func anErrorInADatasetIsReportedWithItsLocationAndNothingIsAnalysed() throws {
        let figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
        try (try String(contentsOfFile: figures, encoding: .utf8) + "broken,trade_turnover,AZE,PAK,both,,2021,,lots,,,todayaz-2022-30years,,\n")
            .write(toFile: figures, atomically: true, encoding: .utf8)
        let run = try bilat("check")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Datasets/azerbaijan-pakistan/figures.csv:"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/bilat.sqlite")))
    }
}
