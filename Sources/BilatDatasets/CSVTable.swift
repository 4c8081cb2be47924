import Foundation
import BilatCore

/// A CSV file read against the columns bilat expects: header checked, every row the header's width.
public struct CSVTable: Sendable {
    public var path: String
    public var header: [String]
    public var rows: [Row]

    /// A record whose cells are reached by column name.
    public struct Row: Sendable {
        public var line: Int
        let fields: [CSVField]
        /// The header's names in order, shared by every row of the table, not one per row.
        let columns: ColumnNames

        subscript(cell column: CSVColumn) -> CSVField? { column.position.map { fields[$0] } }

        /// A column of this row's table, found by name.
        func column(_ name: String) -> CSVColumn { columns.column(name) }

        /// The trimmed text of a column, "" when the column is absent or empty.
        public subscript(column: String) -> String { self[self.column(column)] }

        /// The trimmed text of a column found beforehand, "" when the column is absent or empty.
        subscript(column: CSVColumn) -> String {
            guard let value = self[cell: column]?.value else { return "" }
            // Most cells start and end with a visible ASCII character: skip Unicode properties and trimming for them.
            // (The bytes in place where the string has them so: Collection's first and last cost more.)
            let edges = value.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? nil : ($0.first!, $0.last!) }
                ?? value.utf8.first.map { ($0, value.utf8.last!) }
            guard let (first, last) = edges else { return value }
            if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return value }
            guard let head = value.unicodeScalars.first, let tail = value.unicodeScalars.last,
                  head.properties.isWhitespace || tail.properties.isWhitespace else { return value }
            return value.trimmingCharacters(in: .whitespaces)
        }

        /// Where a column's cell starts, falling back to the start of the row.
        public func location(_ column: String, path: String) -> SourceLocation { location(self.column(column), path: path) }

        func location(_ column: CSVColumn, path: String) -> SourceLocation {
            self[cell: column]?.location(in: path) ?? SourceLocation(path: path, line: line, column: 1)
        }
    }

    /// Reads `bytes` expecting `required` columns (any order) and allowing `optional` ones.
    /// Unknown columns are errors: a misspelt header would otherwise drop data silently.
    public static func read(_ bytes: [UInt8], path: String, required: [String], optional: [String] = [])
        -> (table: CSVTable?, diagnostics: [Diagnostic])
    {
        let (records, parseDiagnostics) = CSVText.parse(bytes, path: path)
        var diagnostics = parseDiagnostics
        // A file that could not be read as text is not also "empty" (a fuzzer found both said of one file).
        if records.isEmpty && parseDiagnostics.hasErrors { return (nil, diagnostics) }
        let (shape, found) = Shape.check(records.first, path: path, required: required, optional: optional)
        diagnostics += found
        guard let shape, !diagnostics.hasErrors else { return (nil, diagnostics) }
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            switch shape.row(record) {
            case .success(let row): rows.append(row)
            case .failure(let d): diagnostics.append(d)
            }
        }
        return (CSVTable(path: path, header: shape.header, rows: rows), diagnostics)
    }

    /// A table's checked header: the columns rows are read by, shared by every row.
    public struct Shape: Sendable {
        public let path: String
        public let header: [String]
        let columns: ColumnNames

        /// Checks a header record against the expected columns; nil when it cannot be used.
        public static func check(_ headerRecord: CSVRecord?, path: String, required: [String], optional: [String] = [])
            -> (shape: Shape?, diagnostics: [Diagnostic])
        {
            var diagnostics: [Diagnostic] = []
            let expected = (required + optional).joined(separator: ",")
            guard let headerRecord else {
                return (nil, [.error("the file is empty; it needs a header row",
                                     at: SourceLocation(path: path, line: 1, column: 1), accepted: expected)])
            }
            let header = headerRecord.fields.map { $0.value.trimmingCharacters(in: .whitespaces) }
            var seen: Set<String> = []
            for field in headerRecord.fields {
                let name = field.value.trimmingCharacters(in: .whitespaces)
                if !(required + optional).contains(name) {
                    diagnostics.append(.error("unknown column '\(name)'", at: field.location(in: path), accepted: "the columns \(expected)"))
                } else if !seen.insert(name).inserted {
                    diagnostics.append(.error("column '\(name)' appears twice", at: field.location(in: path), accepted: "the columns \(expected)"))
                }
            }
            let missing = required.filter { !header.contains($0) }
            if !missing.isEmpty {
                diagnostics.append(.error("missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) in the header row",
                                          at: SourceLocation(path: path, line: headerRecord.line, column: 1), accepted: "the columns \(expected)"))
            }
            if diagnostics.hasErrors { return (nil, diagnostics) }
            return (Shape(path: path, header: header, columns: ColumnNames(header)), diagnostics)
        }

        /// A record as a row, or why it cannot be one.
        public func row(_ record: CSVRecord) -> Result<Row, Diagnostic> {
            guard record.fields.count == header.count else {
                let at = record.fields.count > header.count
                    ? record.fields[header.count].location(in: path)
                    : SourceLocation(path: path, line: record.line, column: 1)
                return .failure(.error("this row has \(record.fields.count) cells but the header has \(header.count)",
                                       at: at, accepted: "\(header.count) cells: \(header.joined(separator: ","))"))
            }
            return .success(Row(line: record.line, fields: record.fields, columns: columns))
        }
    }
}

/// A header's column names, looked up by name. A table has a dozen or so short names, and a short Swift
/// string compares as two machine words: scanning them beats hashing the name for every cell of a million rows.
/// One instance per table, shared by its rows, so a reader can tell when a row comes from another table.
final class ColumnNames: Sendable {
    private let names: [String]

    init(_ names: [String]) { self.names = names }

    /// The first column of that name, as a dictionary built with "first wins" would give.
    func column(_ name: String) -> CSVColumn { CSVColumn(name: name, position: names.firstIndex(of: name)) }
}

/// A column found once in a table's header, so that a reader of many rows reaches its cell in each row without
/// comparing names again (a figure row has sixteen cells read, each by a search of a dozen names).
struct CSVColumn: Sendable {
    let name: String
    /// Nil when the table has no such column: its cells read as empty.
    let position: Int?
}
