import BilatCore
import Foundation
import GRDB

extension Store {
    /// Hands over one dataset's figures, one at a time, while the write transaction is open; throwing
    /// abandons the whole ingest.
    /// Each figure comes with the line of figures.csv it was read from.
    public typealias FigureFeed = (_ dataset: String, _ write: (Figure, _ line: Int) throws -> Void) throws -> Void

    /// A dataset's figures.csv chunks and its fingerprint, known only once `feed` has read the file (a first
    /// ingest cuts the file in the same read that parses it); nil for a dataset whose chunks were given up front.
    public typealias LateChunks = (_ dataset: String) throws -> (chunks: [FigureChunk], fingerprint: String)?

    /// Makes the database at `path` hold exactly `datasets` (and, when `replacingAll`, nothing else).
    ///
    /// Figures come from `feed` when given (streamed from a file), else from each dataset's `figures`.
    /// A database this call creates is removed again if the ingest fails, so bad input leaves nothing behind.
    /// Processes ingesting into the same store take turns (``StoreLock``), from before the file is looked for
    /// until it is complete or removed, so a file found missing here can only have been made by this call.
    /// - Parameter chunks: each dataset's figures.csv in chunks (``FigureChunk``), stored so that a later re-ingest
    ///   can read only the chunks that changed; a dataset without chunks here keeps none.
    /// - Parameter patches: datasets whose figures are written from their changed chunks alone (``FigurePatch``),
    ///   not from `feed`; a patch that cannot be applied fails the ingest with ``FigurePatch/Refused``.
    /// - Parameter late: chunks and fingerprints of datasets not in `chunks`, asked for after each one's figures are written.
    public static func ingest(_ datasets: [Dataset], into path: String, replacingAll: Bool, fingerprints: [String: String] = [:],
                              figures feed: FigureFeed? = nil, chunks: [String: [FigureChunk]] = [:],
                              patches: [String: FigurePatch] = [:], late: LateChunks? = nil) throws -> IngestReport {
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        return try StoreLock.holding(store: path) {
            let existed = FileManager.default.fileExists(atPath: path)
            do {
                // Only a file made here may take the first-load path: it changes the file's header even when the
                // ingest then fails, which is harmless only because a failed ingest removes a file it made.
                return try Store(path: path).ingest(datasets, replacingAll: replacingAll, fingerprints: fingerprints, figures: feed,
                                                    chunks: chunks, patches: patches, late: late, newFile: !existed)
            } catch {
                if !existed && holdsNoDataset(path) {
                    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                }
                throw error
            }
        }
    }

