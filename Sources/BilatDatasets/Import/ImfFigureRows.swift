import Foundation
import BilatCore

/// IMF observations as dataset rows (cells by column name): one figure per observation, one source per file.
public enum ImfFigureRows {
    /// The source id of an imported file, from its name alone so a second import finds the same row.
    public static func sourceID(fileName: String) -> String {
        "imf-" + ComtradeFigureRows.slug((fileName as NSString).deletingPathExtension)
    }

    /// The figure id: reporter, partner, flow and period. The same observation has the same id in every layout,
    /// so a newer download (DOTS then IMTS, or a revised release) updates the figure in place.
    public static func figureID(_ o: ImfObservation) -> String {
        ["imf", o.reporter, o.partner, o.flow.indicator, o.period.description].map(ComtradeFigureRows.slug).joined(separator: "-")
    }

    public static func datasetTitle(_ dataset: ImfObservation.Dataset) -> String {
        switch dataset {
        case .dots: return "IMF Direction of Trade Statistics (DOTS)"
        case .imts: return "IMF International Merchandise Trade Statistics (IMTS)"
        }
    }

    public static func sourceCells(fileName: String, layout: ImfLayout, observations: [ImfObservation],
                                   accessed: String?) -> [String: String] {
        let reporters = Set(observations.map(\.reporter)).sorted()
        let periods = observations.map(\.period.description).sorted()
        var title = "\(datasetTitle(layout.dataset)) download \(fileName)"
        if !reporters.isEmpty { title += ", reported by \(reporters.joined(separator: " "))" }
        if let first = periods.first, let last = periods.last { title += first == last ? ", \(first)" : ", \(first) to \(last)" }
        let units = Set(observations.map(\.scale)).sorted().map { ImfValues.unitName(scale: $0) }
        if !units.isEmpty { title += ", in \(units.joined(separator: " and "))" }
        var cells = ["id": sourceID(fileName: fileName), "publisher": "IMF", "title": title, "url": "https://data.imf.org/"]
        if let accessed { cells["accessed"] = accessed }
        return cells
    }

    /// "USD 1234.5", "USD 1234.5 million": the number as the file gives it, in the file's unit.
    public static func asReported(_ o: ImfObservation) -> String {
        let word = [3: " thousand", 6: " million", 9: " billion"][o.scale] ?? ""
        return "USD \(o.value)\(word)"
    }

    /// `estimated` or `provisional` from the file's flag (SDMX observation status E / P), else empty.
    static func status(_ flag: String) -> String {
        switch flag.uppercased() {
        case "E": return "estimated"
        case "P": return "provisional"
        default: return ""
        }
    }

    /// DOTS and IMTS fill a country that does not report from its partners' reports; no cell says which.
    public static let partnerDerivedNote = "may be derived from the partner's report (the IMF estimates a non-reporting "
        + "country's trade from its partners' data, converting with a CIF/FOB factor of 1.06)"

    public static func figureCells(_ o: ImfObservation, sourceID: String) -> [String: String] {
        var note = ["IMF \(o.dataset.rawValue) \(o.indicatorCode): \(o.flow.indicator) \(o.flow.valuation)",
                    ImfValues.unitName(scale: o.scale), partnerDerivedNote]
        if !o.status.isEmpty && o.status.uppercased() != "A" { note.append("IMF status \(o.status)") }
        var cells = [
            "id": figureID(o), "indicator": o.flow.indicator, "reporter": o.reporter, "partner": o.partner,
            "direction": o.flow == .exportsFOB ? "to_partner" : "from_partner", "subject": "all goods",
            "period": o.period.description, "as_reported": asReported(o), "source_id": sourceID,
            "note": note.joined(separator: "; "),
        ]
        let status = status(o.status)
        if !status.isEmpty { cells["status"] = status }
        return cells
    }
}
