import Foundation

/// The cell forms of IMF downloads: periods, amounts, units.
enum ImfValues {
    /// `2018`; quarters `2018Q1`, `2018-Q1`; months `2018M5`, `2018M05`, `2018-M05`, `2018-05`.
    static func period(_ text: String) -> ImfObservation.Period? {
        let text = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.utf8.count >= 4, let year = digits(text.prefix(4)) else { return nil }
        var rest = text.dropFirst(4)
        if rest.isEmpty { return .year(year) }
        let dashed = rest.hasPrefix("-")
        if dashed { rest = rest.dropFirst() }
        if rest.hasPrefix("Q"), let q = digits(rest.dropFirst()), rest.count == 2, (1...4).contains(q) {
            return .quarter(year: year, quarter: q)
        }
        if rest.hasPrefix("M"), let m = digits(rest.dropFirst()), (2...3).contains(rest.count), (1...12).contains(m) {
            return .month(year: year, month: m)
        }
        if dashed, rest.count == 2, let m = digits(rest), (1...12).contains(m) { return .month(year: year, month: m) }
        return nil
    }

    static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    static let acceptedPeriod = "a year (2018), a quarter (2018Q1, 2018-Q1) or a month (2018M5, 2018M05, 2018-M05, 2018-05)"

    /// An amount: empty, `null`, `NaN`, `n/a`, `..` or `-` are missing (never zero); otherwise an exact plain number.
    static func amount(_ text: String) -> ComtradeValues.Cell<Decimal> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if ["", "null", "nan", "n/a", "na", "..", "...", "-"].contains(trimmed.lowercased()) { return .missing }
        return ComtradeValues.amount(trimmed)
    }

    static let acceptedAmount = "a plain number such as 1234.5 or 1.5E7 (no thousands separators), "
        + "not negative; empty, null, NaN or .. when missing"

    /// An SDMX unit multiplier (`SCALE`, `UNIT_MULT`): the power of ten of the unit; bilat reads units,
    /// thousands, millions and billions of US$. An empty cell is units.
    static func scale(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return 0 }
        guard let n = digits(Substring(trimmed)), [0, 3, 6, 9].contains(n) else { return nil }
        return n
    }

    static let acceptedScale = "0 or empty (US$), 3 (thousands), 6 (millions) or 9 (billions)"

    /// "US$", "US$ thousands", "US$ millions", "US$ billions".
    static func unitName(scale: Int) -> String {
        switch scale {
        case 3: return "US$ thousands"
        case 6: return "US$ millions"
        case 9: return "US$ billions"
        default: return "US$"
        }
    }
}
