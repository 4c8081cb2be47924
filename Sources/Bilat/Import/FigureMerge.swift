import BilatCore
import BilatDatasets
import Foundation

/// New figure rows merged by id into figures.csv, written a piece at a time to a scratch file beside it:
/// a row whose id is already there replaces that row's lines where they are, any other is added at the end,
/// and every other byte is kept as it was (``TableMerge`` does the same for the small tables, in memory).
///
/// What is held is one compact entry per existing row (``ExistingFigureRows``: its id's bytes, first line and a
/// digest of its cells), one bit per new row and the lines of changed rows; never the rows' cells.
struct FigureMerge {
    var added = 0, changed = 0, unchanged = 0
    /// Each changed row: the entry of `lines` that replaced it, the line of figures.csv it started on, and a
    /// digest of its new revised cells, for the revisions the import records after the merge (``RevisionLog``).
    var changes: [RevisionLog.Change] = []
    /// The rows of the merged file that were checked as they were made (``FigureLines/check``): the line each
    /// starts on, increasing, and its natural key hash, for ``checkedKeys()``.
    private(set) var checkedLines: [Int32] = []
    private(set) var checkedHashes: [Int] = []
    /// Set by a merge into a figures.csv without rows (a first import) when every row written was checked as it
    /// was made and no two share an id hash or a natural key hash: see ``FirstRows``.
    private(set) var firstRows: FirstRows?

    /// A first import's merged file as the final check would read it: `prefix`, the bytes before the first row
    /// (figures.csv as it was, or a new header), then rows each valid on their own, no two with the same id or
    /// natural key. Reading it again could only find that a row names a reference the final tables lack (each
    /// of `references` is a number in ``FigureLineCheck/references``), or what `prefix` and the other tables hold.
    struct FirstRows {
        var prefix: [UInt8]
        var references: Set<UInt32>
    }

    /// An existing row: its first and last line (a quoted cell may span lines; blank lines after it belong to
    /// it, as in ``TableMerge``) and a digest of its trimmed cells in header order.
    struct Existing { var first: Int, last: Int, digest: Int }

    /// What indexing figures.csv found.
    struct Index {
        var header: [String]?
        var rows = ExistingFigureRows()
        var lineCount = 0
        var usesCRLF = false
        var endsWithNewline = true
        var isEmpty = true
    }

    /// The cells of the first record of figures.csv (nil when it has none or cannot be read).
    static func header(of path: String) -> [String]? {
        guard var chunks = try? FileChunks(path: path) else { return nil }
        var stream = CSVRecordStream(path: path)
        while true {
            let chunk = try? chunks.next()
            if let first = stream.feed(chunk).records.first { return first.fields.map { $0.value.trimmingCharacters(in: .whitespaces) } }
            if chunk == nil || stream.stopped { return nil }
        }
    }

    /// Reads figures.csv once: where each row lies, by id, and how its lines end.
    /// `rows` is where the rows go (tests give one whose hash collides).
    static func index(_ path: String, rows: ExistingFigureRows = ExistingFigureRows()) throws(DiagnosticsError) -> Index {
        var index = Index()
        index.rows = rows
        guard FileManager.default.fileExists(atPath: path) else { return index }
        var chunks: FileChunks
        do { chunks = try FileChunks(path: path) } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
        var stream = CSVRecordStream(path: path)
        var idPosition: Int?
        var width = 0
        var lastByte: UInt8?
        var sawCR = false
        while true {
            let chunk: [UInt8]?
            do { chunk = try chunks.next() } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
            if let chunk, !chunk.isEmpty {
                index.isEmpty = false
                index.lineCount += chunk.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                if !index.usesCRLF {
                    // A CR that ends one piece and an LF that starts the next are a CRLF too.
                    if sawCR && chunk.first == 0x0A { index.usesCRLF = true }
                    else { index.usesCRLF = zip(chunk, chunk.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A } }
                }
                sawCR = chunk.last == 0x0D
                lastByte = chunk.last
            }
            for record in stream.feed(chunk).records {
                guard let idAt = idPosition else {
                    index.header = record.fields.map { $0.value.trimmingCharacters(in: .whitespaces) }
                    idPosition = index.header?.firstIndex(of: "id") ?? -1
                    width = index.header?.count ?? 0
                    continue
                }
                let id = idAt >= 0 && idAt < record.fields.count ? CSVText.trimmed(record.fields[idAt].value) : ""
                try index.rows.add(id: id, first: record.line, digest: digest(record.fields.lazy.map(\.value), width: width))
            }
            if chunk == nil || stream.stopped { break }
        }
        index.endsWithNewline = lastByte == nil || lastByte == 0x0A
        // The line count as `components(separatedBy: "\n")` would give it, without the empty one after a final LF.
        if !index.endsWithNewline { index.lineCount += 1 }
        index.rows.lastLine = index.lineCount
        return index
    }

