import BilatTestSupport
import Foundation
import Testing
@testable import BilatCore

/// The fast decimal paths against the Foundation ones they replace: same text, same values.
@Suite("Decimal text and rounding")
struct DecimalTextTests {
    @Test("the memory layout reads back known values here, so the fast path is the one under test")
    func layoutHolds() {
        #expect(DecimalLayout.holds)
    }

    @Test("plain text equals description",
          arguments: ["0", "-12.5", "12.5", "11700000", "0.0001234", "-0.0001234", "1", "-1", "100000", "26.55",
                      "18446744073709551615", "18446744073709551616", "340282366920938463463374607431768211455",
                      "99999999999999999999999999999999999999", "0.00000000000000000000000000000000000001"])
    func knownValues(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(value.plainText == value.description)
    }

    @Test("plain text equals description for quotients, products and extreme exponents")
    func arithmetic() {
        let values: [Decimal] = [
            Decimal(7) / Decimal(3) * 100, Decimal(-2) / Decimal(3), Decimal(1) / Decimal(7),
            Decimal(sign: .plus, exponent: -128, significand: 1), Decimal(sign: .minus, exponent: 127, significand: 9),
            Decimal(sign: .plus, exponent: 20, significand: Decimal(UInt64.max)), Decimal.nan,
        ]
        for value in values { #expect(value.plainText == value.description, "\(value)") }
    }

    @Test("plain text equals description over 20,000 random values")
    func random() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let mantissa = Decimal(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random))
            var value = Decimal(sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -30...20, using: &random),
                                significand: mantissa)
            // Quotients fill all 38 digits and all eight words of the mantissa.
            if Bool.random(using: &random) { value = value / Decimal(Int.random(in: 1...999_983, using: &random)) }
            #expect(value.plainText == value.description, "\(value)")
            #expect(value.plainText == "\(value)")
        }
    }

    @Test("rounding to places skips only what needs no rounding")
    func roundedPlaces() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let value = Decimal(sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -12...6, using: &random),
                                significand: Decimal(UInt64.random(in: 0...10_000_000_000, using: &random)))
                / Decimal(Int.random(in: 1...9, using: &random))
            let places = Int.random(in: -3...8, using: &random)
            var input = value, expected = Decimal()
            NSDecimalRound(&expected, &input, places, .plain)
            #expect(value.rounded(places: places) == expected, "\(value) to \(places) places")
            #expect(value.rounded(places: places).plainText == expected.description, "\(value) to \(places) places")
        }
    }

    @Test("a double to twelve digits is the number %.12g writes",
          arguments: [0.0, -0.0, 1.0, -1.0, 0.1, 2.0 / 3.0, 123456789012.5, 1e-5, -1.2345678901234e-7, 1e20, 9.999999999999e15,
                      5.55e-300, 1.7976931348623157e308, 123.4565, 0.5e-12])
    func twelveDigits(_ value: Double) {
        #expect(Decimal(value, significantDigits: 12) == Decimal(string: String(format: "%.12g", value), locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test("a double to twelve digits agrees with %.12g over 20,000 random rates")
    func twelveDigitsRandom() {
        var random = SplitMix64(seed: 3)
        let posix = Locale(identifier: "en_US_POSIX")
        for _ in 0..<20_000 {
            let ratio = Double.random(in: 0.001...1000, using: &random)
            let rate = (pow(ratio, 1 / Double(Int.random(in: 2...40, using: &random))) - 1) * 100
            let expected = Decimal(string: String(format: "%.12g", rate), locale: posix)
            #expect(Decimal(rate, significantDigits: 12) == expected, "\(rate)")
            #expect(Decimal(rate, significantDigits: 12)?.plainText == expected?.description, "\(rate)")
        }
    }

    @Test("no decimal for infinities and NaN", arguments: [Double.infinity, -Double.infinity, Double.nan])
    func notFinite(_ value: Double) {
        #expect(Decimal(value, significantDigits: 12) == nil)
    }
}

