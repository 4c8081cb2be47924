import BilatCore
import Foundation
import GRDB
import GRDBSQLite

/// Steps a statement and reads its columns through SQLite's C API: for the figure table, where a GRDB row per
/// figure (with a boxed value per column) made loading the store slower than reading the CSV files.
struct StoredColumnReader {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }

    init(_ statement: Statement) { self.statement = statement }

    /// Moves to the next row; false after the last.
    mutating func step(_ db: Database) throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw DatabaseError.step(code, statement, db)
        }
    }

    func text(_ column: Int32) -> String {
        guard let start = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : text(column)
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }

    /// A `YYYY-MM-DD` column, read from its bytes without making a string.
    func date(_ column: Int32, in what: String) throws -> CalendarDate {
        if let start = sqlite3_column_text(handle, column), sqlite3_column_bytes(handle, column) == 10 {
            let bytes = UnsafeBufferPointer(start: start, count: 10)
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) else { return nil }
                    n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                }
                return n
            }
            if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
               let date = CalendarDate(year: y, month: m, day: d) {
                return date
            }
        }
        throw StoredValueError.unreadable(text(column), column: "date", in: what)
    }
}

/// The store's exact decimal text back into a `Decimal`.
enum StoredDecimal {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `-?[0-9]+(.[0-9]+)?`, as the figure table's CHECK allows; up to 19 digits directly, more through Foundation.
    static func parse(_ text: String) -> Decimal? {
        var significand: UInt64 = 0, digits = 0, fraction = 0
        var negative = false, point = false
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: ".") where !point: point = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 19 else { return Decimal(string: text, locale: posix) }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { fraction += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        // A minus sign on a zero significand makes Foundation's NaN.
        if significand == 0 { return Decimal.zero }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(significand))
    }
}
