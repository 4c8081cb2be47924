import BilatCore
import BilatRender

/// The CSV files beside a report that hold its bounded tables in full: `2018.html`'s figures table is
/// `2018-figures.csv`, a second figures cell's `2018-figures-2.csv`. A report's name ends in no cell kind, so
/// two reports' tables never share a name.
public enum ReportTableFiles {
    /// Cells whose tables a report bounds: by series, and `query` by rows.
    static let kinds = TableRows.seriesKinds.union(["query"])

    /// Each table cell's CSV, by the cell's line, beside `report` (a path ending in `.html`).
    public static func paths(report: String, notebook: Notebook) -> [Int: String] {
        let base = report.hasSuffix(".html") ? String(report.dropLast(5)) : report
        var seen: [String: Int] = [:]
        var out: [Int: String] = [:]
        for segment in notebook.segments {
            guard case .cell(let cell) = segment, kinds.contains(cell.kind) else { continue }
            let n = (seen[cell.kind] ?? 0) + 1
            seen[cell.kind] = n
            out[cell.line] = "\(base)-\(cell.kind)\(n == 1 ? "" : "-\(n)").csv"
        }
        return out
    }

    /// The notebook's cells, in order.
    static func cells(_ notebook: Notebook) -> [Notebook.Cell] {
        notebook.segments.compactMap { if case .cell(let c) = $0 { c } else { nil } }
    }

    /// The cells of `notebook` whose tables leave rows out in `scope`, so the report links to their CSV.
    static func bounded(_ notebook: Notebook, cells: ReportCells) throws -> [Notebook.Cell] {
        try Self.cells(notebook).filter { cell in
            guard kinds.contains(cell.kind) else { return false }
            if cell.kind != "query" { return cells.scope.tables[cell.line]?.isBounded ?? false }
            return cells.queryRowCount(cell) > TableRows.queryRowLimit
        }
    }

    /// A bounded table in full, as spreadsheet-safe CSV (UTF-8 with a BOM, formulas neutralised, as the build's
    /// other CSV files): the report's columns, every row, sources by publisher and title.
    static func csv(_ cell: Notebook.Cell, cells: ReportCells) throws -> String {
        for block in try cells.evaluate(cell) {
            guard case .table(let columns, let rows, _) = block else { continue }
            return CSVWriter(includeBOM: true).render(header: columns, rows: rows.map { $0.map { CSVWriter.Cell.text($0) } })
        }
        return CSVWriter(includeBOM: true).render(header: [], rows: [])
    }
}
