import Foundation
import Testing
import BilatCore

/// One expected reading: every field of the resulting ``Quantity`` is checked.
struct QuantityCase: Sendable, CustomTestStringConvertible {
    let input: String
    let value: String
    let kind: UnitKind
    let currency: Currency?
    let noun: String?
    let scale: Int
    let qualifier: Qualifier
    let isChange: Bool
    let isEstimated: Bool

    var testDescription: String { "\"\(input)\" → \(value) \(kind.rawValue)" }

    /// An amount of money.
    static func money(_ input: String, _ value: String, _ currency: Currency, scale: Int = 0,
                      _ qualifier: Qualifier = .exact, estimated: Bool = false) -> QuantityCase {
        QuantityCase(input: input, value: value, kind: .money, currency: currency, noun: nil, scale: scale,
                     qualifier: qualifier, isChange: false, isEstimated: estimated)
    }

    /// A count, with the noun it counts or nil.
    static func count(_ input: String, _ value: String, noun: String? = nil, scale: Int = 0,
                      _ qualifier: Qualifier = .exact, estimated: Bool = false) -> QuantityCase {
        QuantityCase(input: input, value: value, kind: .count, currency: nil, noun: noun, scale: scale,
                     qualifier: qualifier, isChange: false, isEstimated: estimated)
    }

    /// A percentage; `change` when written as a stated change (the value then carries its sign).
    static func percent(_ input: String, _ value: String, change: Bool = false,
                        _ qualifier: Qualifier = .exact, estimated: Bool = false) -> QuantityCase {
        QuantityCase(input: input, value: value, kind: .percent, currency: nil, noun: nil, scale: 0,
                     qualifier: qualifier, isChange: change, isEstimated: estimated)
    }
}

