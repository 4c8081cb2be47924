import Foundation
import BilatCore

/// Reads one data row of a Comtrade download; every cell that cannot be read is refused where it lies.
struct ComtradeRowReader {
    enum Outcome { case record(ComtradeRecord), skipped(ComtradeSkip), refused([Diagnostic]) }

    let record: CSVRecord
    let columns: ComtradeColumns
    let path: String

    func text(_ name: String) -> String {
        guard let position = columns.position(name), position < record.fields.count else { return "" }
        return CSVText.trimmed(record.fields[position].value)
    }

    func location(_ name: String) -> SourceLocation {
        guard let position = columns.position(name), position < record.fields.count else {
            return SourceLocation(path: path, line: record.line, column: 1)
        }
        return record.fields[position].location(in: path)
    }

    func read() -> Outcome {
        var problems: [Diagnostic] = []
        func refuse(_ name: String, _ message: String, accepted: String) {
            problems.append(.error("\(name) '\(text(name))' \(message)", at: location(name), accepted: accepted))
        }
        let reporter = text("reporterISO"), partner = text("partnerISO")
        if reporter.isEmpty { refuse("reporterISO", "is empty", accepted: "an ISO 3166 alpha-3 code such as AZE") }
        if partner.isEmpty { refuse("partnerISO", "is empty", accepted: "an ISO 3166 alpha-3 code such as PAK, or W00 for World") }
        let flow = text("flowCode").uppercased()
        if flow.isEmpty { refuse("flowCode", "is empty", accepted: "M, X, RM, RX, DX, FM, MIP, XIP, MOP, XOP") }
        let period = ComtradeValues.period(text("period"), refMonth: text("refMonth"))
        if period == nil {
            refuse("period", "is not a Comtrade period" + (text("refMonth") == "52" ? " for an annual row (refMonth 52)" : ""),
                   accepted: "a year (2010) or a month (201005); a month with refMonth 52 is refused")
        }
        let level = Int(text("aggrLevel"))
        if level == nil { refuse("aggrLevel", "is not an aggregation level", accepted: "a whole number: 0 for TOTAL, 2, 4 or 6 HS digits") }
        let leaf = ComtradeValues.flag(text("isLeaf"))
        if leaf == nil { refuse("isLeaf", "is not a yes/no flag", accepted: "true, false, 1 or 0") }
        let value = ComtradeValues.amount(text("primaryValue"))
        if case .unreadable = value {
            refuse("primaryValue", "is not a number", accepted: "a plain number of US$ such as 28421 or 1234.5 (1.5E7 too); empty or null when missing")
        }
        let cif = ComtradeValues.amount(text("cifvalue")), fob = ComtradeValues.amount(text("fobvalue"))
        for (name, cell) in [("cifvalue", cif), ("fobvalue", fob)] {
            if case .unreadable = cell { refuse(name, "is not a number", accepted: "a plain number of US$; empty or null when missing") }
        }
        let reported = ComtradeValues.optionalFlag(text("isReported")), aggregate = ComtradeValues.optionalFlag(text("isAggregate"))
        if case .unreadable = reported { refuse("isReported", "is not a yes/no flag", accepted: "true, false, 1, 0 or empty") }
        if case .unreadable = aggregate { refuse("isAggregate", "is not a yes/no flag", accepted: "true, false, 1, 0 or empty") }
        var estimated: [String] = []
        for (column, measure) in [("isQtyEstimated", "qty"), ("isAltQtyEstimated", "altQty"),
                                  ("isNetWgtEstimated", "netWgt"), ("isGrossWgtEstimated", "grossWgt")] {
            switch ComtradeValues.optionalFlag(text(column)) {
            case .value(true): estimated.append(measure)
            case .value(false), .missing: break
            case .unreadable: refuse(column, "is not a yes/no flag", accepted: "true, false, 1, 0 or empty")
            }
        }
        guard problems.isEmpty, let period, let level, let leaf else { return .refused(problems) }
        guard case .value(let amount) = value else {
            return .skipped(ComtradeSkip(location: location("primaryValue"),
                                         reason: "primaryValue is empty or null: a missing figure, not zero"))
        }
        return .record(ComtradeRecord(
            reporterISO: reporter.uppercased(), partnerISO: partner.uppercased(), partnerCode: text("partnerCode"),
            flowCode: flow, period: period, commodityCode: text("cmdCode"), commodityDescription: text("cmdDesc"),
            aggregateLevel: level, isLeaf: leaf,
            partner2Code: text("partner2Code"), partner2ISO: text("partner2ISO").uppercased(),
            customsCode: text("customsCode"), transportCode: text("motCode"),
            primaryValue: amount, valuation: ComtradeValues.valuation(amount, cif: cif, fob: fob),
            estimatedMeasures: estimated, legacyEstimationFlag: text("legacyEstimationFlag"),
            isReported: reported.flag, isAggregate: aggregate.flag,
            location: SourceLocation(path: path, line: record.line, column: 1), valueLocation: location("primaryValue")))
    }
}
