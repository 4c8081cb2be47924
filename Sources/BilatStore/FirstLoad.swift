import GRDB

/// The first ingest into a database file made for it: the same single transaction and the same checks,
/// arranged for writing everything at once. (Switching the journal rewrites the file's header, so an existing
/// file, even an empty store, keeps the ordinary path: a failed ingest must leave it byte for byte.)
///
/// - A rollback journal instead of the WAL: in WAL mode every page is written twice (to the log, then by the
///   checkpoint into the file), and an empty database's rollback journal holds next to nothing. Atomicity is
///   the same: the transaction commits whole or not at all. The store goes back to WAL mode afterwards.
/// - Foreign keys checked once, just before commit, instead of one parent lookup per reference per row. Any
///   dangling reference fails the ingest, so the transaction rolls back, as a failed check per row would. With
///   nothing stored, no delete can need a cascade.
enum FirstLoad {
    /// Arranges a first load when the store holds no dataset; returns whether it did. Both pragmas must be
    /// set outside a transaction. If another connection holds the file, the WAL stays and nothing changes.
    static func begin(_ db: Database) throws -> Bool {
        guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dataset)")! else { return false }
        // Refused (busy) while another connection is writing; that writer may add a dataset, so stay in the WAL.
        guard (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete" else { return false }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        return true
    }

    /// Fails with the first dangling reference, if any.
    static func checkReferences(_ db: Database) throws {
        if let parent = try String.fetchOne(db, sql: figureReferencesSQL) { throw dangling("figure", parent) }
        // Every other table is small: SQLite's own check, table by table.
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'figure' AND name NOT LIKE 'sqlite_%'")
        for table in tables {
            if let row = try Row.fetchOne(db, sql: "SELECT \"table\", parent FROM pragma_foreign_key_check(?)", arguments: [table]) {
                throw dangling(row[0], row[1])
            }
        }
    }

    private static func dangling(_ table: String, _ parent: String) -> StoreError {
        StoreError(description: "a row of \(table) refers to a \(parent) row that does not exist; nothing was stored")
    }

    /// The figure table's foreign keys as `pragma_foreign_key_list` gives them: each parent, with its key's columns
    /// in the figure table and in the parent. A test checks that these are all of them.
    static let figureReferences: [(parent: String, columns: [(from: String, to: String)])] = [
        ("dataset", [("dataset", "name")]),
        ("indicator", [("dataset", "dataset"), ("indicator", "id")]),
        ("party", [("dataset", "dataset"), ("reporter", "id")]),
        ("party", [("dataset", "dataset"), ("partner", "id")]),
        ("source", [("dataset", "dataset"), ("source_id", "id")]),
    ]

    /// Those keys checked once per distinct combination of the columns that refer, not once per figure: the natural
    /// key's index begins with exactly those columns, so SQLite reads the combinations from it. A million synthetic
    /// figures have 35,000 combinations; `PRAGMA foreign_key_check` on the table took 0.65 s there, this about 0.2 s.
    /// Built from the fixed list above, never from data; gives the first missing parent's table.
    static let figureReferencesSQL: String = {
        var referring: [String] = []
        for key in figureReferences { for column in key.columns where !referring.contains(column.from) { referring.append(column.from) } }
        let missing = figureReferences.map { key in
            "WHEN NOT EXISTS (SELECT 1 FROM \(key.parent) p WHERE "
                + key.columns.map { "p.\($0.to) = f.\($0.from)" }.joined(separator: " AND ") + ") THEN '\(key.parent)'"
        }
        return "SELECT parent FROM (SELECT CASE \(missing.joined(separator: " ")) END AS parent FROM (SELECT DISTINCT "
            + "\(referring.joined(separator: ", ")) FROM figure) AS f) WHERE parent IS NOT NULL LIMIT 1"
    }()

    /// Restores foreign keys and the WAL, whatever happened. If another connection keeps the WAL from being
    /// set again now, the next `Store` to open the file sets it.
    static func end(_ db: Database, began: Bool) {
        guard began else { return }
        try? db.execute(sql: "PRAGMA foreign_keys = ON")
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
}
