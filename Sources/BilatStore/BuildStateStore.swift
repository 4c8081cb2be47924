import GRDB

extension Store {
    /// The state the last build of an output folder recorded, as text (its format is the build's own).
    public func buildState(output: String) throws -> String? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM build_state WHERE output = ?", arguments: [output])
        }
    }

    public func saveBuildState(_ state: String, output: String) throws {
        try database.write { db in
            try db.execute(sql: "INSERT INTO build_state (output, state) VALUES (?, ?) ON CONFLICT(output) DO UPDATE SET state = excluded.state",
                           arguments: [output, state])
        }
    }

    /// Forgets every build's state: an ingest that changes rows makes each stale anyway.
    public func forgetBuildStates() throws {
        try database.write { db in try db.execute(sql: "DELETE FROM build_state") }
    }
}
