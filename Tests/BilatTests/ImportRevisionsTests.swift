@testable import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// Releases imported one after another into a dataset: what revisions.csv holds after them. Run through both
/// merges: figures.csv streamed (``FigureMerge``) and, when a release's rows add a column (a SIPRI `key`),
/// merged in memory (``TableMerge``).
@Suite struct ImportRevisionsTests {
    let folder = TemporaryFolder("import-revisions")
    var dataset: String { folder.file("Datasets/mini") }

    /// One release: its number (the source `rN`, file `release-N.csv`, recorded 2024-0N-01) and its figures.
    struct Release {
        var number: Int
        var figures: [(id: String, value: String, status: String)]
    }

    static func release(_ number: Int, _ figures: (String, String, String)...) -> Release {
        Release(number: number, figures: figures.map { (id: $0.0, value: $0.1, status: $0.2) })
    }

    /// Each case: the releases in import order, and the revisions expected after the last, as
    /// "figure field before → after, source → source, file:line, recorded".
    static let cases: [(name: String, releases: [Release], expected: [String])] = [
        ("the same release twice", [release(1, ("x1", "$5 million", "")), release(1, ("x1", "$5 million", ""))], []),
        ("a value revised", [release(1, ("x1", "$5 million", "")), release(2, ("x1", "$6 million", ""))],
         ["x1 as_reported $5 million → $6 million, r1 → r2, release-2.csv:2, 2024-02-01"]),
        ("revised, then the old release again",
         [release(1, ("x1", "$5 million", "")), release(2, ("x1", "$6 million", "")), release(1, ("x1", "$5 million", ""))],
         ["x1 as_reported $5 million → $6 million, r1 → r2, release-2.csv:2, 2024-02-01",
          "x1 as_reported $6 million → $5 million, r2 → r1, release-1.csv:2, 2024-01-01"]),
        ("the newer release twice", [release(1, ("x1", "$5 million", "")), release(2, ("x1", "$6 million", "")),
                                     release(2, ("x1", "$6 million", ""))],
         ["x1 as_reported $5 million → $6 million, r1 → r2, release-2.csv:2, 2024-02-01"]),
        ("value and status of one figure, another unrevised",
         [release(1, ("x1", "$5 million", "provisional"), ("x2", "$7 million", "")),
          release(2, ("x2", "$7 million", ""), ("x1", "$6 million", ""))],
         ["x1 as_reported $5 million → $6 million, r1 → r2, release-2.csv:3, 2024-02-01",
          "x1 status provisional → , r1 → r2, release-2.csv:3, 2024-02-01"]),
        ("only the source differs", [release(1, ("x1", "$5 million", "")), release(2, ("x1", "$5 million", ""))], []),
        ("a figure the earlier release lacked", [release(1, ("x1", "$5 million", "")),
                                                 release(2, ("x1", "$5 million", ""), ("x2", "$1 million", ""))], []),
    ]

    func rows(_ release: Release, key: Bool) -> DatasetImport.Rows {
        var rows = DatasetImport.Rows()
        rows.sources = [["id": "r\(release.number)", "publisher": "Statistics office", "title": "Release \(release.number)"]]
        for (i, f) in release.figures.enumerated() {
            var cells = ["id": f.id, "indicator": "trade_turnover", "reporter": "AZE", "partner": "PAK", "direction": "both",
                         "subject": "goods \(f.id)", "period": "2019", "as_reported": f.value, "status": f.status, "source_id": "r\(release.number)"]
            if key { cells["key"] = "deal-\(f.id)" }
            rows.figures.append(cells)
            rows.figureOrigins.append(.init(file: "release-\(release.number).csv", line: i + 2))
        }
        return rows
    }

    func importing(_ release: Release, key: Bool) throws -> DatasetImport.Outcome {
        try DatasetImport(dataset: dataset).write(rows(release, key: key), recorded: "2024-0\(release.number)-01")
    }