extension DecimalTextTests {
    @Test("rounded text equals NSDecimalRound's result printed, over 20,000 random values and 38-digit quotients")
    func roundedText() {
        var random = SplitMix64(seed: 11)
        for i in 0..<20_000 {
            var value = Decimal(sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -20...8, using: &random),
                                significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random)))
            if i % 2 == 0 { value = value / Decimal(Int.random(in: 1...999_983, using: &random)) * 100 }
            let places = Int.random(in: -4...10, using: &random)
            var input = value, expected = Decimal()
            NSDecimalRound(&expected, &input, places, .plain)
            #expect(value.plainText(places: places) == expected.description, "\(value) to \(places) places")
        }
    }

    @Test("rounded text at the edges", arguments: [
        ("-0.0000001", 6, "0"), ("-0.0000005", 6, "-0.000001"), ("0.9999999", 6, "1"), ("1.2300001", 6, "1.23"),
        ("12.5", 6, "12.5"), ("1234.5", -2, "1200"), ("-1250", -2, "-1300"), ("0.5", 0, "1"), ("0.49", 0, "0"),
        ("233.333333333333333333333333333333333333", 6, "233.333333"), ("0.00000000000000000000000000000000000001", 6, "0"),
    ])
    func roundedEdges(_ text: String, _ places: Int, _ expected: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(value.plainText(places: places) == expected)
        #expect(value.rounded(places: places).description == expected)
    }
}

extension DecimalTextTests {
    @Test("digits read into a 64-bit mantissa give what Decimal(string:) gives, value and text, over 20,000 random literals")
    func readDigits() throws {
        var random = SplitMix64(seed: 5)
        let posix = Locale(identifier: "en_US_POSIX")
        for _ in 0..<20_000 {
            let integer = String(repeating: "0", count: Int.random(in: 0...2, using: &random))
                + String(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random))
            let fraction = Bool.random(using: &random) ? ""
                : String(repeating: "0", count: Int.random(in: 0...3, using: &random)) + String(Int.random(in: 0...999_999, using: &random))
            let literal = fraction.isEmpty ? integer : integer + "." + fraction
            let expected = try #require(Decimal(string: literal, locale: posix))
            guard let fast = QuantityReader.decimal(integer: integer, fraction: fraction) else {
                // Only digits beyond 64 bits are left to Decimal(string:).
                #expect((integer + fraction).drop { $0 == "0" }.count >= 19, "\(literal)")
                continue
            }
            #expect(fast == expected, "\(literal)")
            #expect(fast.plainText == expected.description, "\(literal)")
        }
    }
}

extension DecimalTextTests {
    @Test("a literal scaled by moving its exponent equals the literal times the power of ten, value and text")
    func scaledByExponent() throws {
        var random = SplitMix64(seed: 11)
        let posix = Locale(identifier: "en_US_POSIX")
        var cases = ["0", "0.0", "5", "11.7", "11.70", "0.001", "2,5"].compactMap { Decimal(string: $0, locale: posix) }
        for _ in 0..<20_000 {
            let integer = String(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random))
            let fraction = Bool.random(using: &random) ? "" : String(Int.random(in: 0...999_999, using: &random))
            cases.append(try #require(Decimal(string: fraction.isEmpty ? integer : integer + "." + fraction, locale: posix)))
        }
        for value in cases {
            for power in [2, 3, 5, 6, 7, 9, 12] {
                let multiplied = value * Decimal.powerOfTen(power)
                let scaled = QuantityReader.scaled(value, by: power)
                #expect(scaled == multiplied, "\(value) × 10^\(power)")
                #expect(scaled.plainText == multiplied.plainText, "\(value) × 10^\(power)")
                #expect(scaled.description == multiplied.description, "\(value) × 10^\(power)")
            }
        }
    }
}
