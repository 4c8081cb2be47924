import BilatCore

/// Comtrade's bulk files: one record a line, cells split by tabs, no quoting (comtradr reads them so).
enum TabSeparatedText {
    /// Records with each cell's line and column (counted in characters); blank lines skipped.
    /// With `wanted`, only the cells at the positions it marks are made into text; the others are left empty
    /// (their columns still counted).
    static func parse(_ text: Substring, firstLine: Int = 1, wanted: [Bool]? = nil) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var lineNumber = firstLine - 1
        // Split on bytes: as Characters, CR LF is one grapheme that a split on "\n" would not cut.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            var fields: [CSVField] = []
            var column = 1
            for cell in line.split(separator: 0x09, omittingEmptySubsequences: false) {
                let value = Substring(cell)
                let keep = wanted.map { fields.count < $0.count && $0[fields.count] } ?? true
                fields.append(CSVField(value: keep ? String(value) : "", line: lineNumber, column: column))
                column += value.count + 1
            }
            records.append(CSVRecord(fields: fields, line: lineNumber))
        }
        return records
    }
}

/// Tab-separated text a piece at a time: each piece is cut after its last line feed (no quoting, so every
/// line feed ends a record, and none lies inside a UTF-8 character).
struct TabSeparatedStream {
    let path: String
    private var carry: [UInt8] = []
    private var line = 1
    private var started = false
    private var stopped = false
    /// The cells made into text, by position (nil: all).
    var wanted: [Bool]?

    init(path: String) { self.path = path }

    mutating func feed(_ chunk: [UInt8]?) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        guard !stopped else { return ([], []) }
        if let chunk { carry += chunk }
        if !started {
            if chunk != nil && carry.count < 3 { return ([], []) }
            if carry.starts(with: [0xEF, 0xBB, 0xBF]) { carry.removeFirst(3) }
            started = true
        }
        let end: Int
        if chunk == nil { end = carry.count } else {
            guard let lastFeed = carry.lastIndex(of: 0x0A) else { return ([], []) }
            end = lastFeed + 1
        }
        if end == 0 { return ([], []) }
        let piece = carry[..<end]
        guard let text = String(validating: piece, as: UTF8.self) else {
            stopped = true
            return ([], [CSVText.notUTF8(piece, path: path, firstLine: line, bareCREndsLine: false)])
        }
        let records = TabSeparatedText.parse(text[...], firstLine: line, wanted: wanted)
        line += piece.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        carry.removeFirst(end)
        return (records, [])
    }
}