    /// Whether the file at `path` certainly holds no dataset: a second guard, beside the lock, against removing
    /// what a process that did not take the lock (an older bilat) committed. Unreadable means "keep it".
    static func holdsNoDataset(_ path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? queue.close() }
        let found: Bool? = try? queue.read { db in
            guard try db.tableExists("dataset") else { return false }
            return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dataset)") ?? true
        }
        return found == false
    }

    /// Diffs and writes inside one write transaction, so a concurrent ingest cannot slip in between. When nothing
    /// differs the transaction is rolled back rather than committed, and the file keeps every byte.
    /// - Parameter newFile: the caller made the database file for this ingest and removes it if the ingest fails,
    ///   so an empty store may be loaded the ``FirstLoad`` way.
    public func ingest(_ datasets: [Dataset], replacingAll: Bool, fingerprints: [String: String] = [:],
                       figures feed: FigureFeed? = nil, chunks: [String: [FigureChunk]] = [:], patches: [String: FigurePatch] = [:],
                       late: LateChunks? = nil, newFile: Bool = false) throws -> IngestReport {
        var fingerprints = fingerprints
        let feed = feed ?? { name, write in
            guard let dataset = datasets.first(where: { $0.name == name }) else { return }
            for figure in dataset.figures { try write(figure, dataset.line(of: "figures", figure.id)) }
        }
        var outcome: (report: IngestReport, wrote: Bool)?
        var firstLoad = false
        try database.writeWithoutTransaction { db in
            // Index pages of a large ingest stay in memory rather than being re-read from the file.
            try db.execute(sql: "PRAGMA cache_size = -24576")
            firstLoad = try newFile && FirstLoad.begin(db)
            defer { FirstLoad.end(db, began: firstLoad) }
            try db.inTransaction(.immediate) {
                // Parents and children change in one pass; references are checked once, at commit.
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                var (plan, report) = try Self.plan(datasets, db, replacingAll: replacingAll)
                var figures = IngestReport.Counts()
                for name in report.removedDatasets {
                    figures.removed += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure WHERE dataset = ?", arguments: [name]) ?? 0
                }
                try plan.apply(db)
                // Into an empty table, rows go in first and the indexes are built after, by sorting.
                let bulk = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM figure)")!
                if bulk { for (name, _) in Schema.figureIndexes { try db.execute(sql: "DROP INDEX \(name)") } }
                var wroteChunks = false
                for dataset in datasets {
                    let stored: [FigureChunk]
                    if let patch = patches[dataset.name] {
                        var writer = FigurePatchWriter(db, dataset: dataset.name, patch: patch)
                        let (counts, patched) = try writer.apply()
                        figures += counts
                        stored = patched
                    } else {
                        var writer = try FigureWriter(db, dataset: dataset.name)
                        if let given = chunks[dataset.name] ?? (late == nil ? [] : nil) {
                            var counter = FigureChunkCounter(given)
                            try feed(dataset.name) { counter.count($1); try writer.write($0, line: $1) }
                            stored = counter.chunks
                        } else {
                            // The chunks are known only after the read: the lines are kept (as runs) and counted then.
                            var lines = LineRuns()
                            try feed(dataset.name) { lines.add($1); try writer.write($0, line: $1) }
                            let cut = try late?(dataset.name)
                            var counter = FigureChunkCounter(cut?.chunks ?? [])
                            lines.count(into: &counter)
                            stored = counter.chunks
                            if let cut { fingerprints[dataset.name] = cut.fingerprint }
                        }
                        figures += try writer.finish()
                    }
                    if try FigureChunkTable.replace(db, dataset: dataset.name, with: stored) { wroteChunks = true }
                }
                if bulk {
                    // The reading thread is done by now: SQLite may sort the index keys on a second core. Each
                    // sorting thread takes memory in proportion to the page cache, so the cache is made smaller
                    // first: at a million figures that kept the peak at 133 MiB instead of 145, and was no slower.
                    try db.execute(sql: "PRAGMA cache_size = -8192")
                    try db.execute(sql: "PRAGMA threads = 2")
                    for (_, sql) in Schema.figureIndexes { try db.execute(sql: sql) }
                    try db.execute(sql: "PRAGMA threads = 0")
                }
                report.tables["figures"] = figures
                // Remember what was ingested, so an unchanged folder can be skipped without reading it.
                var wroteFingerprints = false
                for (dataset, fingerprint) in fingerprints.sorted(by: { $0.key < $1.key }) {
                    let old = try String.fetchOne(db, sql: "SELECT fingerprint FROM dataset_file WHERE dataset = ?", arguments: [dataset])
                    guard old != fingerprint else { continue }
                    try db.execute(sql: "INSERT INTO dataset_file (dataset, fingerprint) VALUES (?, ?) ON CONFLICT(dataset) DO UPDATE SET fingerprint = excluded.fingerprint",
                                   arguments: [dataset, fingerprint])
                    wroteFingerprints = true
                }
                if firstLoad { try FirstLoad.checkReferences(db) }
                let wrote = report.wroteAnything || wroteFingerprints || wroteChunks
                outcome = (report, wrote)
                return wrote ? .commit : .rollback
            }
        }
        guard let outcome else { throw StoreError(description: "the ingest transaction ended without a result") }
        if outcome.wrote && !firstLoad {
            // Fold the WAL into the main file now, so the database file alone is complete (a user may copy it).
            _ = try database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        return outcome.report
    }

    /// The writes for every table but figures (which ``FigureWriter`` streams), and what they change.
    static func plan(_ datasets: [Dataset], _ db: Database, replacingAll: Bool) throws -> (plan: WritePlan, report: IngestReport) {
        let wanted = RowSet(datasets)
        let stored = try RowSet(db, datasets: replacingAll ? nil : datasets.map(\.name))
        var report = IngestReport()
        var plan = WritePlan()
        plan.diff(\.datasets, wanted, stored, table: "datasets", report: &report)
        plan.diff(\.sources, wanted, stored, table: "sources", report: &report)
        plan.diff(\.parties, wanted, stored, table: "parties", report: &report)
        plan.diff(\.indicators, wanted, stored, table: "indicators", report: &report)
        plan.diff(\.events, wanted, stored, table: "events", report: &report)
        plan.diff(\.eventSources, wanted, stored, table: "event sources", report: &report)
        plan.diff(\.statuses, wanted, stored, table: "statuses", report: &report)
        plan.diff(\.accepted, wanted, stored, table: "accepted", report: &report)
        plan.diff(\.revisions, wanted, stored, table: "revisions", report: &report)
        report.removedDatasets = stored.datasets.keys.filter { wanted.datasets[$0] == nil }.sorted()
        let names = Set(try String.fetchAll(db, sql: "SELECT name FROM dataset"))
        report.datasets = names.subtracting(report.removedDatasets).union(datasets.map(\.name)).sorted()
        return (plan, report)
    }
}

/// Every row of the small tables an ingest touches, keyed for diffing (figures are streamed instead).
struct RowSet {
    var datasets: [String: DatasetRecord] = [:]
    var sources: [String: SourceRecord] = [:]
    var parties: [String: PartyRecord] = [:]
    var indicators: [String: IndicatorRecord] = [:]
    var events: [String: EventRecord] = [:]
    var eventSources: [String: EventSourceRecord] = [:]
    var statuses: [String: DealStatusRecord] = [:]
    var accepted: [String: AcceptedFindingRecord] = [:]
    var revisions: [String: FigureRevisionRecord] = [:]

