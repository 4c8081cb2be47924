import BilatCore
import BilatStore
import Foundation

/// The store that notebook `query` cells read, opened once per build, with each result kept: a build
/// evaluates a query once to fingerprint a report and again to render it, for thousands of reports.
public final class ReportQueries: @unchecked Sendable {
    public let database: String
    private let lock = NSLock()
    private var store: Store?
    private var results: [String: (columns: [String], rows: [[String]])] = [:]

    public init(database: String) { self.database = database }

    public func run(_ sql: String, arguments: [String: String], limits: QueryLimits = .standard) throws -> (columns: [String], rows: [[String]]) {
        let key = ([sql, "\(limits.seconds) \(limits.rows) \(limits.bytes)"]
            + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "\u{0}")
        lock.lock()
        defer { lock.unlock() }
        if let known = results[key] { return known }
        let store = try self.store ?? Store(path: database, access: .readOnly)
        self.store = store
        let result = try store.query(sql, arguments: arguments, limits: limits)
        results[key] = result
        return result
    }
}
