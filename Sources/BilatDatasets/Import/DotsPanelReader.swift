import Foundation
import BilatCore

/// Reads a legacy DOTS panel CSV: a row per reporter, partner and period, a column per indicator named
/// like `Goods, Value of Exports, Free on board (FOB), US Dollars (TXG_FOB_USD)`. DOTS values are US$ millions.
struct DotsPanelReader {
    let rows: ImfRows

    func read(_ records: [CSVRecord], into reading: inout ImfReading) {
        var flows: [(index: Int, code: String, flow: ImfObservation.Flow)] = []
        for (index, name) in rows.header.enumerated() {
            guard let code = Self.indicatorCode(name), let cell = rows.field(rows.headerRecord, at: index) else { continue }
            let location = cell.location(in: rows.path)
            switch ImfIndicators.read(code) {
            case .flow(let flow): flows.append((index, code, flow))
            case .skipped(let reason): reading.skipped.append(ImfSkip(location: location, reason: "column \(code): " + reason))
            case .unknown: reading.skipped.append(ImfSkip(location: location, reason: "column \(code) is not an IMF trade indicator bilat reads"))
            }
        }
        guard !flows.isEmpty else {
            reading.diagnostics.append(.error("the header has no exports or imports column", at: rows.rowStart(rows.headerRecord),
                                              accepted: "a column named like 'Goods, Value of Exports, Free on board (FOB), US Dollars (TXG_FOB_USD)'; "
                                                + ImfIndicators.accepted))
            return
        }
        for record in records {
            var problems: [Diagnostic] = [], skipped: [ImfSkip] = []
            let periodText = rows.text(record, "Time Period")
            let period = ImfValues.period(periodText)
            if period == nil {
                problems.append(.error("Time Period '\(periodText)' is not an IMF period", at: rows.location(record, "Time Period"),
                                       accepted: ImfValues.acceptedPeriod))
            }
            var values: [(Decimal, ImfObservation.Flow, String, SourceLocation)] = []
            for column in flows {
                guard let field = rows.field(record, at: column.index) else { continue }
                let location = field.location(in: rows.path)
                if let value = rows.amount(field.value, at: location, what: column.code, skipped: &skipped, problems: &problems) {
                    values.append((value, column.flow, column.code, location))
                }
            }
            guard problems.isEmpty, let period else { reading.diagnostics += problems; continue }
            let reporter = rows.party(record, code: "Country Code", name: "Country Name", role: "reporter")
            let partner = rows.party(record, code: "Counterpart Country Code", name: "Counterpart Country Name", role: "partner")
            switch (reporter, partner) {
            case (.party(let r), .party(let p)):
                reading.observations += values.map { value, flow, code, location in
                    ImfObservation(dataset: .dots, reporter: r, partner: p, indicatorCode: code, flow: flow, period: period,
                                   value: value, scale: 6, status: "", location: location)
                }
                reading.skipped += skipped
            case (.skipped(let skip), _), (_, .skipped(let skip)): reading.skipped.append(skip)
            }
        }
    }

    /// `TXG_FOB_USD` from "Goods, Value of Exports, Free on board (FOB), US Dollars (TXG_FOB_USD)"; nil for other columns.
    static func indicatorCode(_ name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.range(of: "(", options: .backwards) else { return nil }
        let code = name[open.upperBound..<name.index(before: name.endIndex)]
        guard code.contains("_"), code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else { return nil }
        return String(code)
    }
}
