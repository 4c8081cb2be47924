import BilatCore
import Foundation

/// Reads a SIPRI trade register (classic 16-column or 2026 17-column) into deals; pure, the caller reads the file.
/// The 2026 register has one row per deal and delivery year: the rows of one deal id become one deal.
public enum SipriRegisterReader {
    /// Cells of one data row, with the problems found reading them.
    struct Cells {
        let line: SipriLine
        let path: String
        var problems: [Diagnostic] = []

        func text(_ i: Int) -> String { line.text(i) }
        func at(_ i: Int) -> SourceLocation { line.location(i, path: path) }

        mutating func refuse(_ i: Int, _ what: String, accepted: String) {
            problems.append(.error("\(what) '\(text(i))' cannot be read", at: at(i), accepted: accepted))
        }

        mutating func year(_ i: Int, _ what: String, optional: Bool) -> Int? {
            if text(i).isEmpty {
                if !optional { problems.append(.error("\(what) is empty", at: at(i), accepted: "a year such as 2018")) }
                return nil
            }
            guard let y = SipriValues.year(text(i)) else { refuse(i, what, accepted: "a year such as 2018"); return nil }
            return y
        }

        mutating func number(_ i: Int, _ what: String) -> Decimal? {
            if text(i).isEmpty { return nil }
            guard let n = SipriValues.number(text(i)) else { refuse(i, what, accepted: "a whole number of weapons such as 12, or empty"); return nil }
            return n
        }

        mutating func tiv(_ i: Int, _ what: String) -> SipriTIV? {
            switch SipriValues.tiv(text(i)) {
            case .blank: return nil
            case .value(let value): return value
            case .unreadable: refuse(i, what, accepted: "TIV millions such as 4.5 or 0 (under 0.5 million), or empty for none"); return nil
            }
        }

        /// A classic blank-header column: `?` marks the field before it uncertain.
        mutating func uncertain(_ i: Int, after what: String) -> Bool {
            switch text(i) {
            case "?": return true
            case "": return false
            default: refuse(i, "the column after \(what)", accepted: "? (uncertain) or empty"); return false
            }
        }

        mutating func flag(_ i: Int, _ what: String) -> Bool {
            guard let f = SipriValues.flag(text(i)) else { refuse(i, what, accepted: "Yes, No or empty"); return false }
            return f
        }

        mutating func party(_ i: Int, _ what: String, skip: inout String?) -> SipriParty? {
            switch SipriNames.party(text(i), column: what, at: at(i)) {
            case .party(let p): return p
            case .nonState(let reason): if skip == nil { skip = reason }; return nil
            case .refused(let d): problems.append(d); return nil
            }
        }
    }

