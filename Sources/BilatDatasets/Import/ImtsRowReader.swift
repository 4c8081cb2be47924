import Foundation
import BilatCore

/// Reads the rows of an IMTS SDMX-CSV download: one observation a row, its unit in `UNIT` and `SCALE` / `UNIT_MULT`.
struct ImtsRowReader {
    let rows: ImfRows

    func read(_ records: [CSVRecord], into reading: inout ImfReading) {
        let scaleColumns = ["SCALE", "UNIT_MULT"].filter { rows.position($0) != nil }
        let statusColumn = ["STATUS", "OBS_STATUS"].first { rows.position($0) != nil }
        for record in records {
            let code = rows.text(record, "INDICATOR").uppercased()
            guard let flow = rows.flow(record, column: "INDICATOR", into: &reading) else { continue }
            var problems: [Diagnostic] = []
            let unit = rows.text(record, "UNIT")
            if !unit.isEmpty && unit.uppercased() != "USD" {
                problems.append(.error("UNIT '\(unit)' is not US dollars", at: rows.location(record, "UNIT"),
                                       accepted: "USD (or an empty cell); bilat converts no currency"))
            }
            var scales: [Int] = []
            for column in scaleColumns {
                let text = rows.text(record, column)
                if let scale = ImfValues.scale(text) { scales.append(scale) } else {
                    problems.append(.error("\(column) '\(text)' is not a unit bilat reads", at: rows.location(record, column),
                                           accepted: ImfValues.acceptedScale))
                }
            }
            if Set(scales).count > 1 {
                problems.append(.error("SCALE and UNIT_MULT give different units (\(scales.map(String.init).joined(separator: " and ")))",
                                       at: rows.rowStart(record), accepted: "one unit multiplier, or the two equal"))
            }
            let periodText = rows.text(record, "TIME_PERIOD")
            let period = ImfValues.period(periodText)
            if period == nil {
                problems.append(.error("TIME_PERIOD '\(periodText)' is not an IMF period", at: rows.location(record, "TIME_PERIOD"),
                                       accepted: ImfValues.acceptedPeriod))
            }
            let frequency = rows.text(record, "FREQUENCY").uppercased()
            if let period, !frequency.isEmpty, frequency != Self.frequency(period) {
                problems.append(.error("FREQUENCY '\(frequency)' does not agree with TIME_PERIOD '\(periodText)'",
                                       at: rows.location(record, "FREQUENCY"), accepted: "A with a year, Q with a quarter, M with a month"))
            }
            let valueLocation = rows.location(record, "OBS_VALUE")
            let reporter = rows.party(record, code: "COUNTRY", name: nil, role: "reporter")
            let partner = rows.party(record, code: "COUNTERPART_COUNTRY", name: nil, role: "partner")
            var skipped: [ImfSkip] = []
            let value = rows.amount(rows.text(record, "OBS_VALUE"), at: valueLocation, what: "OBS_VALUE",
                                    skipped: &skipped, problems: &problems)
            guard problems.isEmpty, let period else { reading.diagnostics += problems; continue }
            let reporterID: String, partnerID: String
            switch (reporter, partner) {
            case (.party(let r), .party(let p)): (reporterID, partnerID) = (r, p)
            case (.skipped(let skip), _), (_, .skipped(let skip)): reading.skipped.append(skip); continue
            }
            guard let value else { reading.skipped += skipped; continue }
            reading.observations.append(ImfObservation(
                dataset: .imts, reporter: reporterID, partner: partnerID, indicatorCode: code, flow: flow,
                period: period, value: value, scale: scales.first ?? 0,
                status: statusColumn.map { rows.text(record, $0) } ?? "", location: valueLocation))
        }
    }

    static func frequency(_ period: ImfObservation.Period) -> String {
        switch period {
        case .year: return "A"
        case .quarter: return "Q"
        case .month: return "M"
        }
    }
}
