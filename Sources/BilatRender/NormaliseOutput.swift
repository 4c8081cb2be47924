import BilatCore
import Foundation
import TextTable

/// `bilat normalise`: what bilat understood of each text, or why it could not.
public enum NormaliseOutput {
    public struct QuantityLine: Encodable, Sendable {
        public var input: String
        public var value: String?
        public var unit: String?
        public var kind: String?
        public var currency: String?
        public var scale: Int?
        public var qualifier: String?
        public var isChange: Bool?
        public var estimated: Bool?
        /// A range's high end.
        public var valueHigh: String?
        public var levelAtDate: Bool?
        public var shareOf: String?
        public var error: String?

        public init(input: String, result: Result<Quantity, Diagnostic>) {
            self.input = input
            switch result {
            case .success(let q):
                value = q.valueText; unit = q.unit.isEmpty ? nil : q.unit; kind = q.kind.rawValue
                currency = q.currency?.rawValue; scale = q.scale; qualifier = q.qualifier.rawValue
                isChange = q.isChange; estimated = q.isEstimated
                valueHigh = q.highText; levelAtDate = q.isLevelAtDate ? true : nil; shareOf = q.shareOf
            case .failure(let d):
                error = d.description
            }
        }

        // A Decimal must reach JSON as a number with exactly its digits.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(input, forKey: .input)
            if let value { try c.encode(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")), forKey: .value) }
            try c.encodeIfPresent(unit, forKey: .unit)
            try c.encodeIfPresent(kind, forKey: .kind)
            try c.encodeIfPresent(currency, forKey: .currency)
            try c.encodeIfPresent(scale, forKey: .scale)
            try c.encodeIfPresent(qualifier, forKey: .qualifier)
            try c.encodeIfPresent(isChange, forKey: .isChange)
            try c.encodeIfPresent(estimated, forKey: .estimated)
            if let valueHigh { try c.encode(Decimal(string: valueHigh, locale: Locale(identifier: "en_US_POSIX")), forKey: .valueHigh) }
            try c.encodeIfPresent(levelAtDate, forKey: .levelAtDate)
            try c.encodeIfPresent(shareOf, forKey: .shareOf)
            try c.encodeIfPresent(error, forKey: .error)
        }
        enum CodingKeys: String, CodingKey {
            case input, value, unit, kind, currency, scale, qualifier, isChange, estimated, valueHigh, levelAtDate, shareOf, error
        }
    }

    public struct PeriodLine: Encodable, Sendable {
        public var input: String
        public var start: String?
        public var end: String?
        public var granularity: String?
        public var label: String?
        public var approximate: Bool?
        public var window: Bool?
        /// Only when true: a party's fiscal year, FY2020-07/2021-06.
        public var fiscalYear: Bool?
        public var error: String?

        public init(input: String, result: Result<Period, Diagnostic>) {
            self.input = input
            switch result {
            case .success(let p):
                start = p.start.description; end = p.end.description; granularity = p.granularity.rawValue
                label = p.label; approximate = p.isApproximate; window = p.isWindow
                fiscalYear = p.isFiscalYear ? true : nil
            case .failure(let d):
                error = d.description
            }
        }
    }

    public static func quantities(_ lines: [QuantityLine], as format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(lines)
        case .csv:
            return CSVWriter().render(header: ["input", "value", "unit", "currency", "scale", "qualifier", "change", "error",
                                               "value_high", "level_at_date", "share_of"], rows: lines.map { l in
                [.text(l.input), l.value.map { .number($0) } ?? .empty, cell(l.unit), cell(l.currency),
                 l.scale.map { .number(String($0)) } ?? .empty, cell(l.qualifier), cell(l.isChange.map { $0 ? "yes" : "no" }), cell(l.error),
                 l.valueHigh.map { .number($0) } ?? .empty, cell(l.value == nil ? nil : l.levelAtDate == true ? "yes" : "no"), cell(l.shareOf)]
            })
        case .table:
            let table = TextTable<QuantityLine> { line in
                [Column(title: "input", value: line.input),
                 Column(title: "value", value: line.value.map { v in
                     FigureListingOutput.reading(value: v, unit: line.unit ?? "", qualifier: line.qualifier ?? "", isChange: line.isChange ?? false,
                                                 high: line.valueHigh, shareOf: line.shareOf)
                     + (line.levelAtDate == true ? " (level at a date)" : "")
                 } ?? "unreadable (see below)"),
                 Column(title: "qualifier", value: line.qualifier ?? ""),
                 Column(title: "scale", value: line.scale.map { $0 == 0 ? "" : "10^\($0)" } ?? ""),
                 Column(title: "kind", value: line.kind ?? "")]
            }
            return table.trimmedString(for: lines)
        }
    }

    public static func periods(_ lines: [PeriodLine], as format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(lines)
        case .csv:
            return CSVWriter().render(header: ["input", "start", "end", "granularity", "label", "error"], rows: lines.map { l in
                [.text(l.input), cell(l.start), cell(l.end), cell(l.granularity), cell(l.label), cell(l.error)]
            })
        case .table:
            let table = TextTable<PeriodLine> {
                [Column(title: "input", value: $0.input),
                 Column(title: "start", value: $0.start ?? "unreadable (see below)"),
                 Column(title: "end", value: $0.end ?? ""),
                 Column(title: "granularity", value: $0.granularity ?? ""),
                 Column(title: "label", value: $0.label ?? ""),
                 Column(title: "notes", value: [$0.fiscalYear == true ? "fiscal year" : nil, $0.approximate == true ? "approximate" : nil,
                                                $0.window == true ? "window" : nil]
                    .compactMap { $0 }.joined(separator: ", "))]
            }
            return table.trimmedString(for: lines)
        }
    }

    static func cell(_ text: String?) -> CSVWriter.Cell { .orEmpty(text) }
}
