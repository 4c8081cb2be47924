import BilatCore
import Foundation

/// `bilat growth`: each figure against its comparable earlier period, with flags and reasons.
public enum GrowthOutput {
    /// One row as listings show it; numbers are exact text, rounding happens only in `display` fields.
    public struct Line: Encodable, Sendable {
        public var dataset: String
        public var relationship: String
        public var series: String
        public var id: String
        public var period: String
        /// "Jan–Sep 2018 (months)": what CSV carries, since spreadsheets turn "2018-01" into a date.
        public var periodText: String
        public var periodStart: String
        public var periodEnd: String
        public var value: Decimal
        /// A range's high end.
        public var valueHigh: Decimal?
        public var valueDisplay: String
        public var unit: String
        public var qualifier: String
        public var derived: Bool
        public var formula: String?
        public var inputs: [String]?
        public var comparedWith: String?
        public var comparedWithText: String?
        public var comparedId: String?
        public var comparison: String
        public var years: Int?
        public var absoluteChange: Decimal?
        public var absoluteChangeHigh: Decimal?
        public var percentChange: Decimal?
        public var percentChangeHigh: Decimal?
        public var percentChangeDisplay: String?
        public var cagr: Decimal?
        public var cagrHigh: Decimal?
        public var cagrDisplay: String?
        public var changeQualifier: String?
        public var flags: [String]
        public var reason: String?
        public var sources: [String]

        public init(_ row: GrowthRow, dataset: String = "") {
            let o = row.observation
            self.dataset = dataset
            relationship = o.key.dataset
            series = o.key.label
            id = o.id
            period = o.period.label
            periodText = o.period.textLabel
            periodStart = o.period.start.description
            periodEnd = o.period.end.description
            value = o.value.rounded(places: 6)
            valueHigh = o.high?.rounded(places: 6)
            valueDisplay = HumanNumber.format(o.value, significant: o.significantDigits)
                + (o.high.map { "–" + HumanNumber.format($0, significant: $0.significantDigits) } ?? "")
            unit = o.key.unit
            qualifier = o.qualifier.rawValue
            derived = o.isDerived
            formula = o.derivation?.formula
            inputs = o.derivation?.inputs
            comparedWith = row.previous?.period.label
            comparedWithText = row.previous?.period.textLabel
            comparedId = row.previous?.id
            comparison = row.comparison.rawValue
            years = row.years
            absoluteChange = row.absoluteChange?.rounded(places: 6)
            absoluteChangeHigh = row.absoluteChangeHigh?.rounded(places: 6)
            percentChange = row.percentChange?.rounded(places: 6)
            percentChangeHigh = row.percentChangeHigh?.rounded(places: 6)
            percentChangeDisplay = row.percentChange.map { GrowthOutput.percent($0, to: row.percentChangeHigh, significant: row.significantDigits) }
            cagr = row.cagr?.rounded(places: 6)
            cagrHigh = row.cagrHigh?.rounded(places: 6)
            cagrDisplay = row.cagr.map { GrowthOutput.percent($0, to: row.cagrHigh, significant: row.significantDigits) + " a year" }
            changeQualifier = GrowthOutput.changeQualifier(row)
            flags = row.flags
            reason = row.reason
            sources = o.sourceIDs
        }
    }

    public static let csvColumns = ["dataset", "relationship", "series", "id", "period", "period_start", "period_end", "value", "unit", "qualifier", "derived", "formula",
                                    "compared_with", "compared_id", "comparison", "years", "absolute_change", "percent_change", "cagr_percent",
                                    "change_qualifier", "flags", "reason", "sources",
                                    // The high ends where a range makes the value and the changes intervals.
                                    "value_high", "absolute_change_high", "percent_change_high", "cagr_percent_high"]

    /// Cells straight from the rows, not through `Line`: CSV needs none of its display texts, and a growth
    /// export has a row per figure. Numbers are rounded to six places as `Line` rounds them.
    /// - Parameter dataset: the dataset a row belongs to (its relationship is its series key's).
    static func csv(_ rows: [GrowthRow], writer: CSVWriter, dataset: (Observation) -> String) -> String {
        writer.render(header: csvColumns, count: rows.count) { csvCells(rows[$0], dataset: dataset) }
    }

