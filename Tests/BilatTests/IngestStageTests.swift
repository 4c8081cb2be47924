import Bilat
import BilatCore
import BilatDatasets
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// Each kind of bad input: the ingest fails with located errors and the database keeps every byte.
@Suite struct IngestStageTests {
    let folder = TemporaryFolder("ingest")
    var datasets: String { folder.file("Datasets") }
    var dataset: String { datasets + "/mini" }
    var db: String { folder.file("Output/bilat.sqlite") }

    func ingest() throws -> IngestStage.Outcome {
        try IngestStage.run(folders: try DatasetFolders.discover(in: datasets), database: db, replacingAll: true)
    }

    func setUpIngested() throws -> Data {
        try MiniDataset.write(to: dataset)
        _ = try ingest()
        return try #require(Repository.bytes(db))
    }

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case unknownSourceID, unreadableAsReported, badPeriod, duplicateID, wrongColumnCount, missingHeader,
             nonUTF8, truncatedFile, emptyFile, missingFile, unknownIndicator
        var testDescription: String { rawValue }

        /// The file to overwrite, its new bytes (nil: delete it), and a piece of the expected message with its location.
        func apply() -> (file: String, bytes: [UInt8]?, expected: String) {
            let figures = MiniDataset.figures
            switch self {
            case .unknownSourceID:
                return ("figures.csv", Array((figures + "x,trade_turnover,AZE,PAK,both,,2020,,$1m,,,ghost,,\n").utf8),
                        "figures.csv:6:44: error: unknown source 'ghost'")
            case .unreadableAsReported:
                return ("figures.csv", Array((figures + "x,trade_turnover,AZE,PAK,both,,2020,,$ lots,,,today,,\n").utf8),
                        "figures.csv:6:38: error: cannot read '$ lots'")
            case .badPeriod:
                return ("figures.csv", Array((figures + "x,trade_turnover,AZE,PAK,both,,2020-02-30,,$1m,,,today,,\n").utf8),
                        "figures.csv:6:32: error: period '2020-02-30' names day 30")
            case .duplicateID:
                return ("figures.csv", Array((figures + "t2021,trade_turnover,AZE,PAK,both,,2020,,$1m,,,today,,\n").utf8),
                        "figures.csv:6:1: error: duplicate id 't2021' (first used on line 2)")
            case .wrongColumnCount:
                return ("figures.csv", Array((figures + "x,trade_turnover,AZE,PAK,both,,2020,,$1m\n").utf8),
                        "figures.csv:6:1: error: this row has 9 cells but the header has 14")
            case .missingHeader:
                return ("sources.csv", Array(MiniDataset.sources.split(separator: "\n").dropFirst().joined(separator: "\n").utf8),
                        "sources.csv:1:1: error: unknown column 'today'")
            case .nonUTF8:
                var bytes = Array(MiniDataset.events.utf8)
                bytes.insert(0xFF, at: 40)
                return ("events.csv", bytes, "events.csv:2:")
            case .truncatedFile:
                return ("figures.csv", Array((figures + "x,trade_turnover,AZE,PAK,both,,2020,,\"$1").utf8),
                        "figures.csv:6:38: error: a quoted cell opened here is never closed; the file may be truncated")
            case .emptyFile:
                return ("parties.csv", [], "parties.csv:1:1: error: the file is empty")
            case .missingFile:
                return ("parties.csv", nil, "parties.csv:1:1: error: missing file parties.csv")
            case .unknownIndicator:
                return ("figures.csv", Array((figures + "x,trade,AZE,PAK,both,,2020,,$1m,,,today,,\n").utf8),
                        "figures.csv:6:3: error: unknown indicator 'trade'")
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func badInputLeavesTheDatabaseByteForByte(damage: Damage) throws {
        let before = try setUpIngested()
        let (file, bytes, expected) = damage.apply()
        if let bytes {
            try folder.write("Datasets/mini/" + file, bytes: bytes)
        } else {
            try FileManager.default.removeItem(atPath: dataset + "/" + file)
            #expect(!FileManager.default.fileExists(atPath: dataset + "/" + file))
        }
        let error = try #require(throws: DiagnosticsError.self) { try ingest() }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains(expected) }, "\(messages)")
        #expect(error.diagnostics.allSatisfy { $0.accepted != nil }, "every error says what is accepted")
        #expect(Repository.bytes(db) == before)
    }

    @Test func badInputNeverCreatesADatabase() throws {
        try MiniDataset.write(to: dataset, ["figures.csv": MiniDataset.figures + "x,trade,AZE,PAK,both,,2020,,$1m,,,today,,\n"])
        #expect(throws: DiagnosticsError.self) { try ingest() }
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func secondRunChangesNothing() throws {
        let before = try setUpIngested()
        let outcome = try ingest()
        #expect(!outcome.report.wroteAnything)
        #expect(outcome.report["figures"].unchanged == 4)
        #expect(Repository.bytes(db) == before)
    }

    @Test func missingDatasetsFolderIsExplained() throws {
        let error = try #require(throws: DiagnosticsError.self) { try DatasetFolders.discover(in: folder.file("nowhere")) }
        #expect(error.description.contains("no datasets folder"))
        #expect(error.diagnostics[0].accepted?.contains("project root") == true)
    }
}

/// An unchanged folder is recognised by its fingerprint and not read at all; any edit is read in full.
@Suite struct UnchangedFolderTests {
    let folder = TemporaryFolder("fingerprint")
    var dataset: String { folder.file("Datasets/mini") }
    var db: String { folder.file("bilat.sqlite") }

    func ingest() throws -> IngestStage.Outcome {
        try IngestStage.run(folders: [dataset], database: db, replacingAll: true)
    }

    @Test func anUnchangedFolderIsSkippedWithoutReading() throws {
        try MiniDataset.write(to: dataset)
        let first = try ingest()
        #expect(first.datasets.map(\.name) == ["mini"])
        let before = Repository.bytes(db)
        let second = try ingest()
        #expect(second.datasets.isEmpty, "not read")
        #expect(!second.report.wroteAnything)
        #expect(second.report["figures"].unchanged == 4)
        #expect(second.report.datasets == ["mini"])
        #expect(Repository.bytes(db) == before)
    }

    @Test func anEditIsReadAndStoredAndThenSkippedAgain() throws {
        try MiniDataset.write(to: dataset)
        _ = try ingest()
        try MiniDataset.write(to: dataset, ["figures.csv": MiniDataset.figures.replacingOccurrences(of: "$11.7 million", with: "$11.9 million")])
        let edited = try ingest()
        #expect(edited.report["figures"] == .init(added: 0, changed: 1, removed: 0, unchanged: 3))
        #expect(try ingest().datasets.isEmpty)
    }

    @Test func aBrokenEditIsStillRefusedAfterAGoodIngest() throws {
        try MiniDataset.write(to: dataset)
        _ = try ingest()
        try MiniDataset.write(to: dataset, MiniDataset.figures(adding: "x,trade,AZE,PAK,both,,2020,,$1m,,,today,,"))
        #expect(throws: DiagnosticsError.self) { try ingest() }
    }
}

/// figures.csv is read in pieces; where the pieces are cut must not matter.
@Suite struct StreamedIngestTests {
    let folder = TemporaryFolder("streamed")
    var db: String { folder.file("bilat.sqlite") }

    @Test(arguments: [1, 13, 4096])
    func smallPiecesStoreTheSameFigures(size: Int) throws {
        let report = try IngestStage.run(folders: [Repository.bundledDataset], database: db, replacingAll: true, pieceSize: size)
        let whole = try #require(DatasetReader.read(try DatasetFolders.load(Repository.bundledDataset)).dataset)
        #expect(report.report["figures"] == .init(added: whole.figures.count))
        // Every stored figure, all its fields, is what an ingest of the file in one piece stores.
        let stored = try Store(path: db, access: .readOnly).figures().sorted { $0.id < $1.id }
        #expect(stored.map(\.id) == whole.figures.map(\.id).sorted())
        let onePiece = folder.file("one-piece.sqlite")
        _ = try IngestStage.run(folders: [Repository.bundledDataset], database: onePiece, replacingAll: true, pieceSize: 1 << 20)
        let expected = try Store(path: onePiece, access: .readOnly).figures().sorted { $0.id < $1.id }
        #expect(stored.count == expected.count)
        for (got, want) in zip(stored, expected) { #expect(got == want, "\(got.id)") }
    }

    /// Errors in two datasets are all reported, the first one's valid rows are not committed.
    @Test func errorsInEveryDatasetAreReportedAndNothingIsWritten() throws {
        try MiniDataset.write(to: folder.file("Datasets/a"))
        try MiniDataset.write(to: folder.file("Datasets/b"), MiniDataset.figures(adding: "x,trade,AZE,PAK,both,,2020,,$1m,,,today,,"))
        try MiniDataset.write(to: folder.file("Datasets/c"), MiniDataset.figures(adding: "y,trade_turnover,AZE,PAK,both,,2020,,$1m,,,ghost,,"))
        let folders = try DatasetFolders.discover(in: folder.file("Datasets"))
        let error = try #require(throws: DiagnosticsError.self) {
            try IngestStage.run(folders: folders, database: db, replacingAll: true, pieceSize: 64)
        }
        #expect(error.diagnostics.map(\.location?.path) == ["Datasets/b/figures.csv", "Datasets/c/figures.csv"].map { folder.file($0) })
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
