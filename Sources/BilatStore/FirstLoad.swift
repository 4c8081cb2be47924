import GRDB

/// The first ingest into a database file made for it: the same single transaction and the same checks,
/// arranged for writing everything at once. (Switching the journal rewrites the file's header, so an existing
/// file, even an empty store, keeps the ordinary path: a failed ingest must leave it byte for byte.)
///
/// - A rollback journal instead of the WAL: in WAL mode every page is written twice (to the log, then by the
///   checkpoint into the file), and an empty database's rollback journal holds next to nothing. Atomicity is
///   the same: the transaction commits whole or not at all. The store goes back to WAL mode afterwards.
/// - Foreign keys checked once, by `PRAGMA foreign_key_check` just before commit, instead of one parent lookup
///   per reference per row. Any dangling reference fails the ingest, so the transaction rolls back, as a
///   failed check per row would. With nothing stored, no delete can need a cascade.
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
        if let row = try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0], parent: String = row[2]
            throw StoreError(description: "a row of \(table) refers to a \(parent) row that does not exist; nothing was stored")
        }
    }

    /// Restores foreign keys and the WAL, whatever happened. If another connection keeps the WAL from being
    /// set again now, the next `Store` to open the file sets it.
    static func end(_ db: Database, began: Bool) {
        guard began else { return }
        try? db.execute(sql: "PRAGMA foreign_keys = ON")
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
}
