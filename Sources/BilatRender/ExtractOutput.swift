import BilatCore
import Foundation
import TextTable

/// `bilat extract`: candidate figures as a review table, as CSV whose first columns are figures.csv's,
/// or as JSON.
public enum ExtractOutput {
    /// One candidate with its row id, its figures.csv cells and where it was found.
    public struct Row: Sendable {
        public var id: String
        public var candidate: Candidate
        /// figures.csv column → text.
        public var cells: [String: String]
        public var article: String
        public var line: Int
        public var column: Int
        /// The id of the total this figure is a part of.
        public var partOf: String?

        public init(id: String, candidate: Candidate, cells: [String: String], article: String, line: Int, column: Int, partOf: String?) {
            self.id = id
            self.candidate = candidate
            self.cells = cells
            self.article = article
            self.line = line
            self.column = column
            self.partOf = partOf
        }
    }

    /// Review columns after figures.csv's: everything an analyst needs to accept or reject a row.
    public static let reviewColumns = ["known", "confidence", "cues", "part_of", "article", "line", "column", "start", "end", "sentence"]

    public static func render(_ rows: [Row], as format: OutputFormat) throws -> String {
        switch format {
        case .csv:
            return CSVWriter().render(header: CandidateRows.columns + reviewColumns, rows: rows.map { row in
                let c = row.candidate
                return CandidateRows.columns.map { text(row.cells[$0]) } + [
                    .text(c.isKnown ? "yes" : "no"), .number(confidence(c.confidence)), text(c.cues.joined(separator: "; ")),
                    text(row.partOf), .text(row.article), .number(String(row.line)), .number(String(row.column)),
                    .number(String(c.start)), .number(String(c.end)), .text(c.sentence),
                ]
            })
        case .json:
            return try JSONOutput.render(rows.map(JSONRow.init))
        case .table:
            guard !rows.isEmpty else { return "no candidate figures found\n" }
            let table = TextTable<Row> { row in
                let c = row.candidate
                return [
                    Column(title: "at", value: "\(row.article):\(row.line):\(row.column)"),
                    Column(title: "indicator", value: c.indicator),
                    Column(title: "who", value: "\(c.reporter)→\(c.partner) \(c.direction.rawValue)"),
                    Column(title: "period", value: (c.period?.label ?? "?") + (c.comparedWith.map { " vs \($0.label)" } ?? "")),
                    Column(title: "as reported", value: c.asReported + (c.unit.isEmpty ? "" : " [\(c.unit)]")),
                    Column(title: "value", value: FigureListingOutput.reading(value: c.quantity.valueText, unit: c.quantity.unit.isEmpty ? c.unit : c.quantity.unit,
                                                                            qualifier: c.quantity.qualifier.rawValue, isChange: c.quantity.isChange,
                                                                            high: c.quantity.highText, shareOf: c.quantity.shareOf)),
                    Column(title: "conf", value: confidence(c.confidence)),
                    Column(title: "known", value: c.isKnown ? "known" : ""),
                    Column(title: "cues", value: c.cues.joined(separator: ", ")),
                ]
            }
            return table.trimmedString(for: rows)
        }
    }

    static func text(_ s: String?) -> CSVWriter.Cell { .orEmpty(s) }
    static func confidence(_ value: Double) -> String { String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), value) }

    struct JSONRow: Encodable {
        var id, indicator, reporter, partner, direction, subject, period, comparedWith, asReported, unit, status, sourceId, note: String
        var periodStart: String?, periodEnd: String?, periodWords: String
        var value: String, qualifier: String, kind: String, isChange: Bool
        var high: String?, levelAtDate: Bool
        var known: Bool, confidence: Double, cues: [String], partOf: String?, notes: [String]
        var article: String, line: Int, column: Int, start: Int, end: Int, sentence: String

        init(_ row: Row) {
            let c = row.candidate
            id = row.id; indicator = c.indicator; reporter = c.reporter; partner = c.partner; direction = c.direction.rawValue
            subject = c.subject; period = row.cells["period"] ?? ""; comparedWith = row.cells["compared_with"] ?? ""
            asReported = c.asReported; unit = c.unit; status = c.status?.rawValue ?? ""; sourceId = c.sourceID; note = row.cells["note"] ?? ""
            periodStart = c.period?.start.description; periodEnd = c.period?.end.description; periodWords = c.periodWords
            value = c.quantity.valueText; qualifier = c.quantity.qualifier.rawValue; kind = c.quantity.kind.rawValue; isChange = c.quantity.isChange
            high = c.quantity.highText; levelAtDate = c.quantity.isLevelAtDate
            known = c.isKnown; confidence = c.confidence; cues = c.cues; partOf = row.partOf; notes = c.notes
            article = row.article; line = row.line; column = row.column; start = c.start; end = c.end; sentence = c.sentence
        }

        // value as a JSON number with exactly its digits.
        func encode(to encoder: Encoder) throws {
            var k = encoder.container(keyedBy: Keys.self)
            for (key, v) in [("id", id), ("indicator", indicator), ("reporter", reporter), ("partner", partner), ("direction", direction),
                             ("subject", subject), ("period", period), ("compared_with", comparedWith), ("as_reported", asReported),
                             ("unit", unit), ("status", status), ("source_id", sourceId), ("note", note), ("period_words", periodWords),
                             ("qualifier", qualifier), ("kind", kind), ("article", article), ("sentence", sentence)] {
                try k.encode(v, forKey: Keys(key))
            }
            try k.encodeIfPresent(periodStart, forKey: Keys("period_start"))
            try k.encodeIfPresent(periodEnd, forKey: Keys("period_end"))
            try k.encode(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")), forKey: Keys("value"))
            try k.encode(isChange, forKey: Keys("is_change"))
            // Only where set, so candidates without them read as before.
            if let high { try k.encode(Decimal(string: high, locale: Locale(identifier: "en_US_POSIX")), forKey: Keys("value_high")) }
            if levelAtDate { try k.encode(true, forKey: Keys("level_at_date")) }
            try k.encode(known, forKey: Keys("known"))
            try k.encode(Decimal(string: ExtractOutput.confidence(confidence), locale: Locale(identifier: "en_US_POSIX")), forKey: Keys("confidence"))
            try k.encode(cues, forKey: Keys("cues"))
            try k.encodeIfPresent(partOf, forKey: Keys("part_of"))
            try k.encode(notes, forKey: Keys("notes"))
            for (key, v) in [("line", line), ("column", column), ("start", start), ("end", end)] { try k.encode(v, forKey: Keys(key)) }
        }

        struct Keys: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }
}
