import Foundation

extension Decimal {
    /// `value` correctly rounded to `digits` significant digits, as C's `%.*g` writes it, or nil when it is not finite.
    ///
    /// The digits come from the C library's formatter into a stack buffer and are read straight into a mantissa
    /// and exponent: the same number `Decimal(string: String(format: "%.12g", value))` gives, without Foundation's
    /// string formatting and parsing, which were a fifth of the time growth takes over a million figures.
    public init?(_ value: Double, significantDigits digits: Int) {
        guard value.isFinite, (1...17).contains(digits) else { return nil }
        var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let parsed: (negative: Bool, significand: UInt64, exponent: Int)? = withUnsafeMutableBytes(of: &buffer) { raw in
            let bytes = raw.bindMemory(to: CChar.self)
            let count = withVaList([Int32(digits), value]) { vsnprintf(bytes.baseAddress, bytes.count, "%.*g", $0) }
            guard count > 0, Int(count) < bytes.count else { return nil }
            var negative = false, significand: UInt64 = 0, exponent = 0, afterPoint = false
            var i = 0
            if bytes[0] == 0x2D { negative = true; i = 1 }
            while i < Int(count) {
                let c = UInt8(bitPattern: bytes[i])
                if c >= 0x30 && c <= 0x39 {
                    significand = significand * 10 + UInt64(c - 0x30)
                    if afterPoint { exponent -= 1 }
                } else if c == 0x2E {
                    afterPoint = true
                } else if c == 0x65 {  // e±dd
                    var j = i + 1, sign = 1, power = 0
                    if bytes[j] == 0x2D { sign = -1; j += 1 } else if bytes[j] == 0x2B { j += 1 }
                    while j < Int(count) { power = power * 10 + Int(UInt8(bitPattern: bytes[j]) - 0x30); j += 1 }
                    exponent += sign * power
                    break
                } else {
                    return nil
                }
                i += 1
            }
            return (negative, significand, exponent)
        }
        // Decimal's exponent is one signed byte; Decimal(string:) refuses what lies beyond it, and so does this.
        guard let parsed, (-128...127).contains(parsed.exponent) else { return nil }
        self.init(sign: parsed.negative ? .minus : .plus, exponent: parsed.exponent, significand: Decimal(parsed.significand))
    }
}