/// Readings the quantity reader must give. Values are decimal strings compared with `valueText`.
let quantityCases: [QuantityCase] = [
    // Every form in the Azerbaijan–Pakistan facts file.
    .money("$11.7 million", "11700000", .USD, scale: 6),
    .money("$7.34 million", "7340000", .USD, scale: 6),
    .percent("26.55% increase", "26.55", change: true),
    .money("$5.7 million", "5700000", .USD, scale: 6),
    .money("$8.34 million", "8340000", .USD, scale: 6),
    .percent("22.46% increase", "22.46", change: true),
    .money("$1.6 billion", "1600000000", .USD, scale: 9),
    .count("over a hundred", "100", .lowerBound),
    .count("around 100", "100", .approximately),
    .count("about a hundred", "100", .approximately),
    .money("$2 million", "2000000", .USD, scale: 6),
    .money("one and a half million dollars", "1500000", .USD, scale: 6),
    .money("$2 billion", "2000000000", .USD, scale: 9),
    .count("thirty-six documents", "36", noun: "documents"),
    .count("more than 30", "30", .lowerBound),
    .count("12", "12"),
    .count("more than 300,000 ampoules", "300000", noun: "ampoules", .lowerBound),
    .count("over a hundred officers", "100", noun: "officers", .lowerBound),
    .count("around 100 units", "100", noun: "units", .approximately),
    .money("an estimated $7.34 million", "7340000", .USD, scale: 6, estimated: true),

    // Currencies: symbols, codes, words, before or after the number.
    .money("$5", "5", .USD),
    .money("US$5", "5", .USD),
    .money("US$ 4.5 bn", "4500000000", .USD, scale: 9),
    .money("US$11.7m", "11700000", .USD, scale: 6),
    .money("USD 2,000,000", "2000000", .USD),
    .money("2,000,000 USD", "2000000", .USD),
    .money("usd 15.5 million", "15500000", .USD, scale: 6),
    .money("5 million US dollars", "5000000", .USD, scale: 6),
    .money("1 dollar", "1", .USD),
    .money("AZN 5m", "5000000", .AZN, scale: 6),
    .money("AZN 12.5 million", "12500000", .AZN, scale: 6),
    .money("5 manat", "5", .AZN),
    .money("300 million manat", "300000000", .AZN, scale: 6),
    .money("₼250", "250", .AZN),
    .money("₼ 1.2 bn", "1200000000", .AZN, scale: 9),
    .money("PKR 100", "100", .PKR),
    .money("PKR 3.5 billion", "3500000000", .PKR, scale: 9),
    .money("Rs 3.4 crore", "34000000", .PKR, scale: 7),
    .money("Rs. 3.4 crore", "34000000", .PKR, scale: 7),
    .money("Rs.50 lakh", "5000000", .PKR, scale: 5),
    .money("2 crore rupees", "20000000", .PKR, scale: 7),
    .money("500 rupees", "500", .PKR),
    .money("€5 billion", "5000000000", .EUR, scale: 9),
    .money("€ 300k", "300000", .EUR, scale: 3),
    .money("EUR 1.25 million", "1250000", .EUR, scale: 6),
    .money("5 euros", "5", .EUR),
    .money("£3.2m", "3200000", .GBP, scale: 6),
    .money("£450,000", "450000", .GBP),
    .money("GBP 2bn", "2000000000", .GBP, scale: 9),

    // Scale words and abbreviations, with and without a space.
    .count("5 thousand", "5000", scale: 3),
    .count("5k", "5000", scale: 3),
    .count("2.5k", "2500", scale: 3),
    .money("$5k", "5000", .USD, scale: 3),
    .money("$3mn", "3000000", .USD, scale: 6),
    .money("$3 mn", "3000000", .USD, scale: 6),
    .count("5 mln", "5000000", scale: 6),
    .money("$3m", "3000000", .USD, scale: 6),
    .money("$3.5m", "3500000", .USD, scale: 6),
    .money("$4 billion", "4000000000", .USD, scale: 9),
    .money("$4bn", "4000000000", .USD, scale: 9),
    .money("$4 bn", "4000000000", .USD, scale: 9),
    .money("$4b", "4000000000", .USD, scale: 9),
    .money("$4.2b", "4200000000", .USD, scale: 9),
    .money("$1 trillion", "1000000000000", .USD, scale: 12),
    .money("$1.2tn", "1200000000000", .USD, scale: 12),
    .count("1 lakh", "100000", scale: 5),
    .count("2.5 lakh", "250000", scale: 5),
    .count("3 lakhs", "300000", scale: 5),
    .money("Rs 1 crore", "10000000", .PKR, scale: 7),
    .count("1.5crore", "15000000", scale: 7),
    .count("0.75 million", "750000", scale: 6),
    .count("1,500 million", "1500000000", scale: 6),
    // A lone letter after a space is a noun, not a scale ("5 m" may be metres).
    .count("5 m", "5", noun: "m"),

    // Thousands separators and decimals.
    .count("1,234", "1234"),
    .count("1,234,567", "1234567"),
    .count("1,234,567.89", "1234567.89"),
    .count("12,345.6789", "12345.6789"),
    .count("0.5", "0.5"),
    .count("2.50", "2.5"),
    .count("1,000 tonnes", "1000", noun: "tonnes"),

    // Number words.
    .count("one and a half", "1.5"),
    .count("thirty-six", "36"),
    .count("thirty six", "36"),
    .count("ninety-nine", "99"),
    .count("twelve", "12"),
    .count("zero", "0"),
    .count("a hundred", "100"),
    .count("a dozen", "12"),
    .count("two dozen", "24"),
    .count("two hundred and fifty", "250"),
    .count("one hundred and five", "105"),
    .count("thirteen hundred", "1300"),
    .count("half a million", "500000", scale: 6),
    .money("half a million dollars", "500000", .USD, scale: 6),
    .count("three hundred thousand", "300000", scale: 3),
    .count("a thousand", "1000", scale: 3),
    .count("a million", "1000000", scale: 6),
    .money("a million dollars", "1000000", .USD, scale: 6),
    .count("two million five hundred thousand", "2500000", scale: 3),
    .count("a thousand million", "1000000000", scale: 6),
    .count("one lakh crore", "1000000000000", scale: 7),
    .money("two billion euros", "2000000000", .EUR, scale: 9),
    .count("Thirty-Six Documents", "36", noun: "Documents"),

    // Percentages and stated changes.
    .percent("12%", "12"),
    .percent("12 percent", "12"),
    .percent("12 per cent", "12"),
    .percent("12 pct", "12"),
    .percent("0.05%", "0.05"),
    .percent("five percent", "5"),
    .percent("26.55 per cent increase", "26.55", change: true),
    .percent("a 5% drop", "-5", change: true),
    .percent("a 5% increase", "5", change: true),
    .percent("up 12.5%", "12.5", change: true),
    .percent("down 3%", "-3", change: true),
    .percent("-3%", "-3", change: true),
    .percent("+3%", "3", change: true),
    .percent("\u{2212}3.5%", "-3.5", change: true),
    .percent("a rise of 4%", "4", change: true),
    .percent("a drop of 5%", "-5", change: true),
    .percent("an increase of 26.55%", "26.55", change: true),
    .percent("a decline of 0.5%", "-0.5", change: true),
    .percent("rose 7%", "7", change: true),
    .percent("grew by 3.25%", "3.25", change: true),
    .percent("fell by 40 percent", "-40", change: true),
    .percent("declined nearly 9%", "-9", change: true, .nearly),
    .percent("increased by more than 15%", "15", change: true, .lowerBound),
    .percent("a drop of a fifth", "-20", change: true),
    .percent("fell by a quarter", "-25", change: true),
    .percent("rose by half", "50", change: true),
    .percent("down by a quarter", "-25", change: true),
    .percent("up by 4.5%", "4.5", change: true),
    .percent("an increase of one tenth", "10", change: true),
    .percent("5% growth", "5", change: true),
    .percent("5% fall", "-5", change: true),
    .percent("5% lower", "-5", change: true),
    .percent("5% higher", "5", change: true),
    .percent("10% decrease", "-10", change: true),
    .percent("a 12% contraction", "-12", change: true),
    .percent("about 5%", "5", .approximately),
    .percent("nearly 40%", "40", .nearly),
    .percent("up to 12.5%", "12.5", .upperBound),
    .percent("over 50%", "50", .lowerBound),
    .percent("estimated 3% growth", "3", change: true, estimated: true),

    // Counts with a noun.
    .count("36 documents", "36", noun: "documents"),
    .count("100 units", "100", noun: "units"),
    .count("12 universities", "12", noun: "universities"),
    .count("40 military officers", "40", noun: "military officers"),
    .count("7 special-forces units", "7", noun: "special-forces units"),

    // Qualifiers.
    .count("about 100", "100", .approximately),
    .count("approximately 100", "100", .approximately),
    .count("approx. 100", "100", .approximately),
    .count("some 100 officers", "100", noun: "officers", .approximately),
    .count("roughly 200", "200", .approximately),
    .count("circa 50", "50", .approximately),
    .count("ca. 50", "50", .approximately),
    .count("~100", "100", .approximately),
    .count("≈ 100", "100", .approximately),
    .count("about a dozen", "12", .approximately),
    .count("nearly 50", "50", .nearly),
    .count("almost 50", "50", .nearly),
    .count("close to 50", "50", .nearly),
    .count("over 100", "100", .lowerBound),
    .count("more than 100", "100", .lowerBound),
    .count("at least 100", "100", .lowerBound),
    .money("in excess of $5 million", "5000000", .USD, scale: 6, .lowerBound),
    .count("upwards of 20", "20", .lowerBound),
    .count("no less than 3", "3", .lowerBound),
    .count("above 40", "40", .lowerBound),
    .count("up to 100", "100", .upperBound),
    .count("less than 10", "10", .upperBound),
    .count("fewer than 10", "10", .upperBound),
    .count("at most 5", "5", .upperBound),
    .count("under 20", "20", .upperBound),
    .count("below 30", "30", .upperBound),
    .count("no more than 4", "4", .upperBound),
    .count("100+", "100", .lowerBound),
    .count("100 or more", "100", .lowerBound),
    .count("100 or fewer", "100", .upperBound),
    .money("US$ over 5m", "5000000", .USD, scale: 6, .lowerBound),

    // Estimates.
    .money("estimated $7.34 million", "7340000", .USD, scale: 6, estimated: true),
    .money("Estimated $7.34 million", "7340000", .USD, scale: 6, estimated: true),
    .count("est. 500 officers", "500", noun: "officers", estimated: true),
    .count("an estimated 300,000 ampoules", "300000", noun: "ampoules", estimated: true),
    .count("estimated over 100", "100", .lowerBound, estimated: true),

    // A bound or "estimated" may also follow the figure.
    .count("100 officers or more", "100", noun: "officers", .lowerBound),
    .count("100+ officers", "100", noun: "officers", .lowerBound),
    .count("50 students or fewer", "50", noun: "students", .upperBound),
    .money("$7.34 million estimated", "7340000", .USD, scale: 6, estimated: true),
]

