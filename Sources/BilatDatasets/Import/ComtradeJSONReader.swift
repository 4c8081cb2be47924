import Foundation
import BilatCore

/// Reads a comtradeapi.un.org response: `{"elapsedTime": …, "count": …, "data": [records], "error": ""}`, or a
/// legacy comtrade.un.org one: `{"validation": {"status": …, "message": null, …}, "dataset": [records]}`.
///
/// Each record has the fields of a comtradeplus CSV row, so it is read by the same row reader: its members are
/// the cells (keys as the header, each value at its own line and column). Numbers keep their digits (exact
/// Decimal), JSON null is an empty cell (missing, never zero). A response carrying an API error is refused with
/// the API's message. A bare array of records (the `data` array saved alone) is read too.
enum ComtradeJSONReader {
    static let accepted = #"a Comtrade API response: {"elapsedTime": …, "count": …, "data": [records], "error": ""}"#

    /// Whether the text starts (after white space) like a JSON object or array, never like a CSV header.
    static func isJSON(_ body: ArraySlice<UInt8>) -> Bool {
        let first = body.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    static func read(_ bytes: [UInt8], path: String) -> ComtradeReading {
        func refused(_ diagnostic: Diagnostic) -> ComtradeReading {
            ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: [diagnostic])
        }
        func at(_ node: LocatedJSON) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return refused(CSVText.notUTF8(bytes[...], path: path, firstLine: 1, bareCREndsLine: false))
        }
        // Records are read as the parser meets them; `error` comes after `data` in the API's answer, so what was
        // read is dropped below if the response turns out to be an error.
        let sink = RecordSink(path: path)
        let root: LocatedJSON, streamed: Int
        switch LocatedJSON.parse(bytes, streaming: ["data", "dataset"], each: sink.read) {
        case .success(let parsed): (root, streamed) = parsed
        case .failure(let problem):
            return refused(.error("the file is not valid JSON: \(problem.message)",
                                  at: SourceLocation(path: path, line: problem.line, column: problem.column), accepted: accepted))
        }
        var container = ("the array", root)
        switch root.value {
        case .array: break
        case .object:
            if let problem = apiError(root) {
                return refused(.error("the Comtrade API answered with an error, not data: \(problem.message)", at: at(problem.node),
                                      accepted: "a response whose error is empty; fix the request and download again"))
            }
            guard let (name, data) = root["data"].map({ ("data", $0) }) ?? root["dataset"].map({ ("dataset", $0) }) else {
                return refused(.error("the JSON object has no data array of records", at: at(root), accepted: accepted))
            }
            guard case .array = data.value else {
                return refused(.error("\(name) is not an array of records", at: at(data), accepted: accepted))
            }
            container = (name, data)
        default:
            return refused(.error("the JSON text is not an object or an array of records", at: at(root), accepted: accepted))
        }
        // The API answers a request that matches nothing (a period written 202001 for annual data, an unknown
        // flow code) with an empty array and no error; importing it would record nothing.
        guard streamed > 0 else {
            return refused(.error("\(container.0) is empty: the request matched no records", at: at(container.1),
                                  accepted: "a response with records; check the request's period (YYYY for annual, YYYYMM for monthly), codes and flows"))
        }
        return sink.reading
    }

    /// Reads each record as it is parsed, with the same row reader as a CSV row (members as cells).
    final class RecordSink {
        let path: String
        var reading = ComtradeReading(layout: nil, records: [], skipped: [], diagnostics: [])
        /// The columns of the last record's keys: records of one response share them.
        var columns: (keys: [String], columns: ComtradeColumns)?

        init(path: String) { self.path = path }

        func read(_ element: LocatedJSON) {
            let start = SourceLocation(path: path, line: element.line, column: element.column)
            guard case .object(let members) = element.value else {
                reading.diagnostics.append(.error("this element of the records is not a record (a JSON object)", at: start,
                                                  accepted: "an object with the fields of a Comtrade record"))
                return
            }
            let keys = members.map(\.key)
            if columns?.keys != keys {
                guard let layout = ComtradeLayout.matching(keys) else {
                    reading.diagnostics.append(.error(
                        "this record's fields are in no Comtrade layout bilat reads (found: \(keys.joined(separator: ", ")))",
                        at: start, accepted: ComtradeLayout.described))
                    return
                }
                columns = (keys, ComtradeColumns(keys, layout: layout))
            }
            guard let (_, found) = columns else { return }
            reading.layout = reading.layout ?? found.layout
            let fields = members.map { CSVField(value: cellText($0.value), line: $0.value.line, column: $0.value.column) }
            switch ComtradeRowReader(record: CSVRecord(fields: fields, line: element.line), columns: found, path: path).read() {
            case .record(var record):
                record.location = start
                reading.records.append(record)
            case .skipped(let skip): reading.skipped.append(skip)
            case .refused(let problems): reading.diagnostics += problems
            }
        }
    }

    /// The API's own error: a non-empty `error` string, or the gateway's `{"statusCode": 429, "message": …}`.
    static func apiError(_ root: LocatedJSON) -> (message: String, node: LocatedJSON)? {
        if let error = root["error"], case .string(let message) = error.value,
           !message.trimmingCharacters(in: .whitespaces).isEmpty {
            return (message, error)
        }
        if root["data"] == nil, let message = root["message"], case .string(let text) = message.value {
            let status = root["statusCode"].map { "status \(cellText($0)): " } ?? ""
            return (status + text, message)
        }
        // Legacy: a validation status other than 0 ("Ok") with its message.
        if let validation = root["validation"], let message = validation["message"], case .string(let text) = message.value,
           !text.isEmpty, validation["status"]?["value"].map(cellText) != "0" {
            let status = validation["status"]?["name"].map { "\(cellText($0)): " } ?? ""
            return (status + text, message)
        }
        return nil
    }

    /// A value as the text of a cell: strings as decoded, numbers as written, null as empty.
    static func cellText(_ node: LocatedJSON) -> String {
        switch node.value {
        case .string(let text): return text
        case .number(let digits): return digits
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        case .object: return "{…}"
        case .array: return "[…]"
        }
    }
}