    /// A digest of a row's cells, trimmed, padded with empty cells to `width`: equal rows have equal digests.
    static func digest<Cells: Sequence<String>>(_ cells: Cells, width: Int) -> Int {
        var hasher = Hasher()
        var count = 0
        for cell in cells {
            hasher.combine(CSVText.trimmed(cell))
            count += 1
        }
        while count < width { hasher.combine(""); count += 1 }
        return hasher.finalize()
    }

    /// Merges the kept entries of `lines` into `existing` (figures.csv), writing the result to `target`;
    /// returns false, writing nothing, when nothing would change.
    mutating func merge(_ lines: FigureLines, keep: (Int) -> Bool, existing path: String, into target: String) throws(DiagnosticsError) -> Bool {
        let index = try Self.index(path)
        var replacements: [Int: (last: Int, key: Int?, line: ArraySlice<UInt8>)] = [:]
        var appended = [Bool](repeating: false, count: lines.count)
        let width = lines.header.count
        let revised = RevisionLog.Columns(lines.header)
        try lines.forEachChecked { i, id, checked, line in
            guard keep(i) else { return }
            guard let existing = index.rows.find(String(decoding: id, as: UTF8.self)) else { added += 1; appended[i] = true; return }
            let cells = CSVText.parse(Array(line), path: "").records.first?.fields.map(\.value) ?? []
            if Self.digest(cells, width: width) == existing.digest { unchanged += 1; return }
            changed += 1
            changes.append(.init(entry: i, line: existing.first, digest: revised.digest(cells)))
            replacements[existing.first] = (existing.last, checked?.keyHash, line)
        }
        if replacements.isEmpty && !appended.contains(true) { return false }
        if lines.check != nil {
            // Reserved whole: a million entries grown by doubling would hold the old and new buffers at once.
            let written = replacements.count + appended.reduce(0) { $1 ? $0 + 1 : $0 }
            checkedLines.reserveCapacity(written)
            checkedHashes.reserveCapacity(written)
        }

        guard FileManager.default.createFile(atPath: target, contents: nil), let out = FileHandle(forWritingAtPath: target) else {
            throw DiagnosticsError([.error("cannot write \(target)")])
        }
        defer { try? out.close() }
        var writer = BufferedWriter(handle: out, path: target)
        let end: [UInt8] = index.usesCRLF ? [0x0D, 0x0A] : [0x0A]
        // A first import: the bytes before its rows are kept, and its rows' hashes gathered, for ``FirstRows``.
        var first = lines.check != nil && index.rows.count == 0 && replacements.isEmpty ? FirstRowsGathering(expected: added) : nil
        if first != nil { writer.capture = [] }
        if index.isEmpty {
            try writer.write(Array(lines.header.joined(separator: ",").utf8) + [0x0A])
        } else {
            try copy(path, with: replacements, end: end, to: &writer)
            if writer.lastByte != 0x0A { try writer.write(end) }
        }
        first?.prefix = writer.capture ?? []
        writer.capture = nil
        try lines.forEachChecked { i, _, checked, line throws(DiagnosticsError) in
            guard appended[i] else { return }
            noteChecked(checked?.keyHash, at: writer)
            first?.add(checked)
            try writer.write(line)
            try writer.write(end)
        }
        try writer.flush()
        firstRows = first?.finished()
        return true
    }

    /// What a first import's merge gathers of the rows it writes, a few bytes each.
    private struct FirstRowsGathering {
        var prefix: [UInt8] = []
        var idHashes: [Int] = [], keyHashes: [Int] = []
        var references = Set<UInt32>()
        var allChecked = true

