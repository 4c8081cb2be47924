import BilatCore
import BilatDatasets
import BilatRender

/// Adds rows to a dataset table's text, or replaces the rows with the same id, keeping every other byte as it was.
struct TableMerge {
    var added = 0, changed = 0, unchanged = 0
    /// Each changed row: its position in `rows`, and its cells as they were, by column.
    var changes: [(row: Int, before: [String: String])] = []

    /// The merged file; rows are cells by column name, written in the file's own column order and line ends.
    mutating func merge(_ rows: [[String: String]], into existing: [UInt8], table: DatasetLayout.Table,
                        header newHeader: [String]) -> [UInt8] {
        let (read, _) = CSVTable.read(existing, path: table.file, required: table.required, optional: table.readable)
        var header = read?.header ?? newHeader
        // Optional columns the rows fill but the file lacks (an imported `key`) are added at the end.
        let newColumns = table.columns.filter { column in !header.contains(column) && rows.contains { !($0[column] ?? "").isEmpty } }
        var text = String(decoding: existing, as: UTF8.self)
        let isNew = text.isEmpty
        if isNew { header += newColumns; text = header.joined(separator: ",") + "\n" }
        let usesCRLF = text.contains("\r\n")
        let end = usesCRLF ? "\r\n" : "\n"
        // Split on bytes: as Characters, CR LF is one grapheme, which a split on "\n" would never cut.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(Substring(usesCRLF && line.last == 0x0D ? line.dropLast() : line))
        }
        let endedWithNewline = lines.last == ""
        if endedWithNewline { lines.removeLast() }

        // Where each existing row starts and ends (a quoted cell may span lines), by id.
        let existingRows = read?.rows ?? []
        if !isNew && !newColumns.isEmpty {
            Self.addColumns(newColumns, lines: &lines, headerLine: 0, rowLines: existingRows.map(\.line))
            header += newColumns
        }
        var spans: [String: (row: CSVTable.Row, first: Int, last: Int)] = [:]
        for (index, row) in existingRows.enumerated() where spans[row["id"]] == nil {
            let next = index + 1 < existingRows.count ? existingRows[index + 1].line : lines.count + 1
            spans[row["id"]] = (row, row.line - 1, next - 2)
        }
        var replacements: [Int: (last: Int, line: String)] = [:]
        var appended: [String] = []
        for (position, cells) in rows.enumerated() {
            let line = Self.render(cells, header: header)
            guard let id = cells["id"], let span = spans[id] else { added += 1; appended.append(line); continue }
            let same = header.allSatisfy { span.row[$0] == (cells[$0] ?? "").trimmingCharacters(in: .whitespaces) }
            if same { unchanged += 1; continue }
            changed += 1
            changes.append((position, Dictionary(header.map { ($0, span.row[$0]) }, uniquingKeysWith: { first, _ in first })))
            replacements[span.first] = (span.last, line)
        }
        if replacements.isEmpty && appended.isEmpty { return existing }
        var out: [String] = []
        var index = 0
        while index < lines.count {
            if let replacement = replacements[index] {
                out.append(replacement.line)
                index = max(index, replacement.last) + 1
            } else {
                out.append(lines[index])
                index += 1
            }
        }
        out += appended
        return Array((out.joined(separator: end) + end).utf8)
    }

    /// Empty cells of `columns` appended to the header line and to the last line of every row (`rowLines`: where
    /// each row starts, 1-based), so the file keeps every other byte.
    static func addColumns(_ columns: [String], lines: inout [String], headerLine: Int, rowLines: [Int]) {
        guard headerLine >= 0, headerLine < lines.count else { return }
        lines[headerLine] += "," + columns.joined(separator: ",")
        let empty = String(repeating: ",", count: columns.count)
        for (index, start) in rowLines.enumerated() {
            var last = (index + 1 < rowLines.count ? rowLines[index + 1] - 1 : lines.count) - 1
            while last > start - 1, last < lines.count, lines[last].isEmpty { last -= 1 }
            if last >= 0 && last < lines.count { lines[last] += empty }
        }
    }

    /// One CSV line, quoted where a cell needs it.
    static func render(_ cells: [String: String], header: [String]) -> String {
        let rendered = CSVWriter().render(header: header, rows: [header.map { .orEmpty(cells[$0]) }])
        let lines = rendered.components(separatedBy: "\r\n")
        return lines.count > 1 ? lines[1] : ""
    }
}
