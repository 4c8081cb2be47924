/// A stretch of a CSV file's bytes that starts and ends on record boundaries.
public struct CSVChunk: Equatable, Sendable {
    /// Where its bytes start in the file, and how many there are.
    public var offset: Int, byteCount: Int
    /// The line it starts on (1 for the first), and how many lines it ends (CRLF, LF or a bare CR each end one,
    /// inside quotes too, as ``CSVText`` counts them).
    public var firstLine: Int, lineCount: Int

    public init(offset: Int, byteCount: Int, firstLine: Int, lineCount: Int) {
        (self.offset, self.byteCount, self.firstLine, self.lineCount) = (offset, byteCount, firstLine, lineCount)
    }
}

/// Cuts a CSV file into content-defined chunks, without parsing it: a re-ingest parses only the chunks whose
/// bytes changed. Fed the file a piece at a time, so it is never held whole.
///
/// The first chunk is the header record alone. After it, a chunk ends after a line feed that ends a record
/// (found by the same rules as ``CSVRecordStream``'s piece cuts, so a quoted cell spanning lines is never
/// split) when a hash of that line's own bytes has its low bits zero. A cut therefore depends only on the line
/// before it: a line changed, inserted or deleted changes its own chunk, and every other chunk keeps its bytes.
/// Chunks average `1 << averageLinesLog2` lines.
public struct CSVChunker {
    public static let averageLinesLog2 = 11
    /// The chunks complete so far, in order.
    public private(set) var chunks: [CSVChunk] = []
    private let mask: UInt64
    // The same states as CSVRecordStream.lastRecordBoundary.
    private static let cellStart = 0, unquoted = 1, quoted = 2, quoteInQuoted = 3
    private var state = CSVChunker.cellStart
    private var start = 0, firstLine = 1, lines = 0
    /// Bytes fed so far.
    private var offset = 0
    /// The last byte was a carriage return: it ends a line unless a line feed follows.
    private var afterCR = false
    private var hash = CSVChunker.basis
    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    public init(averageLinesLog2: Int = CSVChunker.averageLinesLog2) {
        mask = (UInt64(1) << UInt64(max(0, min(30, averageLinesLog2)))) - 1
    }

    /// The chunks of the whole of `bytes`.
    public static func chunks(_ bytes: UnsafeRawBufferPointer, averageLinesLog2: Int = averageLinesLog2) -> [CSVChunk] {
        var chunker = CSVChunker(averageLinesLog2: averageLinesLog2)
        chunker.feed(bytes)
        chunker.finish()
        return chunker.chunks
    }

    /// Reads the next bytes of the file.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var (state, lines, hash, afterCR) = (self.state, self.lines, self.hash, self.afterCR)
        var i = 0
        // A byte order mark is not part of the first cell (the reader drops it); it is the first chunk's still.
        if offset == 0 && n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { i = 3 }
        while i < n {
            let b = base[i]
            if afterCR && b != lf { lines += 1 }
            afterCR = b == cr
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3
            if state == Self.quoted {
                if b == quote { state = Self.quoteInQuoted } else if b == lf { lines += 1 }
            } else if b == quote {
                state = state == Self.cellStart || state == Self.quoteInQuoted ? Self.quoted : Self.unquoted
            } else if b == comma || b == cr {
                state = Self.cellStart
            } else if b == lf {
                state = Self.cellStart
                lines += 1
                // The header ends the first chunk; later records end one when their last line's hash says so.
                if chunks.isEmpty || Self.mix(hash) & mask == 0 {
                    let end = offset + i + 1
                    chunks.append(CSVChunk(offset: start, byteCount: end - start, firstLine: firstLine, lineCount: lines))
                    start = end
                    firstLine += lines
                    lines = 0
                }
                hash = Self.basis
            } else {
                state = Self.unquoted
            }
            i += 1
        }
        offset += n
        (self.state, self.lines, self.hash, self.afterCR) = (state, lines, hash, afterCR)
    }

    /// Ends the last chunk at the end of the file.
    public mutating func finish() {
        if afterCR { lines += 1; afterCR = false }
        if start < offset {
            chunks.append(CSVChunk(offset: start, byteCount: offset - start, firstLine: firstLine, lineCount: lines))
            firstLine += lines
            start = offset
            lines = 0
        }
    }

    /// Spreads every bit of a line's hash into the low bits tested (FNV's low bits lean on the last bytes,
    /// which are mostly the same line ending).
    static func mix(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
