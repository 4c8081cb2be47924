import Bilat
import BilatCore
import BilatDatasets
@testable import BilatStore
import BilatTestSupport
import Foundation
import GRDB
import Testing

/// What analysis reads from the store is what the CSV reader makes of the files: every dataset, value for
/// value, in the same order, with the same row locations.
@Suite struct StoreReadBackTests {
    let folder = TemporaryFolder("read-back")
    var database: String { folder.file("Output/bilat.sqlite") }

    enum Fixture: String, CaseIterable {
        case bundled, hostile, synthetic, forms, disagreements, revised, all

        /// Rows of every form issue 15 added: ranges, multiples, levels at a date, shares.
        static let formRows = """
            r1,trade_turnover,AZE,PAK,both,,2019,,$17–25 million,,,today,,
            r2,personnel_trained,PAK,AZE,to_partner,,2019,,between 17 and 25,officers,,today,,
            m1,trade_turnover,AZE,PAK,both,,2020,2019,tripled,,,today,,
            m2,trade_turnover,AZE,PAK,both,,2018,2017,increased three times,,,today,,
            l1,trade_turnover,AZE,PAK,both,,,,current trade of $30 million,,,today,,
            l2,trade_turnover,AZE,PAK,both,,,,$30 million a year,,,undated,2023-06,
            s1,exports,AZE,PAK,to_partner,,2021,,90% of the trade,,,today,,
            s2,exports,AZE,PAK,to_partner,rice,2021,,about 40% of exports,,,today,,
            """

