import BilatCore
import Foundation
import TextTable

/// `bilat mirror` and `mirror.csv`: each flow's two reports per period, the importer's at FOB, the asymmetry.
public enum MirrorOutput {
    /// The rule every output states beside its numbers.
    /// - Parameter factor: nil where the factor differs by relationship and is named with each.
    public static func formula(_ factor: MirrorFactor?) -> String {
        "importer's CIF value × \(factor?.text ?? "the factor") = its FOB value (to the cent); asymmetry = importer at FOB − exporter (FOB); "
            + "asymmetry % = asymmetry ÷ exporter's value × 100"
    }

    /// One pair as listings show it; numbers are exact, percentages rounded to six places.
    public struct Line: Encodable, Sendable {
        public var relationship: String
        public var datasets: String
        public var flow: String
        public var exporter: String
        public var importer: String
        public var subject: String
        public var unit: String
        public var period: String
        public var periodStart: String
        public var periodEnd: String
        public var reported: String
        public var importerId: String?
        public var importerValueCif: Decimal?
        public var factor: String
        public var importerValueFob: Decimal?
        public var exporterId: String?
        public var exporterValueFob: Decimal?
        public var asymmetry: Decimal?
        public var asymmetryPercent: Decimal?
        public var note: String?
        public var sources: [String]

        public init(_ p: MirrorPair, datasets: String = "") {
            relationship = p.relationship; self.datasets = datasets; flow = p.flowLabel
            exporter = p.exporter; importer = p.importer; subject = p.subject; unit = p.unit
            period = p.period.textLabel; periodStart = p.period.start.description; periodEnd = p.period.end.description
            reported = p.reported.rawValue
            importerId = p.importerReport?.id; importerValueCif = p.importerReport?.value
            factor = p.factor.text; importerValueFob = p.importerFOB
            exporterId = p.exporterReport?.id; exporterValueFob = p.exporterReport?.value
            asymmetry = p.asymmetry; asymmetryPercent = p.asymmetryPercent?.rounded(places: 6)
            note = p.note; sources = p.sourceIDs
        }
    }

    public static let csvColumns = ["relationship", "datasets", "exporter", "importer", "subject", "unit", "period", "period_start", "period_end",
                                    "reported", "importer_id", "importer_value_cif", "factor", "importer_value_fob", "exporter_id",
                                    "exporter_value_fob", "asymmetry", "asymmetry_percent", "note", "sources"]

    /// The factor is written "× 1/1.06": as a bare "1/1.06" a spreadsheet may read it as a date or a fraction.
    /// - Parameter datasets: the datasets of a pair's figures ("a;b").
    public static func csv(_ pairs: [MirrorPair], writer: CSVWriter = CSVWriter(), datasets: (MirrorPair) -> String = { _ in "" }) -> String {
        writer.render(header: csvColumns, count: pairs.count) { i in
            let l = Line(pairs[i], datasets: datasets(pairs[i]))
            let number: (Decimal?) -> CSVWriter.Cell = { $0.map { .number($0.plainText) } ?? .empty }
            return [.orEmpty(l.relationship), .orEmpty(l.datasets), .text(l.exporter), .text(l.importer), .orEmpty(l.subject), .orEmpty(l.unit),
                    .text(l.period), .text(l.periodStart), .text(l.periodEnd), .text(l.reported), .orEmpty(l.importerId),
                    number(l.importerValueCif), .text("× " + l.factor), number(l.importerValueFob), .orEmpty(l.exporterId), number(l.exporterValueFob),
                    number(l.asymmetry), number(l.asymmetryPercent), .orEmpty(l.note), .orEmpty(l.sources.joined(separator: ";"))]
        }
    }

    /// "+23.4 %", "−5.0 %": one decimal, for reading.
    public static func percentText(_ value: Decimal?) -> String {
        guard let value else { return "" }
        return (value > 0 ? "+" : "") + MirrorFlows.oneDecimal(value).replacingOccurrences(of: "-", with: "−") + " %"
    }

    /// The exact digits (to the cent at most) with thousands separated by commas: statistics are read to the last unit.
    public static func amount(_ value: Decimal?) -> String {
        guard let value else { return "" }
        let text = value.plainText(places: 2)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "")
        let fraction = parts.count > 1 ? "." + (parts.last.map(String.init) ?? "") : ""
        return (negative ? "−" : "") + NumberText.grouped(digits: whole) + fraction
    }

    /// The table's columns for one row: what the report cell shows too.
    public static func cells(_ p: MirrorPair) -> [String] {
        [p.period.shortName, amount(p.importerReport?.value), amount(p.importerFOB), amount(p.exporterReport?.value),
         amount(p.asymmetry), percentText(p.asymmetryPercent), p.reported.rawValue.replacingOccurrences(of: "_", with: " "), p.note ?? ""]
    }

    public static let tableColumns = ["period", "importer CIF", "at FOB", "exporter FOB", "asymmetry", "%", "reported", "note"]

    /// The table names the factor once when every pair has the same, else with each relationship's flows.
    public static func render(_ pairs: [MirrorPair], as format: OutputFormat,
                              datasets: (MirrorPair) -> String = { _ in "" }) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(pairs.map { Line($0, datasets: datasets($0)) })
        case .csv: return csv(pairs, datasets: datasets)
        case .table:
            guard !pairs.isEmpty else {
                return "no mirror flows: no imports from a partner or exports to one are reported (World, WLD, is never paired)\n"
            }
            let factors = Set(pairs.map(\.factor.text))
            let one = factors.count == 1
            var out = one ? "factor \(pairs[0].factor.text): \(formula(pairs[0].factor))\n"
                : "factors by relationship (\(factors.sorted().joined(separator: ", "))): \(formula(nil))\n"
            var seen: Set<String> = []
            for p in pairs where seen.insert(p.relationship + "|" + p.flowLabel).inserted {
                let group = pairs.filter { $0.relationship == p.relationship && $0.flowLabel == p.flowLabel }
                let table = TextTable<MirrorPair> { row in
                    zip(tableColumns, cells(row)).map { Column(title: $0, value: $1) }
                }
                let text = table.trimmedString(for: group)
                out += "\n\(p.relationship): \(p.flowLabel), \(p.importer)'s imports against \(p.exporter)'s exports"
                    + (one ? "" : ", factor \(p.factor.text)") + "\n"
                    + text + (text.hasSuffix("\n") ? "" : "\n")
            }
            return out
        }
    }
}