    public static func read(_ bytes: [UInt8], path: String) -> SipriReading {
        let lines = SipriText.lines(SipriText.decode(bytes))
        switch SipriLayout.detect(lines, path: path) {
        case .failure(let refusal):
            return SipriReading(layout: nil, diagnostics: [refusal])
        case .success(let found):
            let rows = lines[(found.header + 1)...].filter { !$0.cells.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
            var reading: SipriReading
            switch found.layout {
            case .classicRegister: reading = classic(Array(rows), path: path)
            case .register2026: reading = register2026(Array(rows), path: path)
            case .tivTable: reading = SipriTIVReader.read(lines, header: found.header, path: path)
            }
            reading.generated = lines[..<found.header].lazy.compactMap { SipriValues.generated($0.raw) }.first
            return reading
        }
    }

    static func wrongWidth(_ line: SipriLine, expected: Int, path: String) -> Diagnostic {
        .error("this row has \(line.cells.count) cells but the header has \(expected)",
               at: SourceLocation(path: path, line: line.number, column: 1),
               accepted: "\(expected) cells separated by commas (SIPRI writes commas inside comments as ;)")
    }

    /// Rows with a line break inside a comment (the classic register has a few) joined back into one.
    static func rejoined(_ rows: [SipriLine], width: Int) -> [SipriLine] {
        var out: [SipriLine] = []
        var index = 0
        while index < rows.count {
            if index + 1 < rows.count, let joined = rows[index].joined(with: rows[index + 1], width: width) {
                out.append(joined)
                index += 2
            } else {
                out.append(rows[index])
                index += 1
            }
        }
        return out
    }

    static func classic(_ rows: [SipriLine], path: String) -> SipriReading {
        var reading = SipriReading(layout: .classicRegister)
        let width = SipriLayout.classicHeader.count
        for line in rejoined(rows, width: width) {
            guard line.cells.count == width else { reading.diagnostics.append(wrongWidth(line, expected: width, path: path)); continue }
            var c = Cells(line: line, path: path)
            var nonState: String?
            let recipient = c.party(0, "Recipient", skip: &nonState)
            let supplier = c.party(1, "Supplier", skip: &nonState)
            let orderYear = c.year(2, "Year of order", optional: true)
            let orderYearEstimated = c.uncertain(3, after: "Year of order")
            let ordered = c.number(4, "Number ordered")
            let orderedEstimated = c.uncertain(5, after: "Number ordered")
            let delivered = c.number(8, "Number delivered") ?? 0
            let deliveredEstimated = c.uncertain(9, after: "Number delivered")
            var years: [Int] = []
            for part in c.text(10).split(separator: ";") {
                let text = part.trimmingCharacters(in: .whitespaces)
                guard let y = SipriValues.year(text) else {
                    c.problems.append(.error("Year(s) of delivery '\(c.text(10))' has '\(text)', not a year", at: c.at(10),
                                             accepted: "years separated by '; ' such as 2018; 2019, or empty"))
                    continue
                }
                years.append(y)
            }
            let tivPerUnit = c.tiv(13, "SIPRI TIV per unit")
            _ = c.tiv(14, "SIPRI TIV for total order")
            let tivDelivered = c.tiv(15, "SIPRI TIV of delivered weapons")
            if !c.problems.isEmpty { reading.diagnostics += c.problems; continue }
            guard let supplier, let recipient else {
                reading.skipped.append(SipriSkip(location: c.at(0), reason: nonState ?? "no parties"))
                continue
            }
            var deliveries: [SipriDelivery] = []
            if delivered > 0 && !years.isEmpty {
                deliveries.append(SipriDelivery(years: years, number: delivered, numberEstimated: deliveredEstimated,
                                                yearEstimated: false, tiv: tivDelivered, location: c.at(8)))
            }
            reading.deals.append(SipriDeal(
                dealID: nil, supplier: supplier, recipient: recipient, designation: c.text(6), description: c.text(7),
                orderYear: orderYear, orderYearEstimated: orderYearEstimated, ordered: ordered, orderedEstimated: orderedEstimated,
                deliveries: deliveries, status: c.text(11), comments: c.text(12), tivPerUnit: tivPerUnit,
                location: SourceLocation(path: path, line: line.number, column: 1), commentsLocation: c.at(12)))
        }
        return reading
    }

    static func register2026(_ rows: [SipriLine], path: String) -> SipriReading {
        var reading = SipriReading(layout: .register2026)
        let width = SipriLayout.header2026.count
        var order: [String] = []
        var deals: [String: SipriDeal] = [:]
        for line in rows {
            guard line.cells.count == width else { reading.diagnostics.append(wrongWidth(line, expected: width, path: path)); continue }
            var c = Cells(line: line, path: path)
            let id = c.text(0)
            if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                c.refuse(0, "SIPRI AT Database ID", accepted: "the deal's id, letters and digits such as 58240")
            }
            var nonState: String?
            let supplier = c.party(1, "Supplier", skip: &nonState)
            let recipient = c.party(2, "Recipient", skip: &nonState)
            let orderYear = c.year(6, "Order date", optional: true)
            let orderYearEstimated = c.flag(7, "Order date is estimate")
            let number = c.number(8, "Numbers delivered")
            let numberEstimated = c.flag(9, "Numbers delivered is estimate")
            let year = c.year(10, "Delivery year", optional: true)
            let yearEstimated = c.flag(11, "Delivery year is estimate")
            let dealUnit = c.tiv(14, "TIV deal unit")
            let tiv = c.tiv(15, "TIV delivery values")
            if !c.problems.isEmpty { reading.diagnostics += c.problems; continue }
            guard let supplier, let recipient else {
                reading.skipped.append(SipriSkip(location: c.at(0), reason: nonState ?? "no parties"))
                continue
            }
            var deal = deals[id] ?? SipriDeal(
                dealID: id, supplier: supplier, recipient: recipient, designation: c.text(3), description: c.text(4),
                orderYear: orderYear, orderYearEstimated: orderYearEstimated, ordered: nil, orderedEstimated: false,
                deliveries: [], status: c.text(12), comments: "", tivPerUnit: dealUnit,
                location: SourceLocation(path: path, line: line.number, column: 1), commentsLocation: c.at(0))
            if deals[id] == nil { order.append(id) }
            if let year, let number, number > 0 {
                deal.deliveries.append(SipriDelivery(years: [year], number: number, numberEstimated: numberEstimated,
                                                     yearEstimated: yearEstimated, tiv: tiv, location: c.at(8)))
            }
            deals[id] = deal
        }
        reading.deals = order.compactMap { deals[$0] }
        return reading
    }
}
