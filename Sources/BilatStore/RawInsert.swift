import GRDB
import GRDBSQLite

/// Runs a prepared insert with values bound through SQLite's C API. GRDB's `StatementArguments` build an
/// array of existential values per row, which was an eighth of a large ingest's time; the same statement
/// driven directly costs what the C API costs.
struct RawInsert {
    private let statement: Statement
    private var index: Int32 = 0

    init(_ statement: Statement) { self.statement = statement }

    /// Binds the next parameter (parameters are numbered in the order they are bound, from 1).
    mutating func bind(_ text: String) {
        index += 1
        // SQLITE_TRANSIENT: SQLite copies the bytes, since Swift's buffer lives only for this call.
        _ = text.withCString { sqlite3_bind_text(statement.sqliteStatement, index, $0, -1, Self.transient) }
    }

    mutating func bind(_ text: String?) {
        guard let text else { index += 1; sqlite3_bind_null(statement.sqliteStatement, index); return }
        bind(text)
    }

    mutating func bind(_ number: Int) { index += 1; sqlite3_bind_int64(statement.sqliteStatement, index, Int64(number)) }

    mutating func bind(_ flag: Bool) { bind(flag ? 1 : 0) }

    /// Steps the statement once and makes it ready for the next row.
    mutating func run(_ db: Database) throws {
        defer { sqlite3_reset(statement.sqliteStatement); index = 0 }
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
