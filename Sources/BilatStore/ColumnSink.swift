import GRDB
import Foundation
import GRDBSQLite

/// Receives a row's column values one at a time, in column order.
protocol ColumnSink {
    mutating func put(_ text: String)
    mutating func put(_ text: String?)
    mutating func put(_ number: Int)
    mutating func put(_ flag: Bool)
}

extension ColumnSink {
    mutating func put(_ number: Int?) {
        if let number { put(number) } else { put(nil as String?) }
    }
}

/// Compares a row's values with the columns of the row a statement has just stepped to, reading them through
/// SQLite's C API: no GRDB row (with its dictionary of column names) and no boxed values per stored figure,
/// which made a re-ingest slower than a first load. Equal means what `DatabaseValue`'s equality means: the
/// same text bytes, the same integer (a flag is 0 or 1), NULL for nil.
enum StoredColumns {
    enum Comparison { case equal, movedOnly, different }

    /// - Parameter first: the result column holding the first value to compare.
    static func equal(_ row: RowValues, to statement: Statement, first: Int32) -> Bool {
        compare(row, to: statement, first: first, location: nil) == .equal
    }

    /// Like ``equal(_:to:first:)``, with the value at index `location` (a row's line in its file) told apart:
    /// `movedOnly` when every other value is equal and that one is not.
    static func compare(_ row: RowValues, to statement: Statement, first: Int32, location: Int?) -> Comparison {
        let handle = statement.sqliteStatement
        let locationColumn = location.map { first + Int32($0) }
        var moved = false
        let same = row.withValues { values -> Bool in
            var column = first
            while let value = values.next() {
                defer { column += 1 }
                if column == locationColumn, case let .integer(line) = value {
                    if sqlite3_column_type(handle, column) != SQLITE_INTEGER || sqlite3_column_int64(handle, column) != line { moved = true }
                    continue
                }
                switch value {
                case .null:
                    guard sqlite3_column_type(handle, column) == SQLITE_NULL else { return false }
                case let .integer(number):
                    guard sqlite3_column_type(handle, column) == SQLITE_INTEGER, sqlite3_column_int64(handle, column) == number else {
                        return false
                    }
                case let .text(bytes):
                    guard sqlite3_column_type(handle, column) == SQLITE_TEXT else { return false }
                    let count = Int(sqlite3_column_bytes(handle, column))
                    guard count == bytes.count else { return false }
                    guard count > 0 else { continue }
                    guard let stored = sqlite3_column_text(handle, column), memcmp(bytes.baseAddress!, stored, count) == 0 else {
                        return false
                    }
                }
            }
            return true
        }
        return !same ? .different : moved ? .movedOnly : .equal
    }
}
