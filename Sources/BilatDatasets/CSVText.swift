import BilatCore

/// One cell of a CSV file with where its text starts, so problems in it can be located.
public struct CSVField: Hashable, Sendable {
    public var value: String
    /// Position of the cell's first character (the opening quote, for a quoted cell). The file's path is not
    /// held per cell: a million rows would copy it fourteen million times.
    public var line: Int
    public var column: Int

    public func location(in path: String) -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
}

/// One record; `line` is where it starts (a quoted cell may span lines).
public struct CSVRecord: Hashable, Sendable {
    public var fields: [CSVField]
    public var line: Int
}

/// An RFC 4180 reader that keeps line and column for every cell.
///
/// The CSV libraries on this machine (SwiftCSV, yaslab/CSV.swift) report neither line nor column,
/// and accept an unclosed quote silently; located errors are the point of bilat's ingest.
public enum CSVText {
    /// Decodes UTF-8 (a leading BOM is dropped) and splits into records.
    /// Blank lines are skipped; CRLF, LF and CR all end a line.
    public static func parse(_ bytes: [UInt8], path: String) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let piece = parse(body, path: path, firstLine: 1)
        return (piece.records, piece.diagnostics)
    }

    /// What parsing a piece of a file found: its records, the line after it, and whether reading had to stop
    /// (bytes that are not UTF-8, a quote never closed), after which the rest of the file cannot be read as records.
    struct Piece {
        var records: [CSVRecord]
        var diagnostics: [Diagnostic]
        var endLine: Int
        var stopped: Bool
        /// The bytes read as whole records: all of them, except for a piece parsed with `more` (see
        /// ``parse(utf8:path:firstLine:wanted:more:)``).
        var consumed = 0
    }

    /// Parses a piece of a file that starts at a record boundary on `firstLine`. A BOM is the file's to drop,
    /// not a piece's: a U+FEFF that starts a later line is text (a fuzzer found pieces dropping it). With
    /// `wanted`, only the cells at the positions it marks are made into text; every other cell is read past (its
    /// problems still found, its line and column kept) and left empty, so a reader that uses thirty of
    /// forty-seven columns makes no String for the rest.
    static func parse(_ body: ArraySlice<UInt8>, path: String, firstLine: Int, wanted: [Bool]? = nil) -> Piece {
        // Validated where they lie and parsed as they are: no String of the whole piece is made first.
        guard (try? UTF8Span(validating: body.span)) != nil else {
            return Piece(records: [], diagnostics: [notUTF8(body, path: path, firstLine: firstLine)], endLine: firstLine, stopped: true)
        }
        return body.withUnsafeBufferPointer { parse(utf8: $0, path: path, firstLine: firstLine, wanted: wanted) }
    }

    /// The text of an unquoted cell. Its bytes lie in a piece validated as UTF-8 and are cut at ASCII delimiters,
    /// so they are UTF-8 themselves: copied without validating them again (`String(decoding:)` did, a tenth of
    /// a parse).
    static func cellText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// ``parse(utf8:path:firstLine:wanted:more:)`` of `body` if it is UTF-8; nil if it is not.
    static func parseIfUTF8(_ body: ArraySlice<UInt8>, path: String, firstLine: Int, wanted: [Bool]?, more: Bool) -> Piece? {
        guard (try? UTF8Span(validating: body.span)) != nil else { return nil }
        return body.withUnsafeBufferPointer { parse(utf8: $0, path: path, firstLine: firstLine, wanted: wanted, more: more) }
    }

    /// Where the first byte that is not UTF-8 lies, counting characters as an editor would.
    /// - Parameter bareCREndsLine: true for CSV, whose parser ends a line at a CR alone; false for tab-separated
    ///   text and JSON, whose readers end lines at line feeds only.
    static func notUTF8(_ body: ArraySlice<UInt8>, path: String, firstLine: Int, bareCREndsLine: Bool = true) -> Diagnostic {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var line = firstLine, column = 1, offset = body.startIndex
        var afterCR = false
        // Lines end as the reader ends them (the csv and comtrade fuzz targets found them counted otherwise).
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            let scalar = Unicode.UTF8.decode(encoded)
            if scalar == "\n" {
                if !(afterCR && bareCREndsLine) { line += 1 }
                column = 1
            } else if scalar == "\r" && bareCREndsLine {
                line += 1; column = 1
            } else {
                column += 1
            }
            afterCR = scalar == "\r"
            offset += encoded.count
        }
        let byte = offset < body.endIndex ? String(body[offset], radix: 16, uppercase: true) : "?"
        return .error("the file is not UTF-8 text (byte 0x\(byte) cannot start or continue a character)",
                      at: SourceLocation(path: path, line: line, column: column),
                      accepted: "UTF-8; in a spreadsheet choose 'CSV UTF-8' when saving")
    }

    /// Works on valid UTF-8 bytes (every CSV delimiter is ASCII), counting columns in characters as editors do.
    /// - Parameter more: the file goes on after these bytes, so only records ended by a line feed are taken: the
    ///   piece ends after the last of them (`consumed`, `endLine`), and whatever follows it (a record cut short,
    ///   a quoted cell still open, a record ended by a CR whose LF may come next) is left, with its diagnostics,
    ///   for the next piece. The cut is the one ``CSVRecordStream/lastRecordBoundary(in:)`` finds, found while
    ///   parsing rather than by a pass of its own.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int = 1, wanted: [Bool]? = nil,
                      more: Bool = false) -> Piece {
        var records: [CSVRecord] = []
        var diagnostics: [Diagnostic] = []
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var i = 0
        var line = firstLine, column = 1
        var fields: [CSVField] = []
        var recordLine = firstLine
        /// Whether the record's first cell holds no text (a cell left unread counts by its bytes).
        var firstCellEmpty = false

        func location() -> SourceLocation { SourceLocation(path: path, line: line, column: column) }
        /// Moves past one byte, counting a column only where a character starts.
        func step() {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        func endRecord() {
            // A line with nothing on it is not a record: spreadsheets leave them at the end.
            if !(fields.count == 1 && firstCellEmpty) {
                records.append(CSVRecord(fields: fields, line: recordLine))
            }
            // Records mostly have as many cells as the one before: one allocation each, not one per doubling.
            let width = fields.count
            fields = []
            fields.reserveCapacity(width)
        }
        /// Consumes a line ending at `i` if there is one.
        func takeNewline() -> Bool {
            guard i < bytes.count else { return false }
            if bytes[i] == cr {
                i += 1
                if i < bytes.count && bytes[i] == lf { i += 1 }
            } else if bytes[i] == lf {
                i += 1
            } else {
                return false
            }
            line += 1; column = 1
            return true
        }
        func atFieldEnd() -> Bool { i >= bytes.count || bytes[i] == comma || bytes[i] == cr || bytes[i] == lf }
        // With `more`: the end of the last record ended by a line feed, and what had been found by then.
        var committed = (offset: 0, line: firstLine, records: 0, diagnostics: 0)
        func uncommitted() -> Piece {
            records.removeLast(records.count - committed.records)
            diagnostics.removeLast(diagnostics.count - committed.diagnostics)
            return Piece(records: records, diagnostics: diagnostics, endLine: committed.line, stopped: false, consumed: committed.offset)
        }

        if bytes.isEmpty { return Piece(records: [], diagnostics: [], endLine: line, stopped: false) }
        while true {
            let (startLine, startColumn) = (line, column)
            let value: String
            let keep = wanted.map { fields.count < $0.count && $0[fields.count] } ?? true
            if i < bytes.count && bytes[i] == quote {
                step()
                var buffer: [UInt8] = []
                var closed = false
                var skippedText = false
                while i < bytes.count {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < bytes.count && bytes[i + 1] == quote {
                            if keep { buffer.append(quote) } else { skippedText = true }
                            i += 2; column += 2
                        } else {
                            step(); closed = true; break
                        }
                    } else if b == cr || b == lf {
                        if keep { buffer.append(b) } else { skippedText = true }
                        if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { if keep { buffer.append(lf) }; i += 1 }
                        i += 1; line += 1; column = 1
                    } else {
                        if keep { buffer.append(b) } else { skippedText = true }
                        step()
                    }
                }
                value = keep ? String(decoding: buffer, as: UTF8.self) : ""
                if fields.isEmpty { firstCellEmpty = keep ? buffer.isEmpty : !skippedText }
                if !closed {
                    if more { return uncommitted() }
                    diagnostics.append(.error("a quoted cell opened here is never closed; the file may be truncated",
                                              at: SourceLocation(path: path, line: startLine, column: startColumn),
                                              accepted: "a closing double quote; a quote inside a cell is written twice (\"\")"))
                    fields.append(CSVField(value: value, line: startLine, column: startColumn))
                    endRecord()
                    return Piece(records: records, diagnostics: diagnostics, endLine: line, stopped: true)
                }
                if !atFieldEnd() {
                    diagnostics.append(.error("text after the closing quote of a quoted cell", at: location(),
                                              accepted: "a comma or the end of the line right after the closing quote"))
                    while !atFieldEnd() { step() }
                }
            } else {
                let from = i
                while !atFieldEnd() {
                    if bytes[i] == quote {
                        diagnostics.append(.error("a double quote inside an unquoted cell", at: location(),
                                                  accepted: "the whole cell in double quotes, with the inner quote written twice (\"\")"))
                    }
                    step()
                }
                value = keep ? cellText(UnsafeBufferPointer(rebasing: bytes[from..<i])) : ""
                if fields.isEmpty { firstCellEmpty = from == i }
            }
            fields.append(CSVField(value: value, line: startLine, column: startColumn))
            if i < bytes.count && bytes[i] == comma {
                step()
                continue
            }
            endRecord()
            let ended = takeNewline()
            if more {
                // Out of bytes, or ended by a CR as the last byte (its LF may start the next piece): not taken yet.
                guard ended else { return uncommitted() }
                if bytes[i - 1] == lf { committed = (i, line, records.count, diagnostics.count) }
                if i >= bytes.count { return uncommitted() }
            }
            if !ended || i >= bytes.count { break }
            recordLine = line
        }
        return Piece(records: records, diagnostics: diagnostics, endLine: line, stopped: false, consumed: i)
    }
}
