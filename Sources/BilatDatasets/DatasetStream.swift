import BilatCore

/// Pieces of a file's bytes, in order; `nil` at the end. The disk is read by the caller, not here.
public protocol ByteChunks {
    mutating func next() throws -> [UInt8]?
}

/// Bytes already in memory, handed out in pieces of `size` (tests use small pieces to cross every boundary).
public struct InMemoryChunks: ByteChunks {
    let bytes: [UInt8]
    let size: Int
    var offset = 0
    public init(_ bytes: [UInt8], size: Int = 1 << 20) { self.bytes = bytes; self.size = max(1, size) }
    public mutating func next() -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        defer { offset = min(bytes.count, offset + size) }
        return Array(bytes[offset..<min(bytes.count, offset + size)])
    }
}

/// A piece of figures.csv already read into records, by another thread: what ``CSVRecordStream/feed(_:)`` gave
/// for it, and whether the file ended with it.
public struct ParsedPiece: Sendable {
    public var records: [CSVRecord]
    public var diagnostics: [Diagnostic]
    public var ended: Bool

    public init(records: [CSVRecord], diagnostics: [Diagnostic], ended: Bool) {
        (self.records, self.diagnostics, self.ended) = (records, diagnostics, ended)
    }

    /// The pieces of figures.csv as a ``DatasetStream`` of `files` would read them from `chunks`, each handed to
    /// `emit`: the reading half of a stream that another thread checks (see ``DatasetStream/init(files:figures:parsed:)``).
    public static func read<Chunks: ByteChunks>(_ chunks: inout Chunks, of files: DatasetFiles,
                                                 _ emit: (ParsedPiece) throws -> Void) throws {
        var records = CSVRecordStream(path: files.path(DatasetLayout.figures.file))
        while true {
            let chunk = try chunks.next()
            let (found, problems) = records.feed(chunk)
            try emit(ParsedPiece(records: found, diagnostics: problems, ended: chunk == nil))
            if chunk == nil { return }
        }
    }
}

/// A dataset whose figures.csv is read a piece at a time: every other table is read whole and checked first,
/// then each valid figure is handed on as its row is read. Memory stays bounded by the piece size, not the file.
public struct DatasetStream<Chunks: ByteChunks> {
    /// The dataset with every table but figures (its `figures` is empty).
    public private(set) var dataset: Dataset?
    /// Every problem found so far, in every file: the first thousand kept, the rest counted.
    public private(set) var diagnostics = DiagnosticLog()
    let path: String
    var chunks: Chunks
    var records: CSVRecordStream
    var pending: [CSVRecord] = []
    var finished = false
    var shape: CSVTable.Shape? = nil
    /// Replaces the row reader's hashing, so tests can force collisions.
    var hashing: FigureRowReader.RowHashing?
    /// Rows an importer checked on their own as it wrote them (``FigureLineCheck``): the reader that checked
    /// them, and by the line a row starts on the natural key hash it gave (nil for a row not so checked). If that
    /// reader ``FigureRowReader/checksLike(_:)`` this stream's, such rows are checked only across rows again
    /// (``FigureRowReader/read(_:checkedKey:path:)``), and ``streamFigures(reread:_:)`` does not hand them on.
    public var checkedBeforehand: (reader: FigureRowReader, key: (_ line: Int) -> Int?)?
    /// Where the pieces come from when another thread parses them (nil after the last); nil: from `chunks`.
    private var parsed: (() throws -> ParsedPiece?)?

    /// Reads the other tables and the header of figures.csv from `figures`, without reading its rows yet.
    /// Hands over the problems found so far and forgets them (the caller keeps them in its own log).
    public mutating func takeDiagnostics() -> DiagnosticLog {
        defer { diagnostics = DiagnosticLog(cap: diagnostics.cap) }
        return diagnostics
    }

    /// - Parameter parsed: the pieces of `figures` as ``ParsedPiece/read(_:of:_:)`` reads them (on another
    ///   thread), in order; `figures` is then read only again for rows that may repeat an earlier one.
    public init(files: DatasetFiles, figures: Chunks, parsed: (() throws -> ParsedPiece?)? = nil) throws {
        path = files.path(DatasetLayout.figures.file)
        chunks = figures
        self.parsed = parsed
        records = CSVRecordStream(path: path)
        var header: CSVRecord?
        while header == nil && !finished {
            try pull()
            if !pending.isEmpty { header = pending.removeFirst() }
        }
        let table = DatasetLayout.figures
        let (shape, found) = CSVTable.Shape.check(header, path: path, required: table.required, optional: table.readable)
        self.shape = shape
        diagnostics += found
        // Without a usable header no row can be read; the other files are still checked.
        var reader = DatasetReader.Reader(files: files, figures: .streamed(header: shape))
        let dataset = reader.run()
        diagnostics += reader.diagnostics
        self.dataset = dataset
    }

