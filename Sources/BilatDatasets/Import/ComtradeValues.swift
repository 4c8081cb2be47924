import Foundation

/// The cell forms of Comtrade downloads: numbers, flags, periods.
enum ComtradeValues {
    enum Cell<Value> {
        case value(Value), missing, unreadable

        var flag: Value? { if case .value(let v) = self { return v } else { return nil } }
    }

    static func isNull(_ text: String) -> Bool { text.isEmpty || text.lowercased() == "null" }

    /// An exact amount read from the digits themselves (never through Double): `-12`, `28421.0`, `1.5E7`.
    static func amount(_ text: String) -> Cell<Decimal> {
        if isNull(text) { return .missing }
        guard isPlainNumber(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return .unreadable
        }
        return .value(value)
    }

    /// Digits with an optional sign, fraction and exponent; nothing before or after (Decimal(string:) stops at junk).
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).utf8[...]
        func digits() -> Int {
            let count = scalars.prefix { (0x30...0x39).contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == UInt8(ascii: "-") || scalars.first == UInt8(ascii: "+") { scalars = scalars.dropFirst() }
        var mantissa = digits()
        if scalars.first == UInt8(ascii: ".") { scalars = scalars.dropFirst(); mantissa += digits() }
        guard mantissa > 0 else { return false }
        if scalars.first == UInt8(ascii: "e") || scalars.first == UInt8(ascii: "E") {
            scalars = scalars.dropFirst()
            if scalars.first == UInt8(ascii: "-") || scalars.first == UInt8(ascii: "+") { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: return nil
        }
    }

    static func optionalFlag(_ text: String) -> Cell<Bool> {
        if isNull(text) { return .missing }
        return flag(text).map { .value($0) } ?? .unreadable
    }

    /// `period` "2010" or "201005"; refMonth 52 (annual) with a monthly period is a contradiction, so nil.
    static func period(_ text: String, refMonth: String) -> ComtradeRecord.Period? {
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        switch text.utf8.count {
        case 4:
            guard let year = Int(text), refMonth.isEmpty || refMonth == "52" else { return nil }
            return .year(year)
        case 6:
            guard let year = Int(text.prefix(4)), let month = Int(text.suffix(2)), (1...12).contains(month),
                  refMonth.isEmpty || Int(refMonth) == month else { return nil }
            return .month(year: year, month: month)
        default:
            return nil
        }
    }

    /// CIF when primaryValue is the CIF cell (Comtrade prefers it), FOB when it is the FOB cell.
    static func valuation(_ primary: Decimal, cif: Cell<Decimal>, fob: Cell<Decimal>) -> ComtradeRecord.Valuation {
        if case .value(let c) = cif, c == primary { return .cif }
        if case .value(let f) = fob, f == primary { return .fob }
        return .unknown
    }
}
