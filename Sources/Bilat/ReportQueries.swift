import BilatCore
import BilatStore
import Foundation

/// The store that notebook `query` cells read, opened once per build and thread, with each result kept: a build
/// evaluates a query once to fingerprint a report and again to render it, for thousands of reports.
///
/// Relationships are planned on every core at once, and a store connection runs one query at a time, so each
/// query takes a free connection (opening one when none is free) rather than waiting for the only one: with one
/// connection, the yearly notebook's query cells ran one after another on a two-core machine.
public final class ReportQueries: @unchecked Sendable {
    public let database: String
    private let lock = NSLock()
    private var idle: [Store] = []
    private var results: [String: (columns: [String], rows: [[String]])] = [:]

    public init(database: String) { self.database = database }

    public func run(_ sql: String, arguments: [String: String], limits: QueryLimits = .standard) throws -> (columns: [String], rows: [[String]]) {
        let key = ([sql, "\(limits.seconds) \(limits.rows) \(limits.bytes)"]
            + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "\u{0}")
        lock.lock()
        if let known = results[key] {
            lock.unlock()
            return known
        }
        let free = idle.popLast()
        lock.unlock()
        let store = try free ?? Store(path: database, access: .readOnly)
        defer {
            lock.lock()
            idle.append(store)
            lock.unlock()
        }
        // The same query on two threads at once gives the same result: the first one kept is the one used.
        let result = try store.query(sql, arguments: arguments, limits: limits)
        lock.lock()
        defer { lock.unlock() }
        if let known = results[key] { return known }
        results[key] = result
        return result
    }
}
