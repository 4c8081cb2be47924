import Foundation

/// `HumanNumber`'s texts worked out on a value's digits (`DecimalLayout.Parts`) instead of through Decimal's
/// rounding and division: `bilat growth` formats two or three numbers a row, a million rows over, and
/// `NSDecimalRound` and dividing by a million (arrays allocated inside for every digit) were a third of its time.
///
/// Every text is the one `HumanNumber`'s Decimal arithmetic gives: rounding to significant digits is exact on
/// the digits, a scale word divides by a power of ten (an exact shift of the exponent), and `fixed` pads to a
/// number of places fixed by the value alone, so how a Decimal happens to store its value never shows.
/// Nil where that is not certain (NaN, a layout not read, 39-digit values), and the caller takes the Decimal way.
enum HumanNumberDigits {
    /// `HumanNumber.format`'s text, or nil.
    static func format(_ value: Decimal, significant: Int) -> String? {
        guard let p = rounded(value, significant: significant) else { return nil }
        guard p.mantissa != 0 else { return fixed(p, significant: significant) }
        let power = leadingPower(p)
        let (shift, word) = power >= 9 ? (9, " billion") : power >= 6 ? (6, " million") : (0, "")
        var scaled = p
        scaled.exponent -= shift
        // Decimal divides (even by one) on a mantissa widened to 38 digits: where that would take the exponent
        // below −128 its quotient is NaN, and "NaN" is the text. Left to Decimal, with a margin.
        guard scaled.exponent - 40 >= -128 else { return nil }
        return fixed(scaled, significant: significant).map { $0 + word }
    }

    /// `HumanNumber.fixed`'s text, or nil.
    static func fixed(_ value: Decimal, significant: Int) -> String? {
        guard significant >= 1, DecimalLayout.holds, let p = DecimalLayout.parts(value), p.mantissa < limit else { return nil }
        return fixed(p, significant: significant)
    }

    /// Values below 10^38: their rounding and shifting never needs a 39th digit, which Decimal would cut.
    static let limit: UInt128 = {
        var ten38: UInt128 = 1
        for _ in 0..<38 { ten38 *= 10 }
        return ten38
    }()

    static func fixed(_ p: DecimalLayout.Parts, significant: Int) -> String? {
        guard significant >= 1, p.mantissa < limit else { return nil }
        guard p.mantissa != 0 else { return "0" }
        guard let r = rounded(p, significant: significant) else { return nil }
        // Enough places to show `significant` digits of the rounded value (9.996 to three digits is 10.0).
        let places = max(0, significant - 1 - leadingPower(r))
        let digits = p.exponent >= -places ? p : DecimalLayout.rounded(p, places: places)
        var text = Array(DecimalLayout.text(digits).utf8)
        if places > 0 {
            let point = text.lastIndex(of: 0x2E)
            if point == nil { text.append(0x2E) }
            let have = point.map { text.count - $0 - 1 } ?? 0
            if places > have { text += repeatElement(0x30, count: places - have) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func rounded(_ value: Decimal, significant: Int) -> DecimalLayout.Parts? {
        guard significant >= 1, DecimalLayout.holds, let p = DecimalLayout.parts(value), p.mantissa < limit else { return nil }
        return p.mantissa == 0 ? p : rounded(p, significant: significant)
    }

    /// Half away from zero to `significant` digits, as `Decimal.rounded(significant:)`; nil past 38 digits.
    static func rounded(_ p: DecimalLayout.Parts, significant: Int) -> DecimalLayout.Parts? {
        let drop = digitCount(p.mantissa) - significant
        guard drop > 0 else { return p }
        var unit: UInt128 = 1
        for _ in 0..<drop { unit *= 10 }
        var (q, r) = p.mantissa.quotientAndRemainder(dividingBy: unit)
        if r >= unit - r { q += 1 }
        // Past Decimal's largest exponent its rounding would overflow: that is left to it.
        guard q < limit, p.exponent + drop <= 127 else { return nil }
        return DecimalLayout.Parts(negative: p.negative, mantissa: q, exponent: p.exponent + drop)
    }

    /// The power of ten of the leading digit (the mantissa is not zero).
    static func leadingPower(_ p: DecimalLayout.Parts) -> Int { digitCount(p.mantissa) - 1 + p.exponent }

    static func digitCount(_ m: UInt128) -> Int {
        var digits = 1, m = m
        while m >= 10 { m /= 10; digits += 1 }
        return digits
    }
}
