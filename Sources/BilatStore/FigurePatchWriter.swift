import BilatCore
import GRDB
import GRDBSQLite

/// Applies a ``FigurePatch`` inside the ingest's transaction, in the order a whole read writes: every lookup
/// first (against the lines stored before), then the kept chunks' rows moved to their new lines, then the
/// changed figures updated and inserted in the order read, then the rows gone from the file deleted.
struct FigurePatchWriter {
    let db: Database
    let dataset: String
    let patch: FigurePatch
    /// Whether a stored chunk's rows stay (its bytes are in the file still), by index in `patch.planned`.
    private var keptStored: [Bool]
    private var scratch = RowValues()
    private var insert = RawInsert()

    init(_ db: Database, dataset: String, patch: FigurePatch) {
        self.db = db
        self.dataset = dataset
        self.patch = patch
        keptStored = Array(repeating: false, count: patch.planned.count)
        for case let i? in patch.kept where keptStored.indices.contains(i) { keptStored[i] = true }
    }

    private enum Action {
        case insert
        case update(rowid: Int64, StoredColumns.Comparison)
    }

    private func refuse(_ why: String) -> FigurePatch.Refused { FigurePatch.Refused(description: "\(dataset): \(why)") }

    /// Whether a stored row on `line` (as stored before this ingest) belongs to a chunk that stays.
    private func staysUnread(_ line: Int) -> Bool {
        guard let i = FigureChunkCounter.index(of: line, in: patch.planned) else { return false }
        return keptStored[i]
    }

    /// Writes the patch; returns what changed and the chunks to store, with their figure counts.
    mutating func apply() throws -> (counts: IngestReport.Counts, chunks: [FigureChunk]) {
        guard patch.kept.count == patch.chunks.count else { throw refuse("the patch pairs no chunk list") }
        guard try FigureChunkTable.all(db, dataset: dataset).map(\.1) == patch.planned else {
            throw refuse("the stored chunks changed since the patch was planned")
        }
        let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure WHERE dataset = ?", arguments: [dataset]) ?? 0
        guard stored == patch.planned.reduce(0, { $0 + $1.figureCount }) else { throw refuse("the stored figures are not those of the stored chunks") }

        // 1. Lookups, by id: a stored row of a kept chunk with the id (or the natural key) of a changed figure
        // would be a duplicate in the file, whose message only a whole read gives.
        let columns = FigureRecord.insertColumns
        let select = try db.makeStatement(sql: "SELECT rowid, \(columns.joined(separator: ", ")) FROM figure WHERE dataset = ? AND id = ?")
        let sameKey = try db.makeStatement(sql: """
            SELECT line, subject FROM figure WHERE dataset = ? AND source_id = ? AND indicator = ? AND reporter = ? AND partner = ?
            AND direction = ? AND period_start = ? AND period_end = ? AND IFNULL(compared_start, '') = ?
            """)
        var actions: [Action] = []
        actions.reserveCapacity(patch.figures.count)
        var matched: Set<Int64> = []
        let lineColumn = Int32(1 + (FigureRecord.lineIndex ?? 0))
        for (figure, line) in patch.figures {
            scratch.removeAll()
            FigureRecord.put(figure, line: line, dataset: dataset, into: &scratch)
            try select.setArguments([dataset, figure.id])
            let handle = select.sqliteStatement
            var action = Action.insert
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard staysUnread(Int(sqlite3_column_int64(handle, lineColumn))) == false else {
                    sqlite3_reset(handle)
                    throw refuse("figure \(figure.id) of a changed chunk has the id of a row that did not change")
                }
                let rowid = sqlite3_column_int64(handle, 0)
                matched.insert(rowid)
                action = .update(rowid: rowid, StoredColumns.compare(scratch, to: select, first: 1, location: FigureRecord.lineIndex))
            case SQLITE_DONE: break
            case let code: sqlite3_reset(handle); throw DatabaseError.step(code, select, db)
            }
            sqlite3_reset(handle)
            if case .update(_, let comparison) = action, comparison != .different {} else {
                let subject = Figure.foldedSubject(figure.subject)
                let rows = try Row.fetchCursor(sameKey, arguments: [dataset, figure.sourceID, figure.indicator, figure.reporter, figure.partner,
                                                                     figure.direction.rawValue, figure.period.start.description,
                                                                     figure.period.end.description, figure.comparedWith?.start.description ?? ""])
                while let row = try rows.next() {
                    if Figure.foldedSubject(row[1]) == subject && staysUnread(row[0]) {
                        throw refuse("figure \(figure.id) of a changed chunk repeats a row that did not change")
                    }
                }
            }
            actions.append(action)
        }

