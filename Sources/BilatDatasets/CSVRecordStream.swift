import BilatCore

/// Reads CSV a piece at a time, so a file of any size is parsed in bounded memory.
///
/// Each piece is cut after the last line feed that lies outside quotes, so a quoted cell spanning lines is
/// never split, nor is a UTF-8 character (a line feed byte never occurs inside one). The piece is parsed
/// by ``CSVText`` with its starting line, so locations are those of the whole file.
public struct CSVRecordStream {
    public let path: String
    private var carry: [UInt8] = []
    private var line = 1
    private var started = false
    /// Set after an error that stops reading (bad UTF-8, a quote never closed).
    public private(set) var stopped = false
    /// The cells made into text (by position), once the caller knows which it reads; nil: every cell.
    /// See ``CSVText/parse(_:path:firstLine:wanted:)``.
    public var wanted: [Bool]?

    public init(path: String) { self.path = path }

    /// Adds the next chunk of the file (`nil` at its end) and returns the records now complete.
    public mutating func feed(_ chunk: [UInt8]?) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        guard !stopped else { return ([], []) }
        if let chunk {
            carry.append(contentsOf: chunk)
        }
        if !started {
            // The BOM check needs three bytes; a shorter file start waits for more.
            if chunk != nil && carry.count < 3 { return ([], []) }
            if carry.starts(with: [0xEF, 0xBB, 0xBF]) { carry.removeFirst(3) }
            started = true
        }
        let end: Int
        if chunk == nil {
            end = carry.count
        } else {
            // Parsed up to the last line feed in one pass, which also finds where the last whole record ends.
            guard let lastFeed = carry.lastIndex(of: 0x0A) else { return ([], []) }
            if let piece = CSVText.parseIfUTF8(carry[...lastFeed], path: path, firstLine: line, wanted: wanted, more: true) {
                line = piece.endLine
                carry.removeFirst(piece.consumed)
                return (piece.records, piece.diagnostics)
            }
            // Bytes that are not UTF-8 before that line feed: cut first, as the stream always did, so the error
            // comes with the same records before it.
            guard let cut = Self.lastRecordBoundary(in: carry) else { return ([], []) }
            end = cut
        }
        if end == 0 { return ([], []) }
        let piece = CSVText.parse(carry[..<end], path: path, firstLine: line, wanted: wanted)
        line = piece.endLine
        carry.removeFirst(end)
        if piece.stopped { stopped = true; carry = [] }
        return (piece.records, piece.diagnostics)
    }

    /// The index just after the last line feed that ends a record, following the parser's own rules: a quote
    /// opens a quoted cell only at the start of a cell, so a stray quote elsewhere cannot shift the cut.
    static func lastRecordBoundary(in bytes: [UInt8]) -> Int? {
        enum State { case cellStart, unquoted, quoted, quoteInQuoted }
        var state = State.cellStart
        var boundary: Int?
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                let b = buffer[i]
                switch state {
                case .quoted:
                    if b == 0x22 { state = .quoteInQuoted }
                case .cellStart, .unquoted, .quoteInQuoted:
                    if b == 0x22 && state == .cellStart { state = .quoted }
                    else if b == 0x22 && state == .quoteInQuoted { state = .quoted }
                    else if b == 0x2C || b == 0x0D { state = .cellStart }
                    else if b == 0x0A { state = .cellStart; boundary = i + 1 }
                    else { state = .unquoted }
                }
            }
        }
        return boundary
    }
}