/// Texts that must be refused, each with a Diagnostic quoting the text and naming the accepted forms.
let unreadableQuantities: [String] = [
    "", "   ", "\t\n",
    "1.2.3 million", "12.5.6", "1,234.5,6",
    "$-5", "-5", "+5 officers",
    "rose $5 million", "a drop of a third", "a fifth", "fell by a fifth of exports",
    "10^400",
    String(repeating: "7", count: 10_000),
    "1" + String(repeating: "0", count: 31),
    "0." + String(repeating: "0", count: 200) + "1",
    "١٢ million", "сто долларов", "١٢٣",
    "💰5", "5💰",
    "$", "€ ", "USD", "Rs.",
    "$1.6 billion deal", "$5 m", "5 million deal dollars", "12 officers in rupees",
    "twenty thirteen", "twenty-thirteen", "one two", "five hundred hundred",
    "one million thousand", "one million two million",
    "5 hundred officers", "5 thousand million",
    "1,23", "1,2345", "1234,567",
    "5% dollars", "$5%", "5% of GDP",
    "$5 manat", "5 dollars euros",
    "about over 5", "up to more than 5",
    "up 5", "a 5% drop up", "-5% increase",
    "million", "hundred", "a", "over", "estimated",
    "5%%", "$$5", "+-5%", "5 - 3", "5, 6",
    "an initial investment of $2 billion",
]

