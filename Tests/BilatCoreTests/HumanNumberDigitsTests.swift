@testable import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// `HumanNumber` formats on a value's digits (`HumanNumberDigits`); every text must be the one Decimal's own
/// rounding and division give (`decimalFormat`, `decimalFixed`), for any value and number of digits.
@Suite struct HumanNumberDigitsTests {
    /// Carries into a new digit and across the million and billion words, halves, zeros, extremes.
    static let edges: [String] = [
        "0", "1", "-1", "9.995", "9.9949", "-9.995", "999999.5", "999999.4", "999500", "999499", "999999999.5", "999999999.4",
        "1000000", "1000000000", "12.5", "0.00045", "-0.00045", "0.5", "0.05", "5.80", "1640000", "7340000", "-22.46",
        "11700000", "233.333333333333333333333333333333333333", "99999999999999999999999999999999999999",
        "-99999999999999999999999999999999999999", "0.00000000000000000000000000000000000001", "123456789012345678901234567890",
    ]

    @Test(arguments: edges)
    func edgeValuesAsDecimalGivesThem(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        for significant in [1, 2, 3, 4, 6, 12, 20, 38, 39, 40] {
            #expect(HumanNumber.format(value, significant: significant) == HumanNumber.decimalFormat(value, significant: significant), "\(text) to \(significant)")
            #expect(HumanNumber.fixed(value, significant: significant) == HumanNumber.decimalFixed(value, significant: significant), "\(text) to \(significant)")
        }
    }

    /// Random mantissas of 1 to 38 digits at exponents across Decimal's range, both signs, many digit counts.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomValuesAsDecimalGivesThem(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var fast = 0
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...38, using: &rng)
            var mantissa = String(Int.random(in: 1...9, using: &rng))
            for _ in 1..<digits { mantissa += String(Int.random(in: 0...9, using: &rng)) }
            // Mostly the sizes figures and percentages have, sometimes the extremes.
            let exponent = Bool.random(using: &rng) ? Int.random(in: -12...9, using: &rng) : Int.random(in: -128...(127 - digits), using: &rng)
            guard let significand = Decimal(string: mantissa) else { continue }
            let value = Decimal(sign: Bool.random(using: &rng) ? .minus : .plus, exponent: exponent, significand: significand)
            let significant = Int.random(in: 1...(Bool.random(using: &rng) ? 6 : 40), using: &rng)
            #expect(HumanNumber.format(value, significant: significant) == HumanNumber.decimalFormat(value, significant: significant),
                    "\(mantissa)e\(exponent) to \(significant)")
            #expect(HumanNumber.fixed(value, significant: significant) == HumanNumber.decimalFixed(value, significant: significant),
                    "\(mantissa)e\(exponent) to \(significant)")
            if HumanNumberDigits.format(value, significant: significant) != nil { fast += 1 }
        }
        // Most values take the digits' way; values past 10^±88 (half the extremes drawn here) may not.
        #expect(fast > 12_000)
    }

    @Test func nanIsLeftToDecimal() {
        #expect(HumanNumberDigits.format(.nan, significant: 3) == nil)
        #expect(HumanNumber.fixed(.nan, significant: 3) == "NaN")
        // Decimal's division underflows on a tiny value: the text stays what it was.
        let tiny = Decimal(sign: .plus, exponent: -128, significand: 9)
        #expect(HumanNumber.format(tiny, significant: 36) == HumanNumber.decimalFormat(tiny, significant: 36))
    }
}
