import Foundation
import BilatCore

/// Reads one data row of a Comtrade download; every cell that cannot be read is refused where it lies.
struct ComtradeRowReader {
    enum Outcome { case record(ComtradeRecord), skipped(ComtradeSkip), refused([Diagnostic]) }

    let record: CSVRecord
    let columns: ComtradeColumns
    let path: String

    /// Reporter and partner: ISO code, numeric code and name (held once, not built for every row).
    static let areaFields: [(ComtradeField, ComtradeField, ComtradeField)] =
        [(.reporterISO, .reporterCode, .reporterDesc), (.partnerISO, .partnerCode, .partnerDesc)]
    /// Each estimation flag and the measure it marks.
    static let estimateFields: [(ComtradeField, String)] =
        [(.isQtyEstimated, "qty"), (.isAltQtyEstimated, "altQty"), (.isNetWgtEstimated, "netWgt"), (.isGrossWgtEstimated, "grossWgt")]

    func text(_ name: ComtradeField) -> String {
        guard let position = columns.position(name), position < record.fields.count else { return "" }
        return CSVText.trimmed(record.fields[position].value)
    }

    func location(_ name: ComtradeField) -> SourceLocation {
        guard let position = columns.position(name), position < record.fields.count else {
            return SourceLocation(path: path, line: record.line, column: 1)
        }
        return record.fields[position].location(in: path)
    }

    func read() -> Outcome {
        var problems: [Diagnostic] = []
        func refuse(_ name: ComtradeField, _ message: String, accepted: String) {
            problems.append(.error("\(columns.label(name)) '\(text(name))' \(message)", at: location(name), accepted: accepted))
        }
        let reporter = text(.reporterISO), partner = text(.partnerISO)
        // Legacy files leave the ISO code of areas empty (partners 490 "Other Asia, nes" and 899 "Areas, nes",
        // services reporters); current files give areas codes such as _X. Areas are not countries: skipped with a
        // note, as the stage skips areas whose code is not ISO alpha-3. Partner code 0 without an ISO code is World.
        var area: ComtradeSkip?
        for (iso, code, name) in Self.areaFields
        where text(iso).isEmpty && !(iso == .partnerISO && text(code) == "0") {
            if text(code).isEmpty || !columns.layout.isLegacy {
                refuse(iso, "is empty", accepted: "an ISO 3166 alpha-3 code such as PAK, or W00 for World"
                       + (columns.layout.isLegacy ? "; for an area without one, its code beside it" : ""))
            } else if area == nil {
                let label = text(name).isEmpty ? "" : " (\(text(name)))"
                area = ComtradeSkip(location: location(iso),
                    reason: "\(columns.label(code)) \(text(code))\(label) has no ISO code: a Comtrade area, not a country; bilat stores countries and World")
            }
        }
        let flow: String
        switch columns.layout.flows {
        case .letters:
            flow = text(.flowCode).comtradeUppercased
            if flow.isEmpty { refuse(.flowCode, "is empty", accepted: "M, X, RM, RX, DX, FM, MIP, XIP, MOP, XOP") }
        case .legacyCodes:
            flow = ComtradeLegacyFlow.code(text(.flowCode), description: text(.flowDesc)) ?? ""
            if flow.isEmpty {
                refuse(.flowCode, "is not a legacy Comtrade flow" + (text(.flowDesc).isEmpty ? "" : " (\(columns.label(.flowDesc)) '\(text(.flowDesc))')"),
                       accepted: ComtradeLegacyFlow.accepted)
            }
        }
        let period = ComtradeValues.period(text(.period), refMonth: text(.refMonth))
        if period == nil {
            refuse(.period, "is not a Comtrade period" + (text(.refMonth) == "52" ? " for an annual row (refMonth 52)" : ""),
                   accepted: "a year (2010) or a month (201005); a month with refMonth 52 is refused")
        } else if let period, !text(.refYear).isEmpty, text(.refYear) != String(period.year) {
            refuse(.period, "is not in the row's \(columns.label(.refYear)) \(text(.refYear))",
                   accepted: "a period in the year the row gives (\(text(.refYear)) or \(text(.refYear))01 to \(text(.refYear))12)")
        }
        let estimationFlag = text(.legacyEstimationFlag)
        if !ComtradeValues.isNull(estimationFlag) && !estimationFlag.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            refuse(.legacyEstimationFlag, "is not an estimation flag", accepted: "a whole number such as 0, 2, 4 or 6; empty when missing")
        }
        let level = Int(text(.aggrLevel))
        if level == nil { refuse(.aggrLevel, "is not an aggregation level", accepted: "a whole number: 0 for TOTAL, 2, 4 or 6 HS digits") }
        let leaf = ComtradeValues.flag(text(.isLeaf))
        if leaf == nil { refuse(.isLeaf, "is not a yes/no flag", accepted: "true, false, 1 or 0") }
        let value = ComtradeValues.amount(text(.primaryValue))
        if case .unreadable = value {
            refuse(.primaryValue, "is not a number", accepted: "a plain number of US$ such as 28421 or 1234.5 (1.5E7 too); empty or null when missing")
        }
        let cif = ComtradeValues.amount(text(.cifvalue)), fob = ComtradeValues.amount(text(.fobvalue))
        if case .unreadable = cif { refuse(.cifvalue, "is not a number", accepted: "a plain number of US$; empty or null when missing") }
        if case .unreadable = fob { refuse(.fobvalue, "is not a number", accepted: "a plain number of US$; empty or null when missing") }
        let reported = ComtradeValues.optionalFlag(text(.isReported)), aggregate = ComtradeValues.optionalFlag(text(.isAggregate))
        if case .unreadable = reported { refuse(.isReported, "is not a yes/no flag", accepted: "true, false, 1, 0 or empty") }
        if case .unreadable = aggregate { refuse(.isAggregate, "is not a yes/no flag", accepted: "true, false, 1, 0 or empty") }
        var estimated: [String] = []
        for (column, measure) in Self.estimateFields {
            switch ComtradeValues.optionalFlag(text(column)) {
            case .value(true): estimated.append(measure)
            case .value(false), .missing: break
            case .unreadable: refuse(column, "is not a yes/no flag", accepted: "true, false, 1, 0 or empty")
            }
        }
        guard problems.isEmpty, let period, let level, let leaf else { return .refused(problems) }
        if let area { return .skipped(area) }
        guard case .value(let amount) = value else {
            return .skipped(ComtradeSkip(location: location(.primaryValue),
                                         reason: "\(columns.label(.primaryValue)) is empty or null: a missing figure, not zero"))
        }
        return .record(ComtradeRecord(
            reporterISO: reporter.comtradeUppercased, partnerISO: partner.comtradeUppercased, partnerCode: text(.partnerCode),
            flowCode: flow, period: period, commodityCode: text(.cmdCode), commodityDescription: text(.cmdDesc),
            aggregateLevel: level, isLeaf: leaf,
            partner2Code: text(.partner2Code), partner2ISO: text(.partner2ISO).comtradeUppercased,
            customsCode: text(.customsCode), transportCode: text(.motCode),
            primaryValue: amount, valuation: ComtradeValues.valuation(amount, cif: cif, fob: fob),
            estimatedMeasures: estimated, legacyEstimationFlag: ComtradeValues.isNull(estimationFlag) ? "" : estimationFlag,
            isReported: reported.flag, isAggregate: aggregate.flag,
            location: SourceLocation(path: path, line: record.line, column: 1), valueLocation: location(.primaryValue)))
    }
}
