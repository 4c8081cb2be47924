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
        collect(Self.read(row, column, path: path) { text throws(Diagnostic) in
            do throws(Diagnostic) { return try PeriodReader.parse(text, reference: reference) } catch {
                throw SpreadsheetRewrite.hintingPeriod(error, text: text)
            }
        })
    }

    /// What `read` makes of a column's text: nil for an empty cell, a failure located at the cell. Static, so
    /// `read` may use the reader's own state (a memo) while it runs. Inlined, as is `collect`: they run for
    /// three cells of every figure row.
    @inline(__always)
    static func read<Value>(_ row: CSVTable.Row, _ column: CSVColumn, path: String,
                            _ read: (String) throws(Diagnostic) -> Value) -> Result<Value, Diagnostic>? {
        let text = row[column]
        guard !text.isEmpty else { return nil }
        do { return .success(try read(text)) } catch { return .failure(error.located(at: row.location(column, path: path))) }
    }

    /// The value of a ``read(_:_:path:_:)``, its failure collected.
    @inline(__always)
    mutating func collect<Value>(_ result: Result<Value, Diagnostic>?) -> Value? {
        switch result {
        case .success(let value)?: return value
        case .failure(let diagnostic)?: diagnostics.append(diagnostic); return nil
        case nil: return nil
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
