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

/// Compares values, as they are put, with the columns of the row a statement has just stepped to, reading
/// them through SQLite's C API: no GRDB row (with its dictionary of column names) and no boxed values per
/// stored figure, which made a re-ingest slower than a first load. Equal means what `DatabaseValue`'s
/// equality means: the same text bytes, the same integer (a flag is 0 or 1), NULL for nil.
struct StoredColumns: ColumnSink {
    private let statement: OpaquePointer
    private var column: Int32
    private(set) var equal = true

    /// - Parameter first: the result column holding the first value to compare.
    init(_ statement: Statement, first: Int32) {
        self.statement = statement.sqliteStatement
        column = first
    }

    mutating func put(_ text: String) {
        defer { column += 1 }
        guard equal else { return }
        guard sqlite3_column_type(statement, column) == SQLITE_TEXT else { equal = false; return }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard let stored = sqlite3_column_text(statement, column) else { equal = count == 0 && text.isEmpty; return }
        var text = text
        equal = text.withUTF8 { bytes in
            bytes.count == count && (count == 0 || memcmp(bytes.baseAddress!, stored, count) == 0)
        }
    }

    mutating func put(_ text: String?) {
        guard let text else {
            if equal && sqlite3_column_type(statement, column) != SQLITE_NULL { equal = false }
            column += 1
            return
        }
        put(text)
    }

    mutating func put(_ number: Int) {
        if equal && (sqlite3_column_type(statement, column) != SQLITE_INTEGER || sqlite3_column_int64(statement, column) != Int64(number)) {
            equal = false
        }
        column += 1
    }

    mutating func put(_ flag: Bool) { put(flag ? 1 : 0) }
}
