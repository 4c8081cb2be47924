import BilatCore
import Foundation
import GRDB

/// The SQLite store of sourced figures, derived from `Datasets/`.
///
/// In WAL mode, so readers work while an ingest writes, with a busy timeout so two `bilat` processes wait
/// for each other instead of failing on a lock. Opened through a single connection, not GRDB's pool: opening a
/// pool writes to the file (a table created and dropped), and an ingest that changes nothing, or rolls back
/// on bad input, must leave the file byte for byte.
public final class Store: Sendable {
    public enum Access: Sendable { case readOnly, readWrite }

    public let path: String
    let database: any DatabaseWriter

    /// Opens the database at `path`. For writing, creates it if needed and brings its schema up to date;
    /// for reading, it must exist with the current schema.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "bilat"
        let migrator = Schema.migrator
        switch access {
        case .readOnly:
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError(description: "no database at \(path); run `bilat build` or `bilat ingest` first, or pass --db")
            }
            configuration.readonly = true
            database = try DatabaseQueue(path: path, configuration: configuration)
            guard try database.read({ try migrator.hasCompletedMigrations($0) }) else {
                throw StoreError(description: "\(path) was made by another version of bilat; run `bilat ingest` to update it")
            }
        case .readWrite:
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                // Persistent in the file: set once, when the database is new.
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            database = queue
            try migrator.migrate(database)
        }
    }

    /// Names of the migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try database.read { try Schema.migrator.appliedMigrations($0) }
    }
}

/// A store problem worth showing a user as it is.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
}