@Suite("QuantityReader")
struct QuantityReaderTests {
    @Test("reads figures as sources write them", arguments: quantityCases)
    func reads(_ c: QuantityCase) throws {
        let q = try QuantityReader.parse(c.input)
        #expect(q.valueText == c.value)
        #expect(q.value == Decimal(string: c.value, locale: Locale(identifier: "en_US_POSIX")))
        #expect(q.kind == c.kind)
        #expect(q.currency == c.currency)
        #expect(q.noun == c.noun)
        #expect(q.scale == c.scale)
        #expect(q.qualifier == c.qualifier)
        #expect(q.isChange == c.isChange)
        #expect(q.isEstimated == c.isEstimated)
        // The forms of QuantityFormsTests must not fire on these.
        #expect(q.high == nil)
        #expect(!q.isLevelAtDate)
        #expect(q.shareOf == nil)
    }

    @Test func tableIsLargeAndDistinct() {
        #expect(quantityCases.count >= 110)
        #expect(Set(quantityCases.map(\.input)).count == quantityCases.count)
    }

    @Test("refuses unreadable text with a diagnostic", arguments: unreadableQuantities)
    func refuses(_ input: String) {
        #expect(throws: Diagnostic.self) { try QuantityReader.parse(input) }
        guard case .failure(let d) = QuantityReader.read(input) else {
            Issue.record("read \(input.prefix(40)) although it should not")
            return
        }
        #expect(d.severity == .error)
        #expect(d.accepted == QuantityReader.acceptedForms)
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        if trimmed.allSatisfy(\.isWhitespace) {
            #expect(d.description.contains("empty"))
        } else {
            #expect(d.description.contains("'\(trimmed)'"), "\(d.description.prefix(200))")
        }
        #expect(d.description.contains("; accepted: "))
    }

