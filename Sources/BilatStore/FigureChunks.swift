import GRDB

/// One content-defined chunk of a dataset's figures.csv as the store keeps it (table `figure_chunk`): enough to
/// tell, from the file's bytes alone, which of its rows a re-ingest must read again.
public struct FigureChunk: Equatable, Sendable {
    public var digest: String
    public var byteCount: Int
    public var firstLine: Int, lineCount: Int
    /// How many figures the chunk's rows made (filled in by the ingest that stores it).
    public var figureCount: Int

    public init(digest: String, byteCount: Int, firstLine: Int, lineCount: Int, figureCount: Int = 0) {
        (self.digest, self.byteCount, self.firstLine, self.lineCount, self.figureCount) = (digest, byteCount, firstLine, lineCount, figureCount)
    }

    /// The lines the chunk covers.
    var lines: Range<Int> { firstLine..<(firstLine + lineCount) }
}

extension Store {
    /// Dataset name → its figures.csv's chunks as of the last ingest, in file order.
    public func figureChunks() throws -> [String: [FigureChunk]] {
        try database.read { db in
            var chunks: [String: [FigureChunk]] = [:]
            for (dataset, chunk) in try FigureChunkTable.all(db) { chunks[dataset, default: []].append(chunk) }
            return chunks
        }
    }
}

enum FigureChunkTable {
    /// Every stored chunk, by dataset and position.
    static func all(_ db: Database, dataset: String? = nil) throws -> [(String, FigureChunk)] {
        let sql = "SELECT dataset, digest, byte_count, first_line, line_count, figure_count FROM figure_chunk"
        let rows = try dataset.map { try Row.fetchAll(db, sql: sql + " WHERE dataset = ? ORDER BY position", arguments: [$0]) }
            ?? Row.fetchAll(db, sql: sql + " ORDER BY dataset, position")
        return rows.map { ($0[0], FigureChunk(digest: $0[1], byteCount: $0[2], firstLine: $0[3], lineCount: $0[4], figureCount: $0[5])) }
    }

    /// Makes `dataset`'s stored chunks `chunks` (none: the figures did not come from a file); whether anything changed.
    static func replace(_ db: Database, dataset: String, with chunks: [FigureChunk]) throws -> Bool {
        guard try all(db, dataset: dataset).map(\.1) != chunks else { return false }
        try db.execute(sql: "DELETE FROM figure_chunk WHERE dataset = ?", arguments: [dataset])
        let insert = try db.makeStatement(sql: """
            INSERT INTO figure_chunk (dataset, position, digest, byte_count, first_line, line_count, figure_count)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, c) in chunks.enumerated() {
            try insert.execute(arguments: [dataset, position, c.digest, c.byteCount, c.firstLine, c.lineCount, c.figureCount])
        }
        return true
    }
}

/// Counts the figures written per chunk, from the line each was read from.
struct FigureChunkCounter {
    private var counted: [FigureChunk]
    /// Figures whose line no chunk holds: then the chunks cannot stand for the rows, and none are stored.
    private var unplaced = 0
    var chunks: [FigureChunk] { unplaced == 0 ? counted : [] }

    init(_ chunks: [FigureChunk]) {
        counted = chunks
        for i in counted.indices { counted[i].figureCount = 0 }
    }

    /// The chunk holding `line`, if any.
    static func index(of line: Int, in chunks: [FigureChunk]) -> Int? {
        var low = 0, high = chunks.count
        while low < high {
            let middle = (low + high) / 2
            if chunks[middle].firstLine + chunks[middle].lineCount <= line { low = middle + 1 } else { high = middle }
        }
        return low < chunks.count && chunks[low].lines.contains(line) ? low : nil
    }

    mutating func count(_ line: Int) {
        if let i = Self.index(of: line, in: counted) { counted[i].figureCount += 1 } else { unplaced += 1 }
    }

    /// Counts `count` figures on the consecutive lines from `first`, a chunk at a time.
    mutating func count(lines first: Int, count: Int) {
        var (line, left) = (first, count)
        while left > 0 {
            guard let i = Self.index(of: line, in: counted) else { unplaced += 1; line += 1; left -= 1; continue }
            let here = min(left, counted[i].firstLine + counted[i].lineCount - line)
            counted[i].figureCount += here
            line += here
            left -= here
        }
    }
}

/// The lines of the figures written, kept as runs of consecutive lines (a file of one figure per line is one
/// run), to be counted per chunk once the chunks are known.
struct LineRuns {
    private var runs: [(first: Int, count: Int)] = []

    mutating func add(_ line: Int) {
        if let last = runs.last, last.first + last.count == line { runs[runs.count - 1].count += 1 } else { runs.append((line, 1)) }
    }

    func count(into counter: inout FigureChunkCounter) {
        for run in runs { counter.count(lines: run.first, count: run.count) }
    }
}
