import BilatCore

/// Comtrade's bulk files: one record a line, cells split by tabs, no quoting (comtradr reads them so).
enum TabSeparatedText {
    /// Records with each cell's line and column (counted in characters); blank lines skipped.
    static func parse(_ text: Substring) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would leave a CRLF file as one line.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            var fields: [CSVField] = []
            var column = 1
            for cell in line.split(separator: "\t", omittingEmptySubsequences: false) {
                fields.append(CSVField(value: String(cell), line: lineNumber, column: column))
                column += cell.count + 1
            }
            records.append(CSVRecord(fields: fields, line: lineNumber))
        }
        return records
    }
}