    @Test func errorsPointAtTheOffendingCharacter() throws {
        let deal = try #require(QuantityReader.read("$1.6 billion deal").failure)
        #expect(deal.message.contains("'deal'"))
        #expect(deal.message.contains("at character 14"))

        let currencies = try #require(QuantityReader.read("$5 manat").failure)
        #expect(currencies.message.contains("two currencies (USD and AZN)"))

        let qualifiers = try #require(QuantityReader.read("about over 5").failure)
        #expect(qualifiers.message.contains("two qualifiers"))

        let years = try #require(QuantityReader.read("twenty thirteen").failure)
        #expect(years.message.contains("'thirteen' does not continue the number"))

        let digits = try #require(QuantityReader.read(String(repeating: "7", count: 10_000)).failure)
        #expect(digits.message.contains("more than \(QuantityReader.maximumDigits) significant digits"))
    }

    @Test func thirtySignificantDigitsAreExact() throws {
        let thirty = String(repeating: "9", count: 30)
        let q = try QuantityReader.parse(thirty + " trillion")
        #expect(q.valueText == thirty + String(repeating: "0", count: 12))
        #expect(throws: Diagnostic.self) { try QuantityReader.parse(thirty + "9") }
    }

    @Test func unitNamesTheCurrencyPercentOrNoun() throws {
        #expect(try QuantityReader.parse("$11.7 million").unit == "USD")
        #expect(try QuantityReader.parse("26.55% increase").unit == "percent")
        #expect(try QuantityReader.parse("thirty-six documents").unit == "documents")
        #expect(try QuantityReader.parse("12").unit == "")
    }

    /// Short random texts from characters and words the reader reacts to: each either reads
    /// or throws a Diagnostic, and a reading is self-consistent.
    @Test func neverCrashesOnGeneratedText() {
        var rng = LCG(seed: 0x5EED_B11A7)
        let characters: [String] = Array("0123456789 ,.%$€£₼+-−~kmbKMB aeiou\u{2013}/^()١٢💰") .map(String.init)
        let words = ["a", "an", "and", "half", "one", "twenty", "thirteen", "hundred", "thousand", "million", "dozen",
                     "crore", "lakh", "over", "more", "than", "up", "to", "about", "estimated", "est", ".", ",", "%",
                     "$", "US", "USD", "Rs", "manat", "dollars", "increase", "drop", "of", "or", "+", "-", "5", "1,000",
                     "2.5", "12", "m", "bn", "officers", "per", "cent", "  "]
        var read = 0, refused = 0
        for i in 0..<600 {
            var text = ""
            if i % 2 == 0 {
                for _ in 0..<rng.next(upTo: 12) { text += characters[rng.next(upTo: characters.count)] }
            } else {
                let n = 1 + rng.next(upTo: 6)
                text = (0..<n).map { _ in words[rng.next(upTo: words.count)] }.joined(separator: rng.next(upTo: 3) == 0 ? "" : " ")
            }
            switch QuantityReader.read(text) {
            case .success(let q):
                read += 1
                #expect(Decimal(string: q.valueText, locale: Locale(identifier: "en_US_POSIX")) == q.value, "\(text)")
                #expect((q.kind == .money) == (q.currency != nil), "\(text)")
                #expect(q.kind == .count || q.noun == nil, "\(text)")
                #expect(!q.isChange || q.kind == .percent, "\(text)")
            case .failure(let d):
                refused += 1
                #expect(d.accepted != nil, "\(text)")
                #expect(d.severity == .error)
            }
        }
        // The generator must exercise both outcomes, or it proves little.
        #expect(read > 20)
        #expect(refused > 20)
    }
}

extension QuantityReaderTests {
    @Test("significant digits as written: zeros after the point count, zeros closing a whole number do not", arguments: [
        ("$1200", 2), ("$1,200,000", 2), ("$5.80 million", 3), ("$0.050 million", 2), ("$10.5 million", 3), ("$0 million", 1),
        ("$000", 1), ("$0.000", 1), ("$7.34 million", 3), ("USD 1,234,567", 7), ("$26.55", 4), ("$100.0", 4),
    ])
    func significantDigitsAsWritten(_ text: String, _ digits: Int) throws {
        #expect(try QuantityReader.parse(text).significantDigits == digits)
    }
}

/// A fixed-seed linear congruential generator (Knuth's MMIX constants): the same texts on every run.
struct LCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    mutating func next(upTo bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { f } else { nil } }
}
