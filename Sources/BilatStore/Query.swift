import GRDB

extension Store {
    /// Runs a notebook's query on a read-only connection, with named values bound (never spliced into the SQL).
    /// Returns column names and each row's values as text.
    public func query(_ sql: String, arguments: [String: String]) throws -> (columns: [String], rows: [[String]]) {
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
            let rows = try Row.fetchAll(statement)
            return (statement.columnNames, rows.map { row in
                row.databaseValues.map { value -> String in
                    switch value.storage {
                    case .null: return ""
                    case .int64(let i): return String(i)
                    case .double(let d): return String(d)
                    case .string(let s): return s
                    case .blob: return "(binary)"
                    }
                }
            })
        }
    }
}
