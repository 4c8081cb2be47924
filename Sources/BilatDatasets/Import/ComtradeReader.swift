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
    public static func read(_ bytes: [UInt8], path: String) -> ComtradeReading {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if ComtradeJSONReader.isJSON(body) { return ComtradeJSONReader.read(Array(body), path: path) }
        let firstLine = body.prefix { $0 != 0x0A }
        let records: [CSVRecord]
        var diagnostics: [Diagnostic] = []
        if firstLine.contains(0x09) {
            guard let text = String(validating: body, as: UTF8.self) else {
                return ComtradeReading(layout: nil, records: [], skipped: [],
                                       diagnostics: [CSVText.notUTF8(body, path: path, firstLine: 1)])
            }
            records = TabSeparatedText.parse(text[...])
        } else {
            (records, diagnostics) = CSVText.parse(Array(body), path: path)
        }
        guard let headerRecord = records.first else {
            diagnostics.append(.error("the file is empty; it needs a header row", at: SourceLocation(path: path, line: 1, column: 1),
                                      accepted: ComtradeLayout.described))
            return ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: diagnostics)
        }
        let header = headerRecord.fields.map { $0.value.trimmingCharacters(in: .whitespaces) }
        let layout: ComtradeLayout
        switch ComtradeLayout.detect(header, path: path, line: headerRecord.line) {
        case .success(let found): layout = found
        case .failure(let refusal):
            return ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: diagnostics + [refusal])
        }
        let columns = ComtradeColumns(header, layout: layout)
        var reading = ComtradeReading(layout: layout, records: [], skipped: [], diagnostics: diagnostics)
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                reading.diagnostics.append(.error("this row has \(record.fields.count) cells but the header has \(header.count)",
                                                  at: SourceLocation(path: path, line: record.line, column: 1),
                                                  accepted: "\(header.count) cells, one per header column"))
                continue
            }
            switch ComtradeRowReader(record: record, columns: columns, path: path).read() {
            case .record(let row): reading.records.append(row)
            case .skipped(let skip): reading.skipped.append(skip)
            case .refused(let found): reading.diagnostics += found
            }
        }
        return reading
    }
}