    /// One row's CSV cells, in `csvColumns` order.
    static func csvCells(_ row: GrowthRow, dataset: (Observation) -> String) -> [CSVWriter.Cell] {
        let o = row.observation
        let text: (String?) -> CSVWriter.Cell = CSVWriter.Cell.orEmpty
        let number: (Decimal?) -> CSVWriter.Cell = { CSVExport.number($0, places: 6) }
        return [text(dataset(o)), text(o.key.dataset), text(o.key.label), text(o.id), text(o.period.textLabel), text(o.period.start.description), text(o.period.end.description),
                number(o.value), text(o.key.unit), text(o.qualifier.rawValue), text(o.isDerived ? "yes" : "no"), text(o.derivation?.formula),
                text(row.previous?.period.textLabel), text(row.previous?.id), text(row.comparison.rawValue),
                row.years.map { .number(String($0)) } ?? .empty, number(row.absoluteChange), number(row.percentChange), number(row.cagr),
                text(changeQualifier(row)), text(row.flags.joined(separator: " ")), text(row.reason), text(o.sourceIDs.joined(separator: ";")),
                number(o.high), number(row.absoluteChangeHigh), number(row.percentChangeHigh), number(row.cagrHigh)]
    }

    /// "unknown" when bounds pull both ways; nil when there is nothing compared.
    public static func changeQualifier(_ row: GrowthRow) -> String? {
        row.previous == nil ? nil : (row.qualifier?.rawValue ?? "unknown")
    }

    static func percent(_ value: Decimal, significant: Int) -> String {
        let text = HumanNumber.fixed(value, significant: significant)
        return (value > 0 ? "+" : "") + text + " %"
    }

    /// "+12 %", or an interval "+10 % to +47 %" when a range gives the change a high end.
    static func percent(_ value: Decimal, to high: Decimal?, significant: Int) -> String {
        guard let high else { return percent(value, significant: significant) }
        return percent(value, significant: significant) + " to " + percent(high, significant: significant)
    }

    public static func mark(_ qualifier: String?) -> String {
        switch qualifier {
        // Touching the number, as "~100" is written everywhere else.
        case "lower_bound": return "≥"
        case "upper_bound": return "≤"
        case "approximately", "nearly": return "~"
        default: return ""
        }
    }

    static let tableTitles = ["period", "value", "vs", "change", "CAGR", "flags", "note"]

    /// The whole listing as one text; `GrowthWriter` writes the same bytes piece by piece.
    public static func render(_ rows: [GrowthRow], as format: OutputFormat, dataset: @escaping @Sendable (Observation) -> String = { _ in "" }) throws -> String {
        var out: [UInt8] = []
        try GrowthWriter.write(rows, as: format, dataset: dataset) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// One row of a series' table, under `tableTitles`: only the display texts the table shows, not a whole `Line`.
    static func tableCells(_ row: GrowthRow) -> [String] {
        let o = row.observation
        let value = HumanNumber.format(o.value, significant: o.significantDigits)
            + (o.high.map { "–" + HumanNumber.format($0, significant: $0.significantDigits) } ?? "")
        let change = changeQualifier(row).map(mark) ?? ""
        let percent = row.percentChange.map { change + GrowthOutput.percent($0, to: row.percentChangeHigh, significant: row.significantDigits) }
        let cagr = row.cagr.map { change + GrowthOutput.percent($0, to: row.cagrHigh, significant: row.significantDigits) + " a year" }
        let note: String
        switch (o.derivation?.formula, row.reason) {
        case let (formula?, reason?): note = "= " + formula + "; " + reason
        case let (formula?, nil): note = "= " + formula
        case let (nil, reason?): note = reason
        case (nil, nil): note = ""
        }
        return [o.period.label, mark(o.qualifier.rawValue) + value + (o.isDerived ? " (derived)" : ""), row.previous?.period.label ?? "",
                percent ?? "", cagr ?? "", row.flags.joined(separator: ", "), note]
    }
}
