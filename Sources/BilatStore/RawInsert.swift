import GRDB
import GRDBSQLite

/// Collects the parameters of one or more rows, then runs a prepared insert with them bound through SQLite's
/// C API. GRDB's `StatementArguments` build an array of existential values per row, which was an eighth of a
/// large ingest's time; the same statement driven directly costs what the C API costs.
///
/// Texts stay in one reused byte buffer and are bound without a copy (SQLITE_STATIC): with SQLite copying
/// each bound text, a million figures meant some twenty million small allocations and frees.
struct RawInsert: ColumnSink {
    private var values = RowValues()

    /// Adds the next parameter (parameters are numbered in the order they are added, from 1).
    mutating func put(_ text: String) { values.put(text) }
    mutating func put(_ text: String?) { values.put(text) }
    mutating func put(_ number: Int) { values.put(number) }
    mutating func put(_ flag: Bool) { values.put(flag) }

    /// Binds what was collected to `statement` (which must have exactly that many parameters), steps it once,
    /// and starts collecting afresh.
    mutating func run(_ statement: Statement, _ db: Database) throws {
        precondition(Int(sqlite3_bind_parameter_count(statement.sqliteStatement)) == values.count,
                     "an insert bound \(values.count) values to \(sqlite3_bind_parameter_count(statement.sqliteStatement)) parameters")
        defer { values.removeAll() }
        let handle = statement.sqliteStatement
        let code = values.withValues { values -> Int32 in
            // The buffer outlives the step; bindings are cleared before it can change, so SQLite never holds a
            // pointer into it afterwards.
            defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
            var index: Int32 = 1
            while let value = values.next() {
                switch value {
                case let .text(bytes):
                    // An empty text still needs a non-NULL pointer, or SQLite binds NULL.
                    let start = bytes.isEmpty || bytes.baseAddress == nil
                        ? Self.empty : bytes.baseAddress!.assumingMemoryBound(to: CChar.self)
                    sqlite3_bind_text(handle, index, start, Int32(bytes.count), Self.static)
                case let .integer(number): sqlite3_bind_int64(handle, index, number)
                case .null: sqlite3_bind_null(handle, index)
                }
                index += 1
            }
            return sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else { throw DatabaseError.step(code, statement, db) }
    }

    private static let `static` = unsafeBitCast(0, to: sqlite3_destructor_type.self)
    private static let emptyText: StaticString = ""
    private static var empty: UnsafePointer<CChar> { UnsafeRawPointer(emptyText.utf8Start).assumingMemoryBound(to: CChar.self) }
}

extension DatabaseError {
    /// The error of a statement stepped through the C API, with SQLite's message, as GRDB would report it.
    static func step(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) },
                      sql: statement.sql)
    }
}
