import Foundation

/// The cell forms of Comtrade downloads: numbers, flags, periods.
enum ComtradeValues {
    enum Cell<Value> {
        case value(Value), missing, unreadable

        var flag: Value? { if case .value(let v) = self { return v } else { return nil } }
    }

    /// Empty, or `null` in any case; only a four-byte cell is case-folded (every value cell is asked).
    static func isNull(_ text: String) -> Bool { text.isEmpty || (text.utf8.count == 4 && text.comtradeLowercased == "null") }

    /// An exact amount read from the digits themselves (never through Double): `-12`, `28421.0`, `1.5E7`.
    static func amount(_ text: String) -> Cell<Decimal> {
        if isNull(text) { return .missing }
        if let value = unsignedDecimal(text) { return .value(value) }
        guard isPlainNumber(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return .unreadable
        }
        return .value(value)
    }

    /// Digits with at most one point and at most 18 of them, read straight into a Decimal: nearly every Comtrade
    /// value is so, and Foundation's general parser was a tenth of an import. Nil for anything else (a sign, an
    /// exponent, zero, more digits), which `Decimal(string:)` reads. Trailing zeros after the point are dropped,
    /// as that parser drops them, so both give the same value and the same text.
    static func unsignedDecimal(_ text: String) -> Decimal? {
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, point = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                if point { return nil }
                point = true
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            if mantissa == 0 && byte == 0x30 && !point { continue }
            digits += 1
            guard digits <= 18 else { return nil }
            mantissa = mantissa * 10 + UInt64(byte - 0x30)
            if point { fraction += 1 }
        }
        guard mantissa > 0 else { return nil }
        while fraction > 0 && mantissa % 10 == 0 { mantissa /= 10; fraction -= 1 }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa))
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
        // The spellings Comtrade writes, before any case folding.
        switch text {
        case "true", "1": return true
        case "false", "0": return false
        default: break
        }
        switch text.comtradeLowercased {
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
