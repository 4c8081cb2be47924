import GRDB

extension Store {
    /// What `PRAGMA integrity_check` finds: `["ok"]` for a sound file, else one line per problem.
    public func integrityCheck() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
