import Bilat
import BilatCore
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// A re-ingest that reads only the changed chunks of figures.csv stores what reading the whole file stores,
/// reports the same counts, and fails with the same messages: random edits on generated datasets, each
/// ingested both ways from the same store.
@Suite struct ChunkedReingestTests {
    let folder = TemporaryFolder("chunked")
    var dataset: String { folder.file("Datasets/synthetic") }
    var figures: String { dataset + "/figures.csv" }

    enum Edit: CaseIterable {
        case note, subject, insert, insertQuotedLines, delete, move, blankLine, renameID, sources
        case duplicateID, duplicateKey, duplicateKeyOtherCase, badDirection
        /// Edits after which the dataset no longer reads: both ingests must fail alike.
        var breaks: Bool { [.duplicateID, .duplicateKey, .duplicateKeyOtherCase, .badDirection].contains(self) }
    }

    /// Records of figures.csv (index 0 is the header); a record may hold a line feed inside quotes.
    static func apply(_ edit: Edit, to records: inout [String], sources: inout String, random: inout SeededRandom, tag: Int) {
        let i = 1 + random.int(records.count - 1), j = 1 + random.int(records.count)
        let row = records[i]
        let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func with(id: String? = nil, subject: String? = nil, direction: String? = nil) -> String {
            var c = cells
            if let id { c[0] = id }
            if let direction { c[4] = direction }
            if let subject { c[5] = subject }
            return c.joined(separator: ",")
        }
        switch edit {
        case .note: records[i] = row + " edited \(tag)"
        case .subject: records[i] = with(subject: "\(cells[5]) r\(tag)")
        case .insert: records.insert(with(id: "n\(tag)", subject: "inserted \(tag)"), at: j)
        case .insertQuotedLines: records.insert(with(id: "q\(tag)", subject: "quoted \(tag)") + "\"two\nlines \(tag)\"", at: j)
        case .delete: records.remove(at: i)
        case .move: records.insert(records.remove(at: i), at: min(j, records.count))
        case .blankLine: records.insert("", at: j)
        case .renameID: records[i] = with(id: "renamed\(tag)")
        case .sources: sources += "extra\(tag),Publisher,Extra \(tag),,,2025-01-15,,\n"
        case .duplicateID: records.insert(with(subject: "twin \(tag)"), at: j)
        case .duplicateKey: records.insert(with(id: "d\(tag)"), at: j)
        case .duplicateKeyOtherCase: records.insert(with(id: "c\(tag)", subject: cells[5].uppercased()), at: j)
        case .badDirection: records.insert(with(id: "b\(tag)", subject: "bad \(tag)", direction: "sideways"), at: j)
        }
    }

    /// What an ingest said (its report and warnings, or its error) and what the store then holds.
    struct Said: Equatable {
        var report: IngestReport?
        var warnings: [String] = []
        var error: String?
    }

    func ingest(into db: String, patching: Bool) throws -> (said: Said, patched: Bool) {
        do {
            let outcome = try IngestStage.run(folders: [dataset], database: db, replacingAll: true, chunkLinesLog2: 4, patching: patching)
            return (Said(report: outcome.report, warnings: outcome.warnings.map(\.description)), outcome.patched)
        } catch {
            return (Said(error: "\(error)"), false)
        }
    }

    func stored(_ db: String) throws -> (datasets: [Dataset], chunks: [String: [FigureChunk]]) {
        let store = try Store(path: db, access: .readOnly)
        return (try store.datasets(), try store.figureChunks())
    }

    func copy(_ from: String, to: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func randomEditsStoreWhatAWholeReadStores(seed: UInt64) throws {
        try SyntheticDataset.write(figures: 1500, to: dataset, seed: seed)
        var random = SeededRandom(state: seed)
        let base = folder.file("base.sqlite"), chunked = folder.file("chunked.sqlite"), whole = folder.file("whole.sqlite")
        let fresh = folder.file("fresh.sqlite")
        _ = try ingest(into: base, patching: false)
        var records = try String(contentsOfFile: figures, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if records.last == "" { records.removeLast() }
        var sources = try String(contentsOfFile: dataset + "/sources.csv", encoding: .utf8)
        var patched = 0
        let rounds = 24
        for round in 0..<rounds {
            let (keptRecords, keptSources) = (records, sources)
            var edits: [Edit] = []
            for _ in 0..<(1 + random.int(3)) {
                // Mostly edits that keep the dataset valid; now and then one that breaks it or changes sources.csv.
                let valid: [Edit] = [.note, .subject, .insert, .insertQuotedLines, .delete, .move, .blankLine, .renameID]
                let edit = random.int(8) == 0 ? Edit.allCases[random.int(Edit.allCases.count)] : valid[random.int(valid.count)]
                edits.append(edit)
                Self.apply(edit, to: &records, sources: &sources, random: &random, tag: round * 10 + edits.count)
            }
            try (records.joined(separator: "\n") + "\n").write(toFile: figures, atomically: true, encoding: .utf8)
            try sources.write(toFile: dataset + "/sources.csv", atomically: true, encoding: .utf8)
            try copy(base, to: chunked)
            try copy(base, to: whole)
            let a = try ingest(into: chunked, patching: true)
            let b = try ingest(into: whole, patching: false)
            let what = "seed \(seed) round \(round) \(edits)"
            #expect(a.said == b.said, "\(what)")
            #expect(try stored(chunked) == stored(whole), "\(what)")
            if a.said.error != nil {
                (records, sources) = (keptRecords, keptSources)
                continue
            }
            if a.patched { patched += 1 }
            // And what a first ingest of the same files stores.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh + suffix) }
            _ = try ingest(into: fresh, patching: false)
            #expect(try stored(chunked) == stored(fresh), "\(what)")
            try copy(chunked, to: base)
        }
        // Most rounds change a few lines: those must not read the whole file.
        #expect(patched >= rounds / 2, "only \(patched) of \(rounds) rounds read changed chunks alone")
    }

    /// The edit the benchmark makes: one figure's source changes. One chunk is read, one row changes.
    @Test func oneChangedFigureIsReadAlone() throws {
        try SyntheticDataset.write(figures: 5000, to: dataset)
        let db = folder.file("one.sqlite")
        _ = try IngestStage.run(folders: [dataset], database: db, replacingAll: true, chunkLinesLog2: 7)
        var text = try String(contentsOfFile: figures, encoding: .utf8)
        let range = try #require(text.range(of: ",s0,,\n"))
        text.replaceSubrange(range, with: ",s1,,\n")
        try text.write(toFile: figures, atomically: true, encoding: .utf8)
        let outcome = try IngestStage.run(folders: [dataset], database: db, replacingAll: true, chunkLinesLog2: 7)
        let patched = outcome.patched
        #expect(patched)
        #expect(outcome.report["figures"] == IngestReport.Counts(changed: 1, unchanged: 4999))
        let chunks = try #require(try Store(path: db, access: .readOnly).figureChunks()["synthetic"])
        #expect(chunks.count > 20)
        #expect(chunks.reduce(0) { $0 + $1.figureCount } == 5000)
    }
}
