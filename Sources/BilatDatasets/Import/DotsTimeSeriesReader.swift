import Foundation
import BilatCore

/// Reads a legacy DOTS timeSeries CSV: per series a `Value` row and often a `Status` row, one column per period.
/// DOTS values are US$ millions.
struct DotsTimeSeriesReader {
    let rows: ImfRows

    func read(_ records: [CSVRecord], into reading: inout ImfReading) {
        let required = Set(ImfLayout.dotsTimeSeries.required.map { $0.lowercased() })
        let periods: [(index: Int, period: ImfObservation.Period)] = rows.header.enumerated().compactMap { index, name in
            guard !required.contains(name.lowercased()), let period = ImfValues.period(name) else { return nil }
            return (index, period)
        }
        guard !periods.isEmpty else {
            reading.diagnostics.append(.error("the header has no period columns", at: rows.rowStart(rows.headerRecord),
                                              accepted: "columns named by period after Attribute: " + ImfValues.acceptedPeriod))
            return
        }
        // Status rows flag the cells of the Value row of the same series.
        var statuses: [String: [Int: String]] = [:]
        var values: [CSVRecord] = []
        for record in records {
            switch rows.text(record, "Attribute").lowercased() {
            case "value": values.append(record)
            case "status":
                var cells: [Int: String] = [:]
                for (index, _) in periods {
                    let text = (rows.field(record, at: index)?.value ?? "").trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { cells[index] = text }
                }
                statuses[seriesKey(record)] = cells
            default:
                reading.diagnostics.append(.error("Attribute '\(rows.text(record, "Attribute"))' is neither Value nor Status",
                                                  at: rows.location(record, "Attribute"), accepted: "Value or Status"))
            }
        }
        for record in values {
            let code = rows.text(record, "Indicator Code").uppercased()
            guard let flow = rows.flow(record, column: "Indicator Code", into: &reading) else { continue }
            let reporter = rows.party(record, code: "Country Code", name: "Country Name", role: "reporter")
            let partner = rows.party(record, code: "Counterpart Country Code", name: "Counterpart Country Name", role: "partner")
            let status = statuses[seriesKey(record)] ?? [:]
            var problems: [Diagnostic] = [], skipped: [ImfSkip] = [], found: [ImfObservation] = [], empty: [String] = []
            for (index, period) in periods {
                guard let field = rows.field(record, at: index) else { continue }
                let location = field.location(in: rows.path)
                var missing: [ImfSkip] = []
                guard let value = rows.amount(field.value, at: location, what: "the \(period) cell", skipped: &missing, problems: &problems) else {
                    if !missing.isEmpty { empty.append(period.description) }
                    continue
                }
                guard case .party(let r) = reporter, case .party(let p) = partner else { continue }
                found.append(ImfObservation(dataset: .dots, reporter: r, partner: p, indicatorCode: code, flow: flow,
                                            period: period, value: value, scale: 6, status: status[index] ?? "", location: location))
            }
            if !problems.isEmpty { reading.diagnostics += problems; continue }
            switch (reporter, partner) {
            case (.skipped(let skip), _), (_, .skipped(let skip)): reading.skipped.append(skip); continue
            default: break
            }
            if !empty.isEmpty {
                skipped.append(ImfSkip(location: rows.location(record, "Attribute"),
                    reason: "\(empty.count) period cell\(empty.count == 1 ? " is" : "s are") empty (\(Self.listed(empty))): missing figures, not zero"))
            }
            reading.observations += found
            reading.skipped += skipped
        }
    }

    func seriesKey(_ record: CSVRecord) -> String {
        ["Country Code", "Indicator Code", "Counterpart Country Code"].map { rows.text(record, $0).uppercased() }.joined(separator: "|")
    }

    /// The first few of a list, then how many more.
    static func listed(_ items: [String]) -> String {
        items.count <= 4 ? items.joined(separator: ", ") : items.prefix(3).joined(separator: ", ") + " and \(items.count - 3) more"
    }
}
