import GRDB
import GRDBSQLite

/// Collects the parameters of one or more rows, then runs a prepared insert with them bound through SQLite's
/// C API. GRDB's `StatementArguments` build an array of existential values per row, which was an eighth of a
/// large ingest's time; the same statement driven directly costs what the C API costs.
///
/// Texts are gathered into one reused byte buffer and bound without a copy (SQLITE_STATIC): with SQLite
/// copying each bound text, a million figures meant some twenty million small allocations and frees.
struct RawInsert: ColumnSink {
    private enum Parameter { case text(offset: Int, count: Int), integer(Int64), null }
    private var bytes: [UInt8] = []
    private var parameters: [Parameter] = []

    /// Adds the next parameter (parameters are numbered in the order they are added, from 1).
    mutating func put(_ text: String) {
        let offset = bytes.count
        bytes.append(contentsOf: text.utf8)
        parameters.append(.text(offset: offset, count: bytes.count - offset))
    }

    mutating func put(_ text: String?) {
        guard let text else { parameters.append(.null); return }
        put(text)
    }

    mutating func put(_ number: Int) { parameters.append(.integer(Int64(number))) }

    mutating func put(_ flag: Bool) { put(flag ? 1 : 0) }

    /// Binds what was collected to `statement` (which must have exactly that many parameters), steps it once,
    /// and starts collecting afresh.
    mutating func run(_ statement: Statement, _ db: Database) throws {
        precondition(Int(sqlite3_bind_parameter_count(statement.sqliteStatement)) == parameters.count,
                     "an insert bound \(parameters.count) values to \(sqlite3_bind_parameter_count(statement.sqliteStatement)) parameters")
        defer { bytes.removeAll(keepingCapacity: true); parameters.removeAll(keepingCapacity: true) }
        let handle = statement.sqliteStatement
        let code = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            // The buffer outlives the step; bindings are cleared before it can change, so SQLite never holds a
            // pointer into it afterwards.
            defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
            let base = UnsafeRawPointer(buffer.baseAddress)
            for (i, parameter) in parameters.enumerated() {
                let index = Int32(i + 1)
                switch parameter {
                case let .text(offset, count):
                    // An empty text still needs a non-NULL pointer, or SQLite binds NULL.
                    let start = count == 0 || base == nil ? Self.empty : (base! + offset).assumingMemoryBound(to: CChar.self)
                    sqlite3_bind_text(handle, index, start, Int32(count), Self.static)
                case let .integer(value): sqlite3_bind_int64(handle, index, value)
                case .null: sqlite3_bind_null(handle, index)
                }
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
