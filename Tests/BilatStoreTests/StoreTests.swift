import BilatCore
import BilatDatasets
@testable import BilatStore
import BilatTestSupport
import Foundation
import GRDB
import Testing

@Suite struct StoreTests {
    let folder = TemporaryFolder("store")
    var dbPath: String { folder.file("bilat.sqlite") }

    func mini(_ replacing: [String: String?] = [:]) throws -> Dataset {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(replacing))
        return try #require(dataset, "\(diagnostics)")
    }

    @Test func opensWithMigrationsForeignKeysAndWAL() throws {
        let store = try Store(path: dbPath)
        #expect(try store.appliedMigrations() == ["v1: datasets, sources, parties, indicators, figures, events", "v2: deal statuses per source and date", "v3: fingerprints of the dataset files last ingested", "v4: drop figure indexes no query uses",
                                                 "v5: figure checks without IN lists",
                                                 "v6: what analysis reads back: row lines, quantities whole, accepted findings",
                                                 "v7: the last build of each output folder",
                                                 "v8: fiscal years of parties",
                                                 "v9: keys linking rows that describe one deal or event",
                                                 "v10: ranges, levels as of a date, shares",
                                                 "v11-tiv-unit-kind: TIV, SIPRI's own unit, beside money, counts and percentages",
                                                 "v12-revisions: what imports changed in figures (revisions.csv)",
                                                 "v13-figure-chunks: where each figures.csv was cut, to re-read only what changed"])
        let (journal, foreignKeys) = try store.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
    }

    /// A notebook's query cell may only read: each statement that writes is refused before it runs, by the guard's
    /// own message, and the store keeps every figure.
    @Test(arguments: [
        "DELETE FROM figure", "UPDATE figure SET value = '0'", "INSERT INTO dataset (name, title) VALUES ('x', '')",
        "DROP TABLE figure", "CREATE TABLE t (x)", "PRAGMA user_version = 99",
    ])
    func aQueryCellThatWritesIsRefused(sql: String) throws {
        _ = try Store.ingest([try mini()], into: dbPath, replacingAll: false)
        let store = try Store(path: dbPath, access: .readOnly)
        let error = try #require(throws: (any Error).self) { try store.query(sql, arguments: [:]) }
        #expect(String(describing: error).contains("only queries that read are allowed in a notebook"), "\(error)")
        #expect(try Store(path: dbPath).counts().figures == 4)
        let read = try store.query("SELECT count(*) FROM figure WHERE dataset = :d", arguments: ["d": "mini"])
        #expect(read.rows == [["4"]])
    }

    @Test func buildStatesAreKeptPerOutputFolder() throws {
        let store = try Store(path: dbPath)
        #expect(try store.buildState(output: "/a") == nil)
        try store.saveBuildState("one", output: "/a")
        try store.saveBuildState("two", output: "/b")
        try store.saveBuildState("three", output: "/a")
        #expect(try store.buildState(output: "/a") == "three")
        #expect(try store.buildState(output: "/b") == "two")
        try store.forgetBuildStates()
        #expect(try store.buildState(output: "/b") == nil)
    }

    @Test func anOlderDatabaseIsMigratedByIngestAndRefusedForReading() throws {
        let queue = try DatabaseQueue(path: dbPath)
        try Schema.migrator.migrate(queue, upTo: "v1: datasets, sources, parties, indicators, figures, events")
        try queue.close()
        #expect(throws: StoreError.self) { try Store(path: dbPath, access: .readOnly) }
        let report = try Store.ingest([try mini()], into: dbPath, replacingAll: true)
        #expect(report["figures"].added == 4)
        #expect(try Store(path: dbPath, access: .readOnly).appliedMigrations() == Schema.migrator.migrations)
    }

    /// A store filled under v4 keeps every figure through v5's rebuild of the table, and the rebuilt table
    /// still refuses what v4's refused.
    @Test func v5KeepsTheFiguresOfAV4Store() throws {
        let current = folder.file("current.sqlite")
        _ = try Store.ingest([try mini()], into: current, replacingAll: true)
        let queue = try DatabaseQueue(path: dbPath)
        try Schema.migrator.migrate(queue, upTo: "v4: drop figure indexes no query uses")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current])
            try db.inTransaction {
                for table in ["dataset", "source", "party", "indicator", "figure"] {
                    // The columns a v4 store has, from a current store: what an older bilat wrote.
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
        let store = try Store(path: dbPath)
        #expect(try store.appliedMigrations() == Schema.migrator.migrations)
        #expect(try store.figures() == (try Store(path: current, access: .readOnly).figures()))
        #expect(try store.figures().count == 4)
        #expect(throws: DatabaseError.self) { try store.database.write { try $0.execute(sql: "UPDATE figure SET direction = 'up'") } }
        #expect(throws: DatabaseError.self) {
            try store.database.write { try $0.execute(sql: "INSERT INTO figure SELECT * FROM figure WHERE id = 't2021'") }
        }
        // v6's new columns (the line, significant digits, …) are filled in by the next ingest, once.
        #expect(try store.ingest([try mini()], replacingAll: true)["figures"] == .init(changed: 4))
        #expect(try store.ingest([try mini()], replacingAll: true)["figures"] == .init(unchanged: 4))
    }

    /// A store filled under v10 keeps every figure, indicator and index through v11's rebuild, which lets TIV in
    /// as a unit kind and still refuses kinds bilat never writes.
    @Test func v11KeepsAV10StoreAndAcceptsTIV() throws {
        let current = folder.file("current.sqlite")
        _ = try Store.ingest([try mini()], into: current, replacingAll: true)
        let queue = try DatabaseQueue(path: dbPath)
        try Schema.migrator.migrate(queue, upTo: "v10: ranges, levels as of a date, shares")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current])
            try db.inTransaction {
                for table in ["dataset", "source", "party", "indicator", "figure"] {
                    let tiv = table == "indicator" ? " WHERE unit_kind <> 'tiv'" : ""
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM current.\(table)\(tiv)")
                }
                return .commit
            }
        }
        try queue.close()
        let store = try Store(path: dbPath)
        #expect(try store.appliedMigrations() == Schema.migrator.migrations)
        #expect(try store.figures() == (try Store(path: current, access: .readOnly).figures()))
        #expect(try store.figures().count == 4)
        let indexNames = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' AND sql IS NOT NULL ORDER BY name")
        }
        #expect(indexNames == Schema.figureIndexes.map(\.0).sorted())
        try store.database.write { db in
            try db.execute(sql: "UPDATE indicator SET unit_kind = 'tiv' WHERE id = 'personnel_trained'")
            try db.execute(sql: "UPDATE figure SET unit_kind = 'tiv' WHERE indicator = 'personnel_trained'")
        }
        #expect(throws: DatabaseError.self) { try store.database.write { try $0.execute(sql: "UPDATE figure SET unit_kind = 'gold'") } }
        #expect(throws: DatabaseError.self) { try store.database.write { try $0.execute(sql: "UPDATE indicator SET unit_kind = 'gold'") } }
    }

    /// The figure indexes a bulk load drops and rebuilds are the ones the migrations make, column for column.
    @Test func aBulkLoadRebuildsTheIndexesTheMigrationsMake() throws {
        func indexes(_ path: String) throws -> [String: String] {
            let queue = try DatabaseQueue(path: path)
            return try queue.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' AND sql IS NOT NULL").map {
                    (($0["name"] as String), ($0["sql"] as String).filter { !$0.isWhitespace })
                })
            }
        }
        let migrated = folder.file("migrated.sqlite")
        _ = try Store(path: migrated)
        _ = try Store(path: dbPath).ingest([try mini()], replacingAll: true)
        let expected = try indexes(migrated)
        #expect(expected.keys.sorted() == Schema.figureIndexes.map(\.0).sorted())
        #expect(try indexes(dbPath) == expected)
    }

    /// Streamed figures are diffed one by one: added, changed, unchanged and removed in one ingest.
    @Test func aStreamedReingestDiffsEachFigure() throws {
        let store = try Store(path: dbPath)
        _ = try store.ingest([try mini()], replacingAll: true)
        var edited = try mini()
        edited.figures[0].asReported = "$11.9 million"
        edited.figures[0].quantity.value = 11_900_000
        edited.figures.remove(at: 1)
        var extra = edited.figures[0]
        extra.id = "t2021b"
        extra.sourceID = "undated"
        edited.figures.append(extra)
        let report = try store.ingest([edited], replacingAll: true)
        #expect(report["figures"] == .init(added: 1, changed: 1, removed: 1, unchanged: 2))
        let stored = try store.figures()
        #expect(stored.map(\.id).sorted() == ["officers", "t2021", "t2021b", "units"])
        #expect(stored.first { $0.id == "t2021" }?.asReported == "$11.9 million")
    }

    @Test func ingestAddsThenChangesNothing() throws {
        let store = try Store(path: dbPath)
        let first = try store.ingest([try mini()], replacingAll: true)
        #expect(first["figures"] == .init(added: 4))
        #expect(first["sources"] == .init(added: 2))
        #expect(first["events"] == .init(added: 2))
        #expect(first["event sources"] == .init(added: 3))
        let bytes = Repository.bytes(dbPath)
        let second = try store.ingest([try mini()], replacingAll: true)
        #expect(!second.wroteAnything)
        #expect(second["figures"] == .init(unchanged: 4))
        #expect(Repository.bytes(dbPath) == bytes)
    }

    @Test func storesExactValuesAndPeriods() throws {
        let store = try Store(path: dbPath)
        _ = try store.ingest([try mini()], replacingAll: true)
        let figures = try store.figures()
        let t2021 = try #require(figures.first { $0.id == "t2021" })
        #expect(t2021.value == "11700000")
        #expect(t2021.currency == "USD")
        #expect(t2021.scale == 6)
        #expect(t2021.sourceTitle == "Ties at 30")
        let growth = try #require(figures.first { $0.id == "g2017" })
        #expect(growth.value == "26.55")
        #expect(growth.comparedWith == "2016")
        #expect(growth.isChange)
        let officers = try #require(figures.first { $0.id == "officers" })
        #expect(officers.qualifier == "lower_bound")
        #expect(officers.periodStart == "2012-10-01")
        #expect(try store.figures(FigureFilter(indicator: "personnel_trained")).map(\.id) == ["officers", "units"])
    }

    @Test func reportsChangedAndRemovedRows() throws {
        let store = try Store(path: dbPath)
        _ = try store.ingest([try mini()], replacingAll: true)
        let edited = MiniDataset.figures
            .replacingOccurrences(of: "$11.7 million", with: "$11.8 million")
            .replacingOccurrences(of: "g2017,trade_turnover,AZE,PAK,both,,2017,2016,26.55% increase,,,undated,,\n", with: "")
        let report = try store.ingest([try mini(["figures.csv": edited])], replacingAll: true)
        // The two rows after the one removed are a line higher now: unchanged, but moved.
        #expect(report["figures"] == .init(added: 0, changed: 1, removed: 1, unchanged: 2, moved: 2))
        #expect(try store.figures().first { $0.id == "t2021" }?.value == "11800000")
    }

    @Test func removesDatasetsWhoseFolderIsGone() throws {
        let store = try Store(path: dbPath)
        var other = try mini()
        other.name = "other"
        _ = try store.ingest([try mini(), other], replacingAll: true)
        let report = try store.ingest([try mini()], replacingAll: true)
        #expect(report.removedDatasets == ["other"])
        #expect(report.datasets == ["mini"])
        #expect(try store.counts().figures == 4)
        // Naming folders explicitly leaves other datasets alone.
        _ = try store.ingest([other], replacingAll: false)
        #expect(try store.ingest([try mini()], replacingAll: false).removedDatasets.isEmpty)
        #expect(try store.counts().datasets == 2)
    }

    /// A dataset the reader would refuse, forced past it: SQLite itself refuses it, and the whole ingest rolls back.
    @Test func aRefusedRowRollsBackTheWholeIngest() throws {
        let store = try Store(path: dbPath)
        _ = try store.ingest([try mini()], replacingAll: true)
        let before = Repository.bytes(dbPath)
        var broken = try mini(["figures.csv": MiniDataset.figures.replacingOccurrences(of: "$11.7 million", with: "$11.9 million")])
        broken.figures[3].sourceID = "no-such-source"
        #expect(throws: DatabaseError.self) { try store.ingest([broken], replacingAll: true) }
        #expect(Repository.bytes(dbPath) == before)
        #expect(try store.figures().first { $0.id == "t2021" }?.value == "11700000")
    }

    @Test(arguments: [
        "UPDATE figure SET value = 'lots' WHERE id = 't2021'",
        "UPDATE figure SET value = '1e6' WHERE id = 't2021'",
        "UPDATE figure SET value = '1.2.3' WHERE id = 't2021'",
        "UPDATE figure SET value = '5-' WHERE id = 't2021'",
        "UPDATE figure SET period_start = '2022-01-01' WHERE id = 't2021'",
        "UPDATE figure SET qualifier = 'maybe' WHERE id = 't2021'",
        "UPDATE figure SET currency = NULL WHERE id = 't2021'",
        "UPDATE figure SET direction = 'up' WHERE id = 't2021'",
        "UPDATE figure SET direction = NULL WHERE id = 't2021'",
        "UPDATE figure SET period_granularity = 'week' WHERE id = 't2021'",
        "UPDATE figure SET period_approximate = 2 WHERE id = 't2021'",
        "UPDATE figure SET period_window = -1 WHERE id = 't2021'",
        "UPDATE figure SET unit_kind = 'weight' WHERE id = 't2021'",
        "UPDATE figure SET is_change = 2 WHERE id = 't2021'",
        "UPDATE figure SET status = 'rumoured' WHERE id = 't2021'",
        "UPDATE figure SET scale = 13 WHERE id = 't2021'",
        "UPDATE figure SET id = 'units' WHERE id = 't2021'",
        "UPDATE figure SET status = 'provisional' WHERE id = 'units'", // control: a listed status goes through
        "UPDATE figure SET source_id = 'ghost' WHERE id = 't2021'",
        "UPDATE figure SET partner = 'AZE' WHERE id = 't2021'",
        "UPDATE figure SET as_reported = '' WHERE id = 't2021'",
        "UPDATE figure SET compared_start = '2016-01-01', compared_end = '2016-12-31' WHERE id = 't2021'",
        "UPDATE figure SET period_text = '2021', period_label = '2021' WHERE id = 'units'", // no clash: different key
        "INSERT INTO figure SELECT dataset, 'copy', indicator, reporter, partner, direction, subject, period_text, period_label, period_start, period_end, period_granularity, period_approximate, period_window, compared_label, compared_start, compared_end, as_reported, value, unit, unit_kind, currency, scale, qualifier, is_change, status, source_id, as_of_label, note FROM figure WHERE id = 't2021'",
        "UPDATE party SET id = 'az' WHERE id = 'AZE'",
        "UPDATE indicator SET unit_kind = 'litres'",
    ])
    func sqliteRefusesInconsistentRows(sql: String) throws {
        let store = try Store(path: dbPath)
        _ = try store.ingest([try mini()], replacingAll: true)
        if sql.contains("WHERE id = 'units'") {
            // The control case: a harmless edit goes through, so the others fail for their own reason.
            try store.database.write { try $0.execute(sql: sql) }
            return
        }
        #expect(throws: DatabaseError.self) { try store.database.write { try $0.execute(sql: sql) } }
    }

    @Test func aSecondProcessWaitsForTheLockInsteadOfFailing() throws {
        let holder = try Store(path: dbPath)
        let dataset = try mini()
        // A thread of its own, not a task: the test pool may be busy with other tests while the lock is held.
        let started = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        Thread {
            try? holder.database.write { db in
                try db.execute(sql: "INSERT INTO dataset (name, title) VALUES ('held', '')")
                started.signal()
                Thread.sleep(forTimeInterval: 0.3)
            }
            finished.signal()
        }.start()
        started.wait()
        let other = try Store(path: dbPath) // a separate connection, as a second process would have
        let report = try other.ingest([dataset], replacingAll: false)
        #expect(report["figures"].added == 4)
        finished.wait()
        #expect(try other.counts().datasets == 2)
    }

    /// `count` copies of the mini dataset's first figure, each its own thing measured.
    func many(_ count: Int, sourceID: String? = nil) throws -> Dataset {
        var dataset = try mini()
        let base = dataset.figures[0]
        dataset.figures = (0..<count).map { i in
            var f = base
            f.id = "g\(i)"
            f.subject = "lot \(i)"
            if let sourceID { f.sourceID = sourceID }
            return f
        }
        return dataset
    }

    func storedFigures(_ path: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM figure ORDER BY dataset, id").map { row in row.databaseValues.map(\.description) }
        }
    }

    /// A first load writes figures in batches of many rows per statement; a store that already holds some of
    /// the dataset writes the rest one at a time. Both must store the same rows.
    @Test(arguments: [1, FigureWriter.batchRows - 1, FigureWriter.batchRows, FigureWriter.batchRows * 3 + 5])
    func figuresWrittenInBatchesEqualFiguresWrittenOneByOne(count: Int) throws {
        let full = try many(count)
        let batched = folder.file("batched-\(count).sqlite")
        #expect(try Store.ingest([full], into: batched, replacingAll: true)["figures"].added == count)
        var first = full
        first.figures = Array(full.figures.prefix(1))
        let oneByOne = folder.file("one-by-one-\(count).sqlite")
        _ = try Store.ingest([first], into: oneByOne, replacingAll: true)
        #expect(try Store.ingest([full], into: oneByOne, replacingAll: true)["figures"].added == count - 1)
        let rows = try storedFigures(batched)
        #expect(rows.count == count)
        #expect(rows == (try storedFigures(oneByOne)))
        // And a re-ingest finds every batched row equal to what it would bind.
        #expect(try Store.ingest([full], into: batched, replacingAll: true)["figures"].unchanged == count)
    }

    enum Dangling: String, CaseIterable { case source, indicator, reporter, partner, eventSource }

    /// A first load checks references once, before commit, instead of per row: a dangling one still fails the
    /// ingest and stores nothing, as it does when the store already holds data.
    @Test(arguments: [true, false], Dangling.allCases)
    func aDanglingReferenceFailsTheIngest(intoAnEmptyStore: Bool, dangling: Dangling) throws {
        if !intoAnEmptyStore { _ = try Store.ingest([try mini()], into: dbPath, replacingAll: false) }
        var other = try many(FigureWriter.batchRows + 1)
        other.name = "other"
        let last = other.figures.count - 1
        switch dangling {
        case .source: other.figures[last].sourceID = "ghost"
        case .indicator: other.figures[last].indicator = "ghost"
        case .reporter: other.figures[last].reporter = "ZZZ"
        case .partner: other.figures[last].partner = "ZZZ"
        case .eventSource: other.events[0].sourceIDs = ["ghost"]
        }
        let error = try #require(throws: (any Error).self) { try Store.ingest([other], into: dbPath, replacingAll: false) }
        // The ingest must fail for the dangling reference, not for any other reason: the message names its table.
        let parent = [.source: "source", .indicator: "indicator", .reporter: "party", .partner: "party", .eventSource: "source"][dangling] ?? "?"
        let message = String(describing: error)
        #expect(message.contains("refers to a \(parent) row that does not exist") || message.contains("FOREIGN KEY constraint failed"),
                "\(message)")
        if intoAnEmptyStore {
            #expect(!FileManager.default.fileExists(atPath: dbPath), "a database the failed ingest created is removed")
        } else {
            #expect(try Store(path: dbPath).counts().figures == 4)
        }
    }

    /// A first load checks the figure table's references by the distinct combinations of the referring columns:
    /// the list it checks must be every foreign key the table has, and the natural key's index must begin with
    /// those columns, or the check would read the whole table.
    @Test func theFirstLoadsReferenceCheckCoversEveryForeignKeyOfFigures() throws {
        _ = try Store.ingest([try mini()], into: dbPath, replacingAll: true)
        let (keys, indexColumns) = try Store(path: dbPath).database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('figure') ORDER BY id, seq")
            let keys = Dictionary(grouping: rows, by: { $0["id"] as Int }).values.map { key in
                "\(key[0]["table"] as String): " + key.map { "\($0["from"] as String) → \($0["to"] as String)" }.joined(separator: ", ")
            }
            // The last column is an expression, which has no name.
            let indexColumns = try String?.fetchAll(db, sql: "SELECT name FROM pragma_index_info('figure_natural_key') ORDER BY seqno")
            return (keys, indexColumns)
        }
        let checked = FirstLoad.figureReferences.map { key in
            "\(key.parent): " + key.columns.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
        }
        #expect(keys.sorted() == checked.sorted())
        #expect(Set(indexColumns.prefix(5).compactMap { $0 }) == Set(FirstLoad.figureReferences.flatMap { $0.columns.map(\.from) }))
    }

    /// The check names the parent that is missing, for each kind of reference a figure makes.
    @Test(arguments: [("dataset", "dataset"), ("indicator", "indicator"), ("reporter", "party"), ("partner", "party"),
                      ("source_id", "source")])
    func theReferenceCheckNamesTheMissingParent(column: String, parent: String) throws {
        _ = try Store.ingest([try mini()], into: dbPath, replacingAll: true)
        let store = try Store(path: dbPath)
        let found = try store.database.writeWithoutTransaction { db -> String? in
            #expect(try String.fetchOne(db, sql: FirstLoad.figureReferencesSQL) == nil)
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            // The column name comes from the fixed list above, never from data.
            try db.execute(sql: "UPDATE figure SET \(column) = 'ZZZ' WHERE id = 't2021'")
            return try String.fetchOne(db, sql: FirstLoad.figureReferencesSQL)
        }
        #expect(found == parent)
    }

    /// After a first load (written with a rollback journal and references checked at the end), the store is
    /// back in WAL mode with foreign keys enforced, and consistent.
    @Test func aFirstLoadLeavesTheStoreInWALWithForeignKeysOn() throws {
        _ = try Store.ingest([try many(FigureWriter.batchRows * 2)], into: dbPath, replacingAll: true)
        let store = try Store(path: dbPath)
        let (journal, foreignKeys, integrity, dangling) = try store.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(journal == "wal" && foreignKeys == true && integrity == "ok" && dangling == 0)
        #expect(throws: DatabaseError.self) {
            try store.database.write { try $0.execute(sql: "UPDATE figure SET source_id = 'ghost' WHERE id = 'g0'") }
        }
    }

    /// A re-ingest compares each stored column with the figure's value through the C API: a change in a text, an
    /// optional text (either way), an integer or a flag column alone makes the figure changed, and nothing else.
    @Test(arguments: ["note", "status set", "status cleared", "scale", "is_change", "compared_with"])
    func aChangeInOneColumnIsSeen(column: String) throws {
        var before = try mini()
        if column == "status cleared" { before.figures[0].status = .estimated }
        let store = try Store(path: dbPath)
        _ = try store.ingest([before], replacingAll: true)
        var after = before
        switch column {
        case "note": after.figures[0].note = "revised"
        case "status set": after.figures[0].status = .provisional
        case "status cleared": after.figures[0].status = nil
        case "scale": after.figures[0].quantity.scale += 1
        case "is_change": after.figures[0].quantity.isChange.toggle()
        default: after.figures[1].comparedWith = after.figures[1].period
        }
        let report = try store.ingest([after], replacingAll: true)
        #expect(report["figures"].changed == 1 && report["figures"].unchanged == 3)
        #expect(try store.ingest([after], replacingAll: true)["figures"].unchanged == 4, "and the update stored it whole")
    }

    /// An empty store (made, but holding no dataset) keeps every byte when a first load fails part way.
    @Test func aFailedFirstLoadLeavesAnEmptyStoreByteForByte() throws {
        let store = try Store(path: dbPath)
        let before = try Data(contentsOf: URL(fileURLWithPath: dbPath))
        struct Stop: Error {}
        let dataset = try many(FigureWriter.batchRows * 2)
        #expect(throws: Stop.self) {
            try store.ingest([dataset], replacingAll: true) { name, write in
                for (i, figure) in dataset.figures.enumerated() {
                    if i == FigureWriter.batchRows + 3 { throw Stop() }
                    try write(figure, i + 2)
                }
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: dbPath)) == before)
        #expect(try store.counts().figures == 0)
    }
}