        func folders(in folder: TemporaryFolder) throws -> [String] {
            func bundled() throws -> String {
                try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
                return "Datasets/azerbaijan-pakistan"
            }
            func hostile() throws -> String {
                try Repository.copy(Repository.root + "/Tests/Fixtures/hostile", to: folder.file("Datasets/hostile"))
                return "Datasets/hostile"
            }
            func synthetic(_ seed: UInt64) throws -> String {
                try SyntheticDataset.write(figures: 1_500, to: folder.file("Datasets/synthetic-\(seed)"), seed: seed)
                return "Datasets/synthetic-\(seed)"
            }
            func forms(_ replacing: [String: String?] = MiniDataset.figures(adding: Self.formRows)) throws -> String {
                let files = MiniDataset.files(replacing)
                let path = folder.file("Datasets/mini")
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                for (name, bytes) in files.contents { try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name)) }
                return "Datasets/mini"
            }
            /// Keys in figures, events and statuses, and statuses with and without their own as_of.
            func disagreements() throws -> [String] {
                try ["azerbaijan-pakistan-press", "azerbaijan-pakistan-statistics"].map { name in
                    try Repository.copy(Repository.root + "/Tests/Fixtures/disagreements/" + name, to: folder.file("Datasets/\(name)"))
                    return "Datasets/\(name)"
                }
            }
            switch self {
            case .bundled: return [try bundled()]
            case .forms: return [try forms()]
            case .revised: return [try forms(MiniDataset.withRevisions())]
            case .disagreements: return try disagreements()
            case .hostile: return [try hostile()]
            case .synthetic: return [try synthetic(7)]
            case .all: return ([try bundled(), try hostile(), try synthetic(1), try synthetic(2)] + (try disagreements())).sorted()
            }
        }
    }

    /// The datasets the CSV reader makes of `folders`, read from `folder` as the commands read them.
    func readFromFiles(_ folders: [String]) throws -> [Dataset] {
        try folders.map { name in
            let (dataset, diagnostics) = DatasetReader.read(try DatasetFolders.load(name))
            return try #require(dataset, "\(diagnostics.prefix(3))")
        }
    }

    /// Compares part by part, so a difference names the field and the row.
    func expectSame(_ stored: [Dataset], _ read: [Dataset], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(stored.map(\.name) == read.map(\.name), sourceLocation: sourceLocation)
        for (s, r) in zip(stored, read) {
            #expect(s.title == r.title, sourceLocation: sourceLocation)
            #expect(s.sources == r.sources, sourceLocation: sourceLocation)
            #expect(s.parties == r.parties, sourceLocation: sourceLocation)
            #expect(s.indicators == r.indicators, sourceLocation: sourceLocation)
            #expect(s.figures.count == r.figures.count, sourceLocation: sourceLocation)
            for (a, b) in zip(s.figures, r.figures) where a != b {
                Issue.record("figure \(b.id) of \(r.name): stored \(a), read \(b)", sourceLocation: sourceLocation)
                break
            }
            #expect(s.events == r.events, sourceLocation: sourceLocation)
            #expect(s.statuses == r.statuses, sourceLocation: sourceLocation)
            #expect(s.accepted == r.accepted, sourceLocation: sourceLocation)
            #expect(s.revisions == r.revisions, sourceLocation: sourceLocation)
            #expect(s.rowLocations == r.rowLocations, sourceLocation: sourceLocation)
        }
        #expect(stored == read, sourceLocation: sourceLocation)
    }

    @Test(arguments: Fixture.allCases)
    func theStoreGivesBackWhatTheFilesSay(fixture: Fixture) throws {
        let folders = try fixture.folders(in: folder)
        let read = try readFromFiles(folders.map { folder.file($0) })
        _ = try IngestStage.run(folders: folders.map { folder.file($0) }, database: database, replacingAll: true)
        expectSame(try Store(path: database, access: .readOnly).datasets(), read)
    }

    /// After edits that move rows, add one at the top and drop one, a re-ingest (which updates rows in place and
    /// appends new ones) still gives back the file's order and lines.
    @Test func aReingestAfterEditsGivesBackTheEditedFiles() throws {
        let folders = try Fixture.bundled.folders(in: folder)
        let path = folder.file(folders[0])
        _ = try IngestStage.run(folders: [path], database: database, replacingAll: true)
        let figuresPath = path + "/figures.csv"
        var lines = try String(contentsOfFile: figuresPath, encoding: .utf8).components(separatedBy: "\n")
        let header = lines.removeFirst()
        let moved = lines.removeFirst()
        lines.removeFirst() // dropped
        lines.insert(moved.replacingOccurrences(of: "agreements-1992-2022-todayaz", with: "agreements-new")
            .replacingOccurrences(of: "cumulative", with: "cumulative, new"), at: 0)
        lines.append(moved)
        try ([header] + lines).joined(separator: "\n").write(toFile: figuresPath, atomically: true, encoding: .utf8)
        let report = try IngestStage.run(folders: [path], database: database, replacingAll: true).report
        #expect(report["figures"].added == 1 && report["figures"].removed == 1)
        expectSame(try Store(path: database, access: .readOnly).datasets(), try readFromFiles([path]))
    }

    /// A store made before v6 is migrated, filled in by the next ingest, and then left alone by the one after.
    @Test func aStoreOfTheLastMigrationIsFilledInByTheNextIngest() throws {
        let folders = try Fixture.bundled.folders(in: folder)
        let path = folder.file(folders[0])
        let current = folder.file("current.sqlite")
        _ = try IngestStage.run(folders: [path], database: current, replacingAll: true)
        try FileManager.default.createDirectory(atPath: folder.file("Output"), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: database)
        try Schema.migrator.migrate(queue, upTo: "v5: figure checks without IN lists")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current])
            try db.inTransaction {
                // Every column a v5 store has, from a current store: what an older bilat would have written.
                for table in ["dataset", "source", "party", "indicator", "figure", "event", "event_source", "deal_status", "dataset_file"] {
                    let columns = try Row.fetchAll(db, sql: "SELECT name FROM main.pragma_table_info(?)", arguments: [table])
                        .map { ($0["name"] as String) }.joined(separator: ", ")
                    // TIV indicators (v11) are what an older bilat could not write.
                    let tiv = table == "indicator" ? " WHERE unit_kind <> 'tiv'" : ""
                    try db.execute(sql: "INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM current.\(table)\(tiv)")
                }
                return .commit
            }
        }
        try queue.close()
        let first = try IngestStage.run(folders: [path], database: database, replacingAll: true).report
        #expect(first["figures"].changed == first["figures"].total, "every figure gets its line and the rest")
        #expect(first["accepted"].added > 0)
        expectSame(try Store(path: database, access: .readOnly).datasets(), try readFromFiles([path]))
        let second = try IngestStage.run(folders: [path], database: database, replacingAll: true).report
        #expect(!second.wroteAnything)
        // The full diff, not only the fingerprint, finds nothing to change.
        let stored = try Store(path: database, access: .readOnly).datasets()
        let again = try Store.ingest(stored, into: database, replacingAll: true)
        #expect(!again.wroteAnything, "\(again.tables)")
    }

    /// revisions.csv is stored row for row; a second ingest changes nothing, and a revision recorded since is one added.
    @Test func revisionsAreStoredAndAReingestChangesNothing() throws {
        let path = folder.file(try Fixture.revised.folders(in: folder)[0])
        let first = try IngestStage.run(folders: [path], database: database, replacingAll: true).report
        #expect(first["revisions"].added == 2)
        let stored = try Store(path: database, access: .readOnly).datasets()
        #expect(stored.first?.revisions.map(\.field) == [.asReported, .status])
        let again = try Store.ingest(stored, into: database, replacingAll: true)
        #expect(!again.wroteAnything, "\(again.tables)")
        #expect(!(try IngestStage.run(folders: [path], database: database, replacingAll: true).report.wroteAnything))
        let more = MiniDataset.revisions + "t2021,as_reported,$11.7 million,$12 million,today,undated,TradeData_2022.csv,5,2023-01-02\n"
        try Data(more.utf8).write(to: URL(fileURLWithPath: path + "/revisions.csv"))
        let third = try IngestStage.run(folders: [path], database: database, replacingAll: true).report
        #expect(third["revisions"] == IngestReport.Counts(added: 1, unchanged: 2), "\(third.tables)")
        expectSame(try Store(path: database, access: .readOnly).datasets(), try readFromFiles([path]))
    }

    /// A read for growth leaves out rows' locations, and only them.
    @Test(arguments: Fixture.allCases)
    func withoutLocationsTheStoreGivesBackTheSameRows(fixture: Fixture) throws {
        let folders = try fixture.folders(in: folder)
        var read = try readFromFiles(folders.map { folder.file($0) })
        _ = try IngestStage.run(folders: folders.map { folder.file($0) }, database: database, replacingAll: true)
        let stored = try Store(path: database, access: .readOnly).datasets(rowLocations: false)
        #expect(stored.allSatisfy { $0.rowLocations.isEmpty })
        #expect(read.contains { !$0.rowLocations.isEmpty })
        for i in read.indices { read[i].rowLocations = [:] }
        expectSame(stored, read)
    }

    /// `bilat growth`'s analysis of the store (no row locations, growth worked out relationship by relationship) is
    /// the whole analysis of the files: several datasets of one relationship, both directions, fiscal years, shares,
    /// ranges, open starts.
    @Test(arguments: [Fixture.bundled, .disagreements, .forms, .hostile, .all])
    func growthOfTheStoreIsTheFilesGrowth(fixture: Fixture) throws {
        let folders = try fixture.folders(in: folder).map { folder.file($0) }
        let files = try AnalysisStage.run(folders: folders)
        _ = try IngestStage.run(folders: folders, database: database, replacingAll: true)
        let stored = try AnalysisStage.run(store: database, mirror: .standard, parts: .growth)
        #expect(!files.growth.isEmpty)
        #expect(stored.growth == files.growth)
        #expect(stored.growth.map { stored.dataset(of: $0.observation) } == files.growth.map { files.dataset(of: $0.observation) })
        #expect(stored.relationships.map(\.growthRange) == files.relationships.map(\.growthRange))
        #expect(stored.relationships.map(\.relationship) == files.relationships.map(\.relationship))
    }

    /// Analysis of the store is analysis of the files.
    @Test(arguments: [Fixture.bundled, .disagreements, .all])
    func analysingTheStoreIsAnalysingTheFiles(fixture: Fixture) throws {
        let folders = try fixture.folders(in: folder).map { folder.file($0) }
        let files = try AnalysisStage.run(folders: folders)
        let (stored, _) = try AnalysisStage.run(folders: folders, store: database, mirror: .standard)
        #expect(stored.growth == files.growth)
        #expect(stored.findings == files.findings)
        #expect(stored.derived == files.derived)
    }
}