    init(_ datasets: [Dataset]) {
        for d in datasets {
            add(DatasetRecord(name: d.name, title: d.title, displayPath: d.displayPath), to: &self.datasets)
            for s in d.sources { add(SourceRecord(s, dataset: d.name, line: d.line(of: "sources", s.id)), to: &sources) }
            for p in d.parties {
                add(PartyRecord(dataset: d.name, id: p.id, name: p.name, line: d.line(of: "parties", p.id),
                                fiscalYearStart: p.fiscalYearStart?.description), to: &parties)
            }
            for i in d.indicators {
                add(IndicatorRecord(dataset: d.name, id: i.id, name: i.name, description: i.description, unitKind: i.unitKind.rawValue,
                                    line: d.line(of: "indicators", i.id)), to: &indicators)
            }
            for e in d.events {
                add(EventRecord(e, dataset: d.name, line: d.line(of: "events", e.id)), to: &events)
                for (position, s) in e.sourceIDs.enumerated() {
                    add(EventSourceRecord(dataset: d.name, eventId: e.id, sourceId: s, position: position), to: &eventSources)
                }
            }
            for s in d.statuses { add(DealStatusRecord(s, dataset: d.name, line: d.line(of: "statuses", s.id)), to: &statuses) }
            for a in d.accepted {
                add(AcceptedFindingRecord(dataset: d.name, finding: a.findingID, reason: a.reason, line: d.line(of: "accepted", a.findingID)),
                    to: &accepted)
            }
            for (i, r) in d.revisions.enumerated() {
                add(FigureRevisionRecord(r, dataset: d.name, position: i + 1, line: d.line(of: "revisions", String(i + 1))), to: &revisions)
            }
        }
    }

    /// The stored rows of `datasets`, or of every dataset when nil.
    init(_ db: Database, datasets names: [String]?) throws {
        func load<R: StoredRow>(_ type: R.Type, into table: inout [String: R]) throws {
            let request = names.map { R.filter(names: $0) } ?? R.all()
            for row in try request.fetchAll(db) { table[row.key] = row }
        }
        try load(DatasetRecord.self, into: &datasets)
        try load(SourceRecord.self, into: &sources)
        try load(PartyRecord.self, into: &parties)
        try load(IndicatorRecord.self, into: &indicators)
        try load(EventRecord.self, into: &events)
        try load(EventSourceRecord.self, into: &eventSources)
        try load(DealStatusRecord.self, into: &statuses)
        try load(AcceptedFindingRecord.self, into: &accepted)
        try load(FigureRevisionRecord.self, into: &revisions)
    }

    private func add<R: StoredRow>(_ row: R, to table: inout [String: R]) { table[row.key] = row }
}

extension StoredRow {
    /// Rows belonging to the named datasets (every table but `dataset` has a `dataset` column).
    static func filter(names: [String]) -> QueryInterfaceRequest<Self> {
        let column = databaseTableName == "dataset" ? Column("name") : Column("dataset")
        return filter(names.contains(column))
    }
}

/// The writes an ingest needs: parents before children on the way in, children first on the way out.
struct WritePlan {
    /// One step per table: its rows to insert and update (parents first) and to delete (children first).
    /// Rows are held once per table, not captured in a closure per row.
    private var upserts: [(Database) throws -> Void] = []
    private var deletions: [(Database) throws -> Void] = []

    mutating func diff<R: StoredRow>(_ table: KeyPath<RowSet, [String: R]>, _ wanted: RowSet, _ stored: RowSet,
                                     table name: String, report: inout IngestReport) {
        var counts = IngestReport.Counts()
        let want = wanted[keyPath: table], have = stored[keyPath: table]
        var inserts: [R] = [], updates: [R] = []
        for key in want.keys.sorted() {
            let row = want[key]!
            switch have[key] {
            case nil: counts.added += 1; inserts.append(row)
            case let old? where old != row:
                if old.sameValues(as: row) { counts.unchanged += 1; counts.moved += 1 } else { counts.changed += 1 }
                updates.append(row)
            default: counts.unchanged += 1
            }
        }
        let gone = have.keys.filter { want[$0] == nil }.sorted().map { have[$0]! }
        counts.removed = gone.count
        if !inserts.isEmpty || !updates.isEmpty {
            upserts.append { db in
                for row in inserts { try row.insert(db) }
                for row in updates { try row.update(db) }
            }
        }
        if !gone.isEmpty {
            deletions.insert({ db in for row in gone { _ = try row.delete(db) } }, at: 0)
        }
        report.tables[name] = counts
    }

    func apply(_ db: Database) throws {
        for step in upserts { try step(db) }
        for step in deletions { try step(db) }
    }
}

extension Dataset {
    /// The line `table`'s row `id` was read from, 0 when the dataset was not read from files.
    func line(of table: String, _ id: String) -> Int { rowLocations["\(table)/\(id)"]?.line ?? 0 }

    /// The folder the dataset was read from, as shown in its row locations (`Datasets/azerbaijan-pakistan`).
    var displayPath: String {
        // A location's path is the folder's, a slash and the file's name, exactly as the reader joined them.
        let paths = Set(rowLocations.values.map { location in
            location.path.lastIndex(of: "/").map { String(location.path[..<$0]) } ?? ""
        })
        return paths.count == 1 ? paths.first ?? "" : ""
    }
}
