import BilatCore

/// Cell checks shared by every table reader: each problem is collected, located at its cell.
protocol RowChecking {
    var diagnostics: [Diagnostic] { get set }
}

extension RowChecking {
    mutating func error(_ message: String, at location: SourceLocation, accepted: String? = nil) {
        diagnostics.append(.error(message, at: location, accepted: accepted))
    }

    mutating func required(_ row: CSVTable.Row, _ column: String, path: String) -> String? {
        required(row, row.column(column), path: path)
    }

    mutating func required(_ row: CSVTable.Row, _ column: CSVColumn, path: String) -> String? {
        let value = row[column]
        if value.isEmpty {
            error("empty \(column.name)", at: row.location(column, path: path), accepted: "a value in every row's \(column.name) cell")
            return nil
        }
        return value
    }

    mutating func period(_ row: CSVTable.Row, _ column: String, path: String, reference: Period? = nil) -> Period? {
        period(row, row.column(column), path: path, reference: reference)
    }

    mutating func period(_ row: CSVTable.Row, _ column: CSVColumn, path: String, reference: Period? = nil) -> Period? {
        let text = row[column]
        guard !text.isEmpty else { return nil }
        do {
            return try PeriodReader.parse(text, reference: reference)
        } catch {
            diagnostics.append(error.located(at: row.location(column, path: path)))
            return nil
        }
    }

    /// A reference to another table: must name one of `known`.
    mutating func reference(_ row: CSVTable.Row, _ column: String, path: String, known: Set<String>, what: String) -> String? {
        reference(row, row.column(column), path: path, known: known, what: what)
    }

    mutating func reference(_ row: CSVTable.Row, _ column: CSVColumn, path: String, known: Set<String>, what: String) -> String? {
        guard let value = required(row, column, path: path) else { return nil }
        guard known.contains(value) else {
            error("unknown \(what) '\(value)'", at: row.location(column, path: path),
                  accepted: "one of \(known.sorted().prefix(12).joined(separator: ", "))\(known.count > 12 ? ", …" : "")")
            return nil
        }
        return value
    }
}