        // 2. The rows of changed chunks that no changed figure took: gone from the file. Found by a scan only
        // when there are some (the chunks' figure counts say so).
        let changedRows = patch.planned.indices.filter { !keptStored[$0] }.reduce(0) { $0 + patch.planned[$1].figureCount }
        var gone: [Int64] = []
        if changedRows > matched.count {
            // `+dataset`: a scan of the table in rowid order, not a walk through an index and back.
            let rows = try Row.fetchCursor(db, sql: "SELECT rowid, line FROM figure WHERE +dataset = ?", arguments: [dataset])
            while let row = try rows.next() {
                let rowid: Int64 = row[0]
                if !staysUnread(row[1]) && !matched.contains(rowid) { gone.append(rowid) }
            }
            guard gone.count == changedRows - matched.count else { throw refuse("the changed chunks' stored rows do not add up") }
        }

        // 3. The kept chunks' rows, to their new lines.
        var counts = IngestReport.Counts()
        var shifts: [(lines: Range<Int>, by: Int)] = []
        for (new, old) in patch.kept.enumerated() {
            guard let old else { continue }
            let before = patch.planned[old]
            counts.unchanged += before.figureCount
            let by = patch.chunks[new].firstLine - before.firstLine
            guard by != 0 else { continue }
            counts.moved += before.figureCount
            if before.figureCount > 0 { shifts.append((before.lines, by)) }
        }
        try Self.shift(shifts, dataset: dataset, db)

        // 4. The changed figures, in the order read.
        let insertOne = try db.makeStatement(sql: FigureRecord.insertSQL)
        let update = try db.makeStatement(sql: "UPDATE figure SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE rowid = ?")
        for ((figure, line), action) in zip(patch.figures, actions) {
            switch action {
            case .insert:
                FigureRecord.put(figure, line: line, dataset: dataset, into: &insert)
                try insert.run(insertOne, db)
                counts.added += 1
            case let .update(rowid, comparison):
                if comparison != .different { counts.unchanged += 1 } else { counts.changed += 1 }
                if comparison == .movedOnly { counts.moved += 1 }
                guard comparison != .equal else { continue }
                FigureRecord.put(figure, line: line, dataset: dataset, into: &insert)
                insert.put(Int(rowid))
                try insert.run(update, db)
            }
        }

        // 5. What the file no longer has.
        let delete = try db.makeStatement(sql: "DELETE FROM figure WHERE rowid = ?")
        for rowid in gone { try delete.execute(arguments: [rowid]) }
        counts.removed = gone.count

        var chunks = patch.chunks
        var counter = FigureChunkCounter(patch.chunks)
        for (_, line) in patch.figures { counter.count(line) }
        for (new, old) in patch.kept.enumerated() {
            chunks[new].figureCount = old.map { patch.planned[$0].figureCount } ?? counter.chunks[safe: new]?.figureCount ?? 0
        }
        guard counter.chunks.count == chunks.count else { throw refuse("a changed figure's line is in no chunk") }
        return (counts, chunks)
    }

    /// Adds `by` to the line of every row in each range of (stored) lines. Ranges next to each other with the
    /// same shift are one statement. A row is moved once: when every shift goes the same way, the ranges are
    /// taken from the far end; otherwise each goes first to a negative line, out of every range's way.
    static func shift(_ shifts: [(lines: Range<Int>, by: Int)], dataset: String, _ db: Database) throws {
        var merged: [(lines: Range<Int>, by: Int)] = []
        for s in shifts.sorted(by: { $0.lines.lowerBound < $1.lines.lowerBound }) {
            if let last = merged.last, last.by == s.by, last.lines.upperBound == s.lines.lowerBound {
                merged[merged.count - 1].lines = last.lines.lowerBound..<s.lines.upperBound
            } else {
                merged.append(s)
            }
        }
        guard !merged.isEmpty else { return }
        let range = "WHERE +dataset = ? AND line >= ? AND line < ?"
        if merged.allSatisfy({ $0.by > 0 }) || merged.allSatisfy({ $0.by < 0 }) {
            let update = try db.makeStatement(sql: "UPDATE figure SET line = line + ? \(range)")
            for s in merged[0].by > 0 ? merged.reversed() : merged {
                try update.execute(arguments: [s.by, dataset, s.lines.lowerBound, s.lines.upperBound])
            }
            return
        }
        let away = try db.makeStatement(sql: "UPDATE figure SET line = -(line + ?) \(range)")
        for s in merged { try away.execute(arguments: [s.by, dataset, s.lines.lowerBound, s.lines.upperBound]) }
        try db.execute(sql: "UPDATE figure SET line = -line WHERE +dataset = ? AND line < 0", arguments: [dataset])
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
