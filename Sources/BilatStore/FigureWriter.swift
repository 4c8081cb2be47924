import BilatCore
import GRDB
import GRDBSQLite

/// Writes one dataset's figures as they arrive, diffing each against the stored row with the same id.
///
/// Nothing is held per figure but one bit: the stored rows matched, and the rows added, are marked by rowid, so the rows whose
/// figure is gone from the file can be deleted at the end. A dataset with nothing stored yet is a plain
/// insert, with no lookup per row, written in batches of ``batchRows`` rows per statement.
struct FigureWriter {
    let db: Database
    let dataset: String
    let storedCount: Int
    private var counts = IngestReport.Counts()
    private var matched = RowidSet()
    private var insert = RawInsert()
    /// A figure's values, to compare with its stored row.
    private var scratch = RowValues()
    private let insertOne: Statement
    private let select: Statement?
    private let update: Statement?
    /// Rows collected in `insert` and not yet written (a first load writes them a batch at a time).
    private var pending = 0
    private var insertBatch: Statement?
    static let batchRows = 64

    init(_ db: Database, dataset: String) throws {
        self.db = db
        self.dataset = dataset
        storedCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure WHERE dataset = ?", arguments: [dataset]) ?? 0
        // The SQL is built from the record type's fixed column list, never from data; values are bound.
        let columns = FigureRecord.insertColumns
        insertOne = try db.makeStatement(sql: FigureRecord.insertSQL)
        if storedCount > 0 {
            select = try db.makeStatement(sql: "SELECT rowid, \(columns.joined(separator: ", ")) FROM figure WHERE dataset = ? AND id = ?")
            update = try db.makeStatement(sql: "UPDATE figure SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE rowid = ?")
        } else {
            select = nil
            update = nil
        }
    }

    mutating func write(_ figure: Figure, line: Int) throws {
        guard let select, let update else {
            FigureRecord.put(figure, line: line, dataset: dataset, into: &insert)
            pending += 1
            counts.added += 1
            if pending == Self.batchRows {
                if insertBatch == nil { insertBatch = try db.makeStatement(sql: FigureRecord.insertSQL(rows: Self.batchRows)) }
                try insert.run(insertBatch!, db)
                pending = 0
            }
            return
        }
        switch try find(figure, line: line, with: select) {
        case let stored?:
            matched.insert(stored.rowid)
            if stored.comparison != .different { counts.unchanged += 1 }
            if stored.comparison == .movedOnly { counts.moved += 1 }
            if stored.comparison != .equal {
                FigureRecord.put(figure, line: line, dataset: dataset, into: &insert)
                insert.put(Int(stored.rowid))
                try insert.run(update, db)
                if stored.comparison == .different { counts.changed += 1 }
            }
        case nil:
            FigureRecord.put(figure, line: line, dataset: dataset, into: &insert)
            try insert.run(insertOne, db)
            matched.insert(db.lastInsertedRowID)
            counts.added += 1
        }
    }

    /// The stored row with this id: its rowid, and how its columns compare with the figure's.
    private mutating func find(_ figure: Figure, line: Int, with select: Statement) throws -> (rowid: Int64, comparison: StoredColumns.Comparison)? {
        let handle = select.sqliteStatement
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        sqlite3_bind_text(handle, 1, dataset, -1, Self.transient)
        sqlite3_bind_text(handle, 2, figure.id, -1, Self.transient)
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            scratch.removeAll()
            FigureRecord.put(figure, line: line, dataset: dataset, into: &scratch)
            return (sqlite3_column_int64(handle, 0), StoredColumns.compare(scratch, to: select, first: 1, location: FigureRecord.lineIndex))
        case SQLITE_DONE:
            return nil
        case let code:
            throw DatabaseError.step(code, select, db)
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Deletes the stored figures no longer in the file, and returns what changed.
    mutating func finish() throws -> IngestReport.Counts {
        if pending > 0 {
            try insert.run(pending == 1 ? insertOne : try db.makeStatement(sql: FigureRecord.insertSQL(rows: pending)), db)
            pending = 0
        }
        let seen = counts.changed + counts.unchanged
        if storedCount > seen {
            var gone: [Int64] = []
            let rowids = try Int64.fetchCursor(db, sql: "SELECT rowid FROM figure WHERE dataset = ?", arguments: [dataset])
            while let rowid = try rowids.next() { if !matched.contains(rowid) { gone.append(rowid) } }
            let delete = try db.makeStatement(sql: "DELETE FROM figure WHERE rowid = ?")
            for rowid in gone { try delete.execute(arguments: [rowid]) }
            counts.removed = gone.count
        }
        return counts
    }
}

/// A set of rowids as a bitmap: one bit per rowid up to the largest seen.
struct RowidSet {
    private var words: [UInt64] = []

    mutating func insert(_ rowid: Int64) {
        guard rowid >= 0 else { return }
        let word = Int(rowid >> 6)
        if word >= words.count { words += repeatElement(0, count: word - words.count + 1) }
        words[word] |= 1 << UInt64(rowid & 63)
    }

    func contains(_ rowid: Int64) -> Bool {
        guard rowid >= 0 else { return false }
        let word = Int(rowid >> 6)
        return word < words.count && words[word] & (1 << UInt64(rowid & 63)) != 0
    }
}
