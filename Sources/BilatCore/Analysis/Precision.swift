import Foundation

/// How many digits of a reported number carry information, and rounding to them for display.
///
/// "$7.34 million" has three significant digits, "26.55%" four; a value derived from both is shown
/// with three. Trailing zeros of a whole number ("$2 million") are not counted as significant.
extension Decimal {
    public var significantDigits: Int {
        let digits = magnitude.plainText.filter(\.isNumber)
        let trimmed = digits.drop { $0 == "0" }.reversed().drop { $0 == "0" }
        return Swift.max(1, trimmed.count)
    }

    /// The power of ten of the leading digit: 2 for 345, −2 for 0.012; nil for zero and NaN, which have none.
    ///
    /// Counted from the digits, so 38 nines give 37 (through a double they round up to 10^38), and never
    /// through `Int(floor(log10(…)))`, which traps on zero's −inf.
    public var leadingPower: Int? {
        guard self != 0, !isNaN else { return nil }
        guard DecimalLayout.holds, let parts = DecimalLayout.parts(self), parts.mantissa != 0 else {
            return Int(exactly: floor(log10(magnitude.double)))
        }
        var digits = 0, m = parts.mantissa
        while m > 0 { m /= 10; digits += 1 }
        return digits - 1 + parts.exponent
    }

    /// The value rounded half away from zero to `count` significant digits.
    public func rounded(significant count: Int) -> Decimal {
        guard let exponent = leadingPower else { return self }
        return rounded(places: Swift.max(0, count - 1 - exponent), scaleFrom: count - 1 - exponent)
    }

    /// Rounded to `places` decimal places (negative places round to tens, hundreds, …).
    public func rounded(places: Int) -> Decimal { rounded(places: places, scaleFrom: places) }

    /// Cut off after `places` decimal places (negative places cut to tens, hundreds, …), toward zero.
    public func truncated(places: Int) -> Decimal {
        guard !isNaN else { return self }
        if self < 0 { return -(-self).truncated(places: places) }
        var input = self, result = Decimal()
        NSDecimalRound(&result, &input, places, .down)
        return result
    }

    private func rounded(places: Int, scaleFrom scale: Int) -> Decimal {
        // Already that coarse (most reported figures): nothing to round, and NSDecimalRound is not free.
        if places == scale && exponent >= -places && !isNaN { return self }
        var input = self, result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    var double: Double { Double(truncating: self as NSDecimalNumber) }
}

/// Writes numbers for people: "5.80 million", "12.4", "1.6 billion", keeping the significant digits.
public enum HumanNumber {
    /// `value` to `significant` digits, with trailing zeros kept ("5.80") and a scale word for large values.
    public static func format(_ value: Decimal, significant: Int) -> String {
        if let text = HumanNumberDigits.format(value, significant: significant) { return text }
        return decimalFormat(value, significant: significant)
    }

    /// `format` through Decimal's own rounding and division: the definition `HumanNumberDigits` keeps to.
    static func decimalFormat(_ value: Decimal, significant: Int) -> String {
        let rounded = value.rounded(significant: significant)
        let magnitude = rounded.magnitude
        let (divisor, word): (Decimal, String) =
            magnitude >= Decimal.powerOfTen(9) ? (Decimal.powerOfTen(9), " billion")
            : magnitude >= Decimal.powerOfTen(6) ? (Decimal.powerOfTen(6), " million") : (1, "")
        let scaled = rounded / divisor
        return decimalFixed(scaled, significant: significant) + word
    }

    /// Plain digits with exactly enough decimals to show `significant` digits ("5.80", "12.4", "1640000").
    public static func fixed(_ value: Decimal, significant: Int) -> String {
        if let text = HumanNumberDigits.fixed(value, significant: significant) { return text }
        return decimalFixed(value, significant: significant)
    }

    /// `fixed` through Decimal's own rounding: the definition `HumanNumberDigits` keeps to.
    static func decimalFixed(_ value: Decimal, significant: Int) -> String {
        // The exponent after rounding: 9.996 to three digits is 10.0, not 10.00. Zero and NaN have none.
        guard let exponent = value.rounded(significant: significant).leadingPower else { return value.isNaN ? "NaN" : "0" }
        let places = Swift.max(0, significant - 1 - exponent)
        let rounded = value.rounded(places: places)
        var text = rounded.plainText
        if places > 0 {
            if !text.contains(".") { text += "." }
            let have = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
            text += String(repeating: "0", count: Swift.max(0, places - have))
        }
        return text
    }
}