        init(expected: Int) {
            idHashes.reserveCapacity(expected)
            keyHashes.reserveCapacity(expected)
        }

        mutating func add(_ checked: FigureLineCheck.Checked?) {
            guard allChecked else { return }
            guard let checked else {
                // A row to be read in full: the whole file is checked as before, so nothing more is gathered.
                allChecked = false
                (idHashes, keyHashes) = ([], [])
                return
            }
            idHashes.append(checked.idHash)
            keyHashes.append(checked.keyHash)
            references.insert(checked.references)
        }

        /// Nil unless every row was checked and no two share a hash (which a full read would then look into).
        mutating func finished() -> FirstRows? {
            guard allChecked, Self.distinct(&idHashes), Self.distinct(&keyHashes) else { return nil }
            return FirstRows(prefix: prefix, references: references)
        }

        /// Whether no two hashes are alike (sorted in place: a million take 8 MB, a set twice that).
        static func distinct(_ hashes: inout [Int]) -> Bool {
            hashes.sort()
            defer { hashes = [] }
            return !zip(hashes, hashes.dropFirst()).contains { $0 == $1 }
        }
    }

    /// A function from a line of the merged file to the natural key hash its row was checked with, nil for a
    /// row not checked as it was made (``DatasetStream/checkedBeforehand``). It expects lines in increasing order,
    /// as the stream reads them.
    func checkedKeys() -> (Int) -> Int? {
        var next = 0
        let (lines, keys) = (checkedLines, checkedHashes)
        return { line in
            while next < lines.count && Int(lines[next]) < line { next += 1 }
            return next < lines.count && Int(lines[next]) == line ? keys[next] : nil
        }
    }

    /// Records that the row about to be written at the writer's next line was checked with `key`.
    private mutating func noteChecked(_ key: Int?, at writer: BufferedWriter) {
        guard let key, writer.lineEnds < Int(Int32.max) - 1 else { return }
        checkedLines.append(Int32(writer.lineEnds + 1))
        checkedHashes.append(key)
    }

    /// Copies figures.csv a line at a time, writing each replacement where its row's first line was and leaving
    /// out the lines it replaces.
    private mutating func copy(_ path: String, with replacements: [Int: (last: Int, key: Int?, line: ArraySlice<UInt8>)], end: [UInt8],
                      to writer: inout BufferedWriter) throws(DiagnosticsError) {
        var chunks: FileChunks
        do { chunks = try FileChunks(path: path) } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
        var line = 1
        var skippingThrough = 0
        var atLineStart = true
        while true {
            let read: [UInt8]?
            do { read = try chunks.next() } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
            guard let chunk = read else { break }
            if replacements.isEmpty { try writer.write(chunk[...]); continue }
            var start = 0
            while start < chunk.count {
                let feed = chunk[start...].firstIndex(of: 0x0A)
                let stop = feed.map { $0 + 1 } ?? chunk.count
                if atLineStart, let replacement = replacements[line] {
                    noteChecked(replacement.key, at: writer)
                    try writer.write(replacement.line)
                    try writer.write(end)
                    skippingThrough = max(line, replacement.last)
                }
                if line > skippingThrough { try writer.write(chunk[start..<stop]) }
                if feed != nil { line += 1 }
                atLineStart = feed != nil
                start = stop
            }
        }
    }
}

/// Appends bytes to a file through a buffer of about a mebibyte.
struct BufferedWriter {
    let handle: FileHandle
    let path: String
    var buffer: [UInt8] = []
    /// The last byte written, nil before any.
    private(set) var lastByte: UInt8?
    /// The line ends written, counted as the CSV reader counts lines (CRLF, LF and a bare CR each end one),
    /// so the line about to be written is the next one.
    private(set) var lineEnds = 0
    /// When set, every byte written is also appended here (a first import keeps what comes before its rows).
    var capture: [UInt8]?

    init(handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    mutating func write<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) throws(DiagnosticsError) {
        buffer.append(contentsOf: bytes)
        capture?.append(contentsOf: bytes)
        var previous = lastByte
        for byte in bytes {
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { lineEnds += 1 }
            previous = byte
        }
        if let last = bytes.last { lastByte = last }
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws(DiagnosticsError) {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw DiagnosticsError([.error("cannot write \(path): \(error.localizedDescription)")])
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