/// Ranges, levels at a date and shares in their own columns (v10), read back whole, and guarded by the schema.
@Suite struct StoreFormsTests {
    let folder = TemporaryFolder("store-forms")
    var dbPath: String { folder.file("bilat.sqlite") }

    func dataset() throws -> Dataset {
        let rows = """
            r1,trade_turnover,AZE,PAK,both,,2019,,$17–25 million,,,today,,
            l1,trade_turnover,AZE,PAK,both,,,,current trade of $30 million,,,today,,
            s1,exports,AZE,PAK,to_partner,,2021,,90% of the trade,,,today,,
            """
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: rows)))
        return try #require(dataset, "\(diagnostics)")
    }

    @Test func theNewColumnsHoldTheFormsAndAReingestChangesNothing() throws {
        let d = try dataset()
        #expect(try Store.ingest([d], into: dbPath, replacingAll: true)["figures"].added == 7)
        let store = try Store(path: dbPath)
        let rows = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, value, value_high, level_at_date, share_of FROM figure WHERE id IN ('r1', 'l1', 's1') ORDER BY id")
        }
        #expect(rows.map { $0["id"] as String } == ["l1", "r1", "s1"])
        #expect(rows.map { $0["value_high"] as String? } == [nil, "25000000", nil])
        #expect(rows.map { $0["level_at_date"] as Int } == [1, 0, 0])
        #expect(rows.map { $0["share_of"] as String? } == [nil, nil, "trade_turnover"])
        let listed = try store.figures().filter { ["r1", "l1", "s1"].contains($0.id) }.sorted { $0.id < $1.id }
        #expect(listed.map(\.high) == [nil, "25000000", nil])
        #expect(listed.map(\.isLevelAtDate) == [true, false, false])
        #expect(try store.datasets().first?.figures == d.figures)
        #expect(try Store.ingest([d], into: dbPath, replacingAll: true)["figures"].unchanged == 7)
    }

    @Test(arguments: [
        "UPDATE figure SET value_high = '2.5e7' WHERE id = 'r1'",
        "UPDATE figure SET value_high = '-1' WHERE id = 'r1'",
        "UPDATE figure SET level_at_date = 2 WHERE id = 'l1'",
        "UPDATE figure SET share_of = 'trade_turnover' WHERE id = 'r1'",
        "UPDATE figure SET share_of = '' WHERE id = 's1'",
    ])
    func theSchemaRefusesWhatBilatNeverWrites(_ sql: String) throws {
        _ = try Store.ingest([try dataset()], into: dbPath, replacingAll: true)
        let store = try Store(path: dbPath)
        #expect(throws: DatabaseError.self) { try store.database.write { try $0.execute(sql: sql) } }
    }
}
