import BilatCore
import TextTable

/// `bilat figures` in each format: the normalised value always beside the as-reported text and its source.
public enum FigureListingOutput {
    public static func render(_ figures: [FigureListing], as format: OutputFormat) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(figures)
        case .csv: return csv(figures)
        case .table: return table(figures)
        }
    }

    static let csvHeader = ["dataset", "relationship", "id", "indicator", "reporter", "partner", "direction", "subject", "period",
                            "period_start", "period_end", "compared_with", "as_reported", "value", "unit", "currency",
                            "scale", "qualifier", "status", "source_id", "source_title", "source_publisher", "note",
                            "value_high", "level_at_date", "share_of"]

    static func csv(_ figures: [FigureListing]) -> String {
        let rows: [[CSVWriter.Cell]] = figures.map { f in
            let text: (String?) -> CSVWriter.Cell = CSVWriter.Cell.orEmpty
            return [text(f.dataset), text(f.relationship), text(f.id), text(f.indicator), text(f.reporter), text(f.partner), text(f.direction),
                    text(f.subject), text(f.period), text(f.periodStart), text(f.periodEnd), text(f.comparedWith),
                    text(f.asReported), .number(f.value), text(f.unit), text(f.currency), .number(String(f.scale)),
                    text(f.qualifier), text(f.status), text(f.sourceId), text(f.sourceTitle), text(f.sourcePublisher), text(f.note),
                    f.high.map { .number($0) } ?? .empty, .text(f.isLevelAtDate ? "yes" : "no"), text(f.shareOf)]
        }
        return CSVWriter().render(header: csvHeader, rows: rows)
    }

    /// The reading in a few characters: "≥ 100 officers", "~ 100 units", "+26.55 %", "11700000 USD",
    /// "17000000–25000000 USD", "90 % of trade_turnover".
    public static func reading(value: String, unit: String, qualifier: String, isChange: Bool, high: String? = nil,
                               shareOf: String? = nil) -> String {
        let mark: String
        switch Qualifier(rawValue: qualifier) {
        case .approximately: mark = "~ "
        case .nearly: mark = "nearly "
        case .lowerBound: mark = "≥ "
        case .upperBound: mark = "≤ "
        default: mark = ""
        }
        let signed = (isChange && !value.hasPrefix("-") ? "+" + value : value) + (high.map { "–" + $0 } ?? "")
        if let shareOf { return "\(mark)\(signed) % of \(shareOf)" }
        return unit == "percent" ? "\(mark)\(signed) %" : "\(mark)\(signed) \(unit)"
    }

    static func table(_ figures: [FigureListing]) -> String {
        struct Line { var id, indicator, period, reported, reading, flags, source: String }
        let lines = figures.map { f in
            var flags: [String] = []
            if let s = f.status { flags.append(s) }
            if let c = f.comparedWith { flags.append("vs \(c)") }
            if f.periodApproximate { flags.append("approximate period") }
            if f.isLevelAtDate { flags.append("level at a date") }
            return Line(id: f.id, indicator: f.indicator, period: f.period, reported: f.asReported,
                        reading: reading(value: f.value, unit: f.unit, qualifier: f.qualifier, isChange: f.isChange, high: f.high, shareOf: f.shareOf),
                        flags: flags.joined(separator: ", "), source: f.sourceId)
        }
        let table = TextTable<Line> {
            [Column(title: "id", value: $0.id), Column(title: "indicator", value: $0.indicator),
             Column(title: "period", value: $0.period), Column(title: "as reported", value: $0.reported),
             Column(title: "value", value: $0.reading), Column(title: "flags", value: $0.flags),
             Column(title: "source", value: $0.source)]
        }
        return table.trimmedString(for: lines)
    }
}
