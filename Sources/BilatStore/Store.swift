import BilatCore
import Foundation
import GRDB

/// The SQLite store of sourced figures, derived from `Datasets/`.
///
/// Written through a WAL pool, so readers work while an ingest writes, with a busy timeout so two
/// `bilat` processes wait for each other instead of failing on a lock. Read through a read-only
/// connection, because opening a WAL pool writes to the file and a read must leave it byte-for-byte.
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
            database = try DatabasePool(path: path, configuration: configuration)
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