    func revisions() throws -> [String] {
        let (read, diagnostics) = DatasetReader.read(try DatasetFolders.load(dataset))
        return try #require(read, "\(diagnostics)").revisions.map { r in
            "\(r.figureID) \(r.field.rawValue) \(r.before) → \(r.after), \(r.beforeSource) → \(r.afterSource), \(r.file):\(r.line), \(r.recorded.label)"
        }
    }

    @Test(arguments: cases.map(\.name), [false, true])
    func revisionsAfterEachRelease(name: String, widening: Bool) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        try MiniDataset.write(to: dataset)
        var last = DatasetImport.Outcome()
        var before: [String: Data] = [:]
        for (i, release) in c.releases.enumerated() {
            before = try snapshot()
            // Widening: the first release leaves figures.csv without `key`, a later one adds it (merged in memory).
            last = try importing(release, key: widening && i > 0)
        }
        #expect(try revisions() == c.expected)
        // The last import recorded the revisions that name its own file, after those already there.
        let mine = c.expected.filter { $0.contains("release-\(c.releases.last?.number ?? 0).csv") }.count
        let recordedLast = c.name.hasSuffix("twice") ? 0 : mine
        #expect(last.revisions.count == recordedLast)
        // Widening, the first import after the first adds `key` to every row: only a later one can change nothing.
        if c.name.hasSuffix("twice") && (!widening || c.releases.count > 2) {
            #expect(last.revisions.isEmpty && last.written.isEmpty, "the last import wrote \(last.written)")
            #expect(try snapshot() == before, "importing the same release again changes no byte")
        }
    }

    /// The revisions the last import recorded are in its outcome, for the notes on standard error.
    @Test func theOutcomeListsTheRevisionsAndNotesThem() throws {
        try MiniDataset.write(to: dataset)
        _ = try importing(Self.release(1, ("x1", "$5 million", ""), ("x2", "$1 million", "")), key: false)
        let outcome = try importing(Self.release(2, ("x1", "$6 million", ""), ("x2", "$2 million", "estimated")), key: false)
        #expect(outcome.revisions.count == 3)
        #expect(outcome.counts(DatasetLayout.revisions).added == 3)
        #expect(outcome.revisionNotes(dataset: "Datasets/mini", limit: 2) == [
            "release-2.csv:2: note: revised x1 as_reported: $5 million → $6 million (source r1 → r2)",
            "release-2.csv:3: note: revised x2 as_reported: $1 million → $2 million (source r1 → r2)",
            "note: 1 more revision; all are in Datasets/mini/revisions.csv",
        ])
        #expect(outcome.written.map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["sources.csv", "figures.csv", "revisions.csv", "datapackage.json"])
        let descriptor = try folder.read("Datasets/mini/datapackage.json")
        #expect(descriptor.contains("\"path\": \"revisions.csv\""), "\(descriptor)")
    }

    /// A release with a revised value and a row the dataset refuses: nothing is written, revisions.csv included,
    /// whether it is new or already there.
    @Test(arguments: [false, true])
    func afterAnErrorNothingIsWritten(revisedBefore: Bool) throws {
        try MiniDataset.write(to: dataset)
        _ = try importing(Self.release(1, ("x1", "$5 million", "")), key: false)
        if revisedBefore { _ = try importing(Self.release(2, ("x1", "$6 million", "")), key: false) }
        let before = try snapshot()
        var bad = rows(Self.release(3, ("x1", "$7 million", ""), ("x2", "$1 zillion", "")), key: false)
        bad.figureOrigins = []
        #expect(throws: DiagnosticsError.self) { try DatasetImport(dataset: dataset).write(bad, recorded: "2024-03-01") }
        #expect(try snapshot() == before)
        #expect(FileManager.default.fileExists(atPath: dataset + "/revisions.csv") == revisedBefore)
    }

    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dataset) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: dataset + "/" + name))
        }
        return files
    }
}
