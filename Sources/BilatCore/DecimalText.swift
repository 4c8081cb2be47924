import Foundation

extension Decimal {
    /// The same text as `description` ("-12.5", "11700000", "233.333333333333333333333333333333333333"),
    /// written from the value's digits in one pass.
    ///
    /// Foundation's `description` divides the whole 128-bit mantissa by ten for every digit, in arrays it
    /// allocates each time; it was a fifth of the time a million-figure CSV export took. Decimal's fields are
    /// internal outside Apple's platforms, so the digits are read from its memory layout (exponent byte,
    /// flags byte, eight 16-bit words). `DecimalLayout.holds` checks that layout on known values once, and if
    /// a Foundation ever stores Decimal differently this falls back to `description`.
    public var plainText: String {
        guard DecimalLayout.holds, let parts = DecimalLayout.parts(self) else { return description }
        return DecimalLayout.text(parts)
    }

    /// The same text as `rounded(places:).plainText`, rounding half away from zero on the digits themselves
    /// instead of through NSDecimalRound (a growth export rounds a million 38-digit percentages).
    public func plainText(places: Int) -> String {
        guard DecimalLayout.holds, let parts = DecimalLayout.parts(self) else { return rounded(places: places).description }
        guard parts.exponent < -places else { return DecimalLayout.text(parts) }
        return DecimalLayout.text(DecimalLayout.rounded(parts, places: places))
    }
}

/// Reads a Decimal's sign, mantissa and exponent from its bytes.
enum DecimalLayout {
    struct Parts: Equatable {
        var negative: Bool
        var mantissa: UInt128
        var exponent: Int
    }

    /// Nil for NaN (length zero with the sign bit set).
    static func parts(_ value: Decimal) -> Parts? {
        withUnsafeBytes(of: value) { bytes -> Parts? in
            guard bytes.count == 20 else { return nil }
            let flags = bytes[1]
            let length = Int(flags >> 4), negative = flags & 0b1000 != 0
            if length == 0 { return negative ? nil : Parts(negative: false, mantissa: 0, exponent: 0) }
            guard length <= 8 else { return nil }
            var mantissa: UInt128 = 0
            for word in (0..<length).reversed() {
                mantissa = mantissa << 16 | UInt128(UInt16(bytes[4 + 2 * word]) | UInt16(bytes[5 + 2 * word]) << 8)
            }
            return Parts(negative: negative, mantissa: mantissa, exponent: Int(Int8(bitPattern: bytes[0])))
        }
    }

    /// True when the bytes of known values read back as those values: checked once per process.
    static let holds: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let samples: [(Decimal, Parts?)] = [
            (Decimal(sign: .minus, exponent: -1, significand: 125), Parts(negative: true, mantissa: 125, exponent: -1)),
            (Decimal(sign: .plus, exponent: 3, significand: 65_537), Parts(negative: false, mantissa: 65_537, exponent: 3)),
            (Decimal(sign: .plus, exponent: -2, significand: Decimal(UInt64.max)),
             Parts(negative: false, mantissa: UInt128(UInt64.max), exponent: -2)),
            (0, Parts(negative: false, mantissa: 0, exponent: 0)),
            (Decimal.nan, nil),
        ]
        return samples.allSatisfy { parts($0.0) == $0.1 }
    }()

    /// Half away from zero to `places` decimal places (fewer digits than the value has), with trailing
    /// fractional zeros dropped and no sign on zero, as NSDecimalRound leaves it.
    static func rounded(_ p: Parts, places: Int) -> Parts {
        let drop = -places - p.exponent
        // A mantissa is below 2^128 < 5 × 10^38: dropping 39 digits or more leaves less than half a unit.
        guard drop <= 38 else { return Parts(negative: false, mantissa: 0, exponent: 0) }
        var unit: UInt128 = 1
        for _ in 0..<drop { unit *= 10 }
        var (q, r) = p.mantissa.quotientAndRemainder(dividingBy: unit)
        if r >= unit - r { q += 1 }
        guard q > 0 else { return Parts(negative: false, mantissa: 0, exponent: 0) }
        var exponent = -places
        while exponent < 0 && q % 10 == 0 { q /= 10; exponent += 1 }
        return Parts(negative: p.negative, mantissa: q, exponent: exponent)
    }

    /// Digits, a point where the exponent puts it, and zeros to fill: the way `description` writes a Decimal.
    static func text(_ p: Parts) -> String {
        if p.mantissa == 0 { return "0" }
        var digits: [UInt8] = []
        digits.reserveCapacity(40)
        var m = p.mantissa
        // Whole 19-digit chunks in 128-bit arithmetic, the rest in 64-bit, where dividing by ten is a multiply.
        while m > UInt128(UInt64.max) {
            let (q, r) = m.quotientAndRemainder(dividingBy: 10_000_000_000_000_000_000)
            var low = UInt64(r)
            for _ in 0..<19 { digits.append(UInt8(low % 10) + 0x30); low /= 10 }
            m = q
        }
        var rest = UInt64(m)
        while rest > 0 { digits.append(UInt8(rest % 10) + 0x30); rest /= 10 }
        digits.reverse()

        var out: [UInt8] = []
        out.reserveCapacity(digits.count + max(p.exponent, 0) + max(-p.exponent, 0) + 3)
        if p.negative { out.append(0x2D) }
        if p.exponent >= 0 {
            out += digits
            out += repeatElement(0x30, count: p.exponent)
        } else {
            let fraction = -p.exponent
            if digits.count > fraction {
                out += digits[..<(digits.count - fraction)]
                out.append(0x2E)
                out += digits[(digits.count - fraction)...]
            } else {
                out += [0x30, 0x2E]
                out += repeatElement(0x30, count: fraction - digits.count)
                out += digits
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
