import Foundation
import BilatCore

/// What reading a Comtrade download found.
public struct ComtradeReading: Sendable {
    public var layout: ComtradeLayout?
    public var records: [ComtradeRecord]
    public var skipped: [ComtradeSkip]
    public var diagnostics: [Diagnostic]
}

/// Reads the text of a current UN Comtrade download into records; pure, the caller reads the file.
public enum ComtradeReader {
    /// Every record of a download held in memory (tests, small files).
    public static func read(_ bytes: [UInt8], path: String) -> ComtradeReading {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if ComtradeJSONReader.isJSON(body) { return ComtradeJSONReader.read(Array(body), path: path) }
        var records: [ComtradeRecord] = []
        var chunks = InMemoryChunks(bytes)
        // InMemoryChunks never throws, nor does the closure.
        var reading = (try? read(&chunks, path: path) { records.append($0) })
            ?? ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: [])
        reading.records = records
        return reading
    }

    /// Reads a download a piece at a time, handing each record to `each` as its row is read, so memory is bounded
    /// by the piece size, not the file. The returned reading has no records, only skips and diagnostics.
    /// - Parameter everyCell: make text of every cell, not only of those the row reader reads (the reading as it
    ///   was, which tests compare with).
    public static func read<Chunks: ByteChunks>(_ chunks: inout Chunks, path: String, everyCell: Bool = false,
                                                 _ each: (ComtradeRecord) throws -> Void) throws -> ComtradeReading {
        var stream = ComtradeRecordStream(path: path)
        var reading = ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: [])
        var rows = ComtradeRows(path: path)
        // A JSON response is one value, parsed whole: pieces are gathered until its first byte shows it is JSON.
        var head: [UInt8] = []
        var pending: [UInt8]?
        while let chunk = try chunks.next() {
            head += chunk
            var body = head[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            guard body.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) else { continue }
            if ComtradeJSONReader.isJSON(body) {
                while let more = try chunks.next() { head += more }
                var json = head[...]
                if json.starts(with: [0xEF, 0xBB, 0xBF]) { json = json.dropFirst(3) }
                let whole = ComtradeJSONReader.read(Array(json), path: path)
                for record in whole.records { try each(record) }
                return ComtradeReading(layout: whole.layout, records: [], skipped: whole.skipped, diagnostics: whole.diagnostics)
            }
            break
        }
        pending = head.isEmpty ? nil : head
        var ended = false
        var first = true
        while !ended {
            let chunk = first ? pending : try chunks.next()
            first = false
            ended = chunk == nil
            let (records, problems) = stream.feed(chunk)
            reading.diagnostics += problems
            for record in records {
                let hadColumns = rows.columns != nil
                switch rows.take(record, into: &reading) {
                case .some(let row): try each(row)
                case .none:
                    // Once the header is read, later pieces make text only of the cells the row reader reads.
                    if !hadColumns, !everyCell, let columns = rows.columns { stream.wanted = columns.wanted(width: rows.header.count) }
                }
            }
        }
        // A file that could not be read as text (not UTF-8, a quote never closed) is not also "empty".
        if rows.columns == nil && !rows.refusedHeader && !reading.diagnostics.hasErrors {
            reading.diagnostics.append(.error("the file is empty; it needs a header row", at: SourceLocation(path: path, line: 1, column: 1),
                                              accepted: ComtradeLayout.described))
        }
        return reading
    }
}

/// The header, once read, and each data row after it read into a record, a skip or refusals.
struct ComtradeRows {
    let path: String
    var header: [String] = []
    var columns: ComtradeColumns?
    var refusedHeader = false

    init(path: String) { self.path = path }

    mutating func take(_ record: CSVRecord, into reading: inout ComtradeReading) -> ComtradeRecord? {
        if refusedHeader { return nil }
        guard let columns else {
            header = record.fields.map { $0.value.trimmingCharacters(in: .whitespaces) }
            switch ComtradeLayout.detect(header, path: path, line: record.line) {
            case .success(let found):
                reading.layout = found
                self.columns = ComtradeColumns(header, layout: found)
            case .failure(let refusal):
                reading.diagnostics.append(refusal)
                refusedHeader = true
            }
            return nil
        }
        guard record.fields.count == header.count else {
            reading.diagnostics.append(.error("this row has \(record.fields.count) cells but the header has \(header.count)",
                                              at: SourceLocation(path: path, line: record.line, column: 1),
                                              accepted: "\(header.count) cells, one per header column"))
            return nil
        }
        switch ComtradeRowReader(record: record, columns: columns, path: path).read() {
        case .record(let row): return row
        case .skipped(let skip): reading.skipped.append(skip)
        case .refused(let found): reading.diagnostics += found
        }
        return nil
    }
}

/// Records from a download's pieces, CSV or tab-separated: which one is decided by the first line (a tab in it).
struct ComtradeRecordStream {
    let path: String
    private var csv: CSVRecordStream
    private var tabs: TabSeparatedStream?
    private var decided = false
    private var head: [UInt8] = []
    /// The cells made into text, by position (nil: all); see ``CSVRecordStream/wanted``.
    var wanted: [Bool]? {
        didSet { csv.wanted = wanted; tabs?.wanted = wanted }
    }

    init(path: String) {
        self.path = path
        csv = CSVRecordStream(path: path)
    }

    mutating func feed(_ chunk: [UInt8]?) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        if !decided {
            // Held until the first line is whole, or the file ends.
            if let chunk { head += chunk }
            var body = head[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            guard chunk == nil || body.contains(0x0A) else { return ([], []) }
            decided = true
            if body.prefix(while: { $0 != 0x0A }).contains(0x09) { tabs = TabSeparatedStream(path: path) }
            let first = head
            head = []
            return route(first, ended: chunk == nil)
        }
        return route(chunk, ended: chunk == nil)
    }

    private mutating func route(_ bytes: [UInt8]?, ended: Bool) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        if tabs != nil {
            var found = tabs?.feed(bytes) ?? ([], [])
            if ended && bytes != nil { let rest = tabs?.feed(nil) ?? ([], []); found.0 += rest.0; found.1 += rest.1 }
            return found
        }
        var found = csv.feed(bytes)
        if ended && bytes != nil { let rest = csv.feed(nil); found.records += rest.records; found.diagnostics += rest.diagnostics }
        return found
    }
}
