import BilatCore
import Foundation
import GRDB

/// The SQLite store of sourced figures, derived from `Datasets/`.
///
/// WAL lets readers work while an ingest writes; the busy timeout lets two `bilat` processes
/// wait for each other instead of failing on a lock.
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "bilat"
        pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = Schema.migrator
        // Reading first keeps an up-to-date database untouched: no write transaction at all.
        let current = try pool.read { try migrator.hasCompletedMigrations($0) }
        if !current { try migrator.migrate(pool) }
    }

    /// Names of the migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { try Schema.migrator.appliedMigrations($0) }
    }
}

/// A store error worth showing a user as it is.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
}