    private mutating func pull() throws {
        if let parsed {
            guard let piece = try parsed() else { finished = true; return }
            pending += piece.records
            diagnostics += piece.diagnostics
            if piece.ended { finished = true }
            return
        }
        let chunk = try chunks.next()
        if chunk == nil { finished = true }
        let (found, problems) = records.feed(chunk)
        pending += found
        diagnostics += problems
    }

    /// Reads every row, passing each valid figure to `each` with the line its row starts on; problems are added
    /// to `diagnostics`.
    /// Rows whose id or natural key may repeat an earlier one are decided on a second read, which
    /// `reread` must start from the beginning of the same file (it is called only when such rows exist).
    public mutating func streamFigures(reread: () throws -> Chunks, _ each: (Figure, _ line: Int) throws -> Void) throws {
        guard let dataset, let shape else { return }
        var reader = FigureRowReader(sources: dataset.sources, parties: dataset.parties, indicators: dataset.indicators)
        if let hashing { reader.hashing = hashing }
        let checkedKey = checkedBeforehand.flatMap { reader.checksLike($0.reader) ? $0.key : nil }
        while true {
            for record in pending {
                switch shape.row(record) {
                case .success(let row):
                    if let checkedKey, let key = checkedKey(row.line) {
                        if let figure = reader.read(row, checkedKey: key, path: path) { try each(figure, row.line) }
                    } else if let figure = reader.read(row, path: path) { try each(figure, row.line) }
                case .failure(let d): diagnostics.append(d)
                }
            }
            pending = []
            // The row reader's problems move into the capped log a piece at a time, so none is held per row.
            diagnostics += reader.diagnostics
            reader.diagnostics = []
            if finished { break }
            try pull()
        }
        if reader.needsSettling {
            var again = DatasetStream(rereading: try reread(), path: path, shape: shape)
            let earlier = try again.rows(at: reader.linesToReread)
            for (figure, line) in reader.settle(earlier: earlier, path: path) { try each(figure, line) }
        }
        diagnostics += reader.diagnostics
    }

    private init(rereading chunks: Chunks, path: String, shape: CSVTable.Shape) {
        self.path = path
        self.chunks = chunks
        records = CSVRecordStream(path: path)
        self.shape = shape
    }

    /// The rows at `lines` on a second read; every other row is dropped as it is read.
    private mutating func rows(at lines: Set<Int>) throws -> [Int: CSVTable.Row] {
        guard let shape else { return [:] }
        var rows: [Int: CSVTable.Row] = [:]
        while !finished {
            try pull()
            for record in pending where lines.contains(record.line) {
                if case .success(let row) = shape.row(record) { rows[row.line] = row }
            }
            pending = []
        }
        return rows
    }
}

/// A piece of figures.csv given on its own, at the line it starts on in the file: a chunk a re-ingest found
/// changed (see ``CSVChunking``).
public struct FigurePiece: Sendable {
    public var bytes: [UInt8]
    public var firstLine: Int, lineCount: Int
    public init(bytes: [UInt8], firstLine: Int, lineCount: Int) { (self.bytes, self.firstLine, self.lineCount) = (bytes, firstLine, lineCount) }
}

extension DatasetStream {
    /// Reads the rows of `pieces` only, as a whole read would read them there, passing each valid figure to
    /// `each`; problems go to `diagnostics`. Duplicates are looked for among these rows alone: the caller
    /// checks them against the rest of the file.
    /// - Returns: false when a piece did not read as the whole file would (it did not end where it was said
    ///   to, or reading stopped in it): its records cannot be trusted to be the file's.
    public mutating func streamFigures(pieces: [FigurePiece], _ each: (Figure, _ line: Int) throws -> Void) throws -> Bool {
        // Records read with the header (a blank line before it, say) would be rows no piece holds.
        guard let dataset, let shape, pending.isEmpty else { return false }
        var reader = FigureRowReader(sources: dataset.sources, parties: dataset.parties, indicators: dataset.indicators)
        if let hashing { reader.hashing = hashing }
        func parse(_ piece: FigurePiece) -> CSVText.Piece {
            CSVText.parse(piece.bytes[...], path: path, firstLine: piece.firstLine)
        }
        for piece in pieces {
            let parsed = parse(piece)
            diagnostics += parsed.diagnostics
            guard !parsed.stopped, parsed.endLine == piece.firstLine + piece.lineCount else { return false }
            for record in parsed.records {
                switch shape.row(record) {
                case .success(let row): if let figure = reader.read(row, path: path) { try each(figure, row.line) }
                case .failure(let d): diagnostics.append(d)
                }
            }
            diagnostics += reader.diagnostics
            reader.diagnostics = []
        }
        if reader.needsSettling {
            let lines = reader.linesToReread
            var earlier: [Int: CSVTable.Row] = [:]
            for piece in pieces {
                for record in parse(piece).records where lines.contains(record.line) {
                    if case .success(let row) = shape.row(record) { earlier[row.line] = row }
                }
            }
            for (figure, line) in reader.settle(earlier: earlier, path: path) { try each(figure, line) }
        }
        diagnostics += reader.diagnostics
        return true
    }
}
