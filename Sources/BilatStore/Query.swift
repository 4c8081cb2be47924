import BilatCore
import Dispatch
import GRDB
import GRDBSQLite

extension Store {
    /// Runs a notebook's query on a read-only connection, with named values bound (never spliced into the SQL),
    /// within `limits`. Returns column names and each row's values as text.
    ///
    /// The time limit is SQLite's progress handler, called every few thousand virtual-machine steps, so even a
    /// query that never yields a row (an unbounded recursive CTE) stops. Rows are read one at a time and reading
    /// stops at the first row past the row limit or the first byte past the size limit; SQLite's own length limit
    /// is lowered to the size limit meanwhile, so no single value larger than that is ever made.
    public func query(_ sql: String, arguments: [String: String], limits: QueryLimits = .standard) throws -> (columns: [String], rows: [[String]]) {
        try database.read { db in
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else {
                throw StoreError(description: "only queries that read are allowed in a notebook")
            }
            do {
                try statement.setArguments(StatementArguments(arguments.mapValues { $0 as (any DatabaseValueConvertible)? }))
            } catch {
                throw StoreError(description: "the query's parameters do not match the notebook's (\(arguments.keys.sorted().map { ":" + $0 }.joined(separator: ", "))): \(error)")
            }
            let connection = db.sqliteConnection
            let deadline = Deadline(seconds: limits.seconds)
            let context = Unmanaged.passRetained(deadline)
            let lengthBefore = sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, Int32(clamping: limits.bytes))
            sqlite3_progress_handler(connection, 4_000, { pointer in
                guard let pointer else { return 0 }
                return Unmanaged<Deadline>.fromOpaque(pointer).takeUnretainedValue().hasPassed ? 1 : 0
            }, context.toOpaque())
            defer {
                sqlite3_progress_handler(connection, 0, nil, nil)
                sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, lengthBefore)
                context.release()
            }
            let columns = statement.columnNames
            var size = columns.reduce(0) { $0 + $1.utf8.count }
            var rows: [[String]] = []
            do {
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    guard rows.count < limits.rows else { throw QueryLimitExceeded.rows(limits.rows) }
                    let values: [String] = row.databaseValues.map(Self.text)
                    size += values.reduce(0) { $0 + $1.utf8.count }
                    guard size <= limits.bytes else { throw QueryLimitExceeded.bytes(limits.bytes) }
                    rows.append(values)
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && deadline.hasPassed {
                throw QueryLimitExceeded.time(seconds: limits.seconds)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_TOOBIG {
                throw QueryLimitExceeded.bytes(limits.bytes)
            }
            return (columns, rows)
        }
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return ""
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .blob: return "(binary)"
        }
    }
}

/// When a query's time is up; read from SQLite's progress handler on the querying thread.
private final class Deadline {
    let end: UInt64
    init(seconds: Int) { end = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000 }
    var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= end }
}
