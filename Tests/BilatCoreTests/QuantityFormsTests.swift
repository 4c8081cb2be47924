import Foundation
import Testing
import BilatCore

/// One reading of the forms issue 15 added: ranges, multiples, levels at a date, shares and the qualifiers of
/// passing a mark. Every field the form sets is checked, and the fields it does not set must stay unset.
struct FormCase: Sendable, CustomTestStringConvertible {
    let input: String
    let value: String
    var high: String? = nil
    var kind: UnitKind
    var currency: Currency? = nil
    var noun: String? = nil
    var scale = 0
    var qualifier: Qualifier = .exact
    var isChange = false
    var isLevelAtDate = false
    var shareOf: String? = nil
    var significantDigits: Int? = nil

    var testDescription: String { "\"\(input)\"" }

    static func range(_ input: String, _ low: String, _ high: String, _ currency: Currency? = nil, scale: Int = 0, noun: String? = nil,
                      _ qualifier: Qualifier = .exact, level: Bool = false) -> FormCase {
        FormCase(input: input, value: low, high: high, kind: currency == nil ? .count : .money, currency: currency, noun: noun,
                 scale: scale, qualifier: qualifier, isLevelAtDate: level)
    }

    /// A multiple: the stated change in percent, and the digits its precision carries.
    static func multiple(_ input: String, _ percent: String, _ qualifier: Qualifier = .exact, digits: Int) -> FormCase {
        FormCase(input: input, value: percent, kind: .percent, qualifier: qualifier, isChange: true, significantDigits: digits)
    }

    static func level(_ input: String, _ value: String, _ currency: Currency? = .USD, scale: Int = 6, noun: String? = nil) -> FormCase {
        FormCase(input: input, value: value, kind: currency == nil ? .count : .money, currency: currency, noun: noun, scale: scale,
                 isLevelAtDate: true)
    }

    static func share(_ input: String, _ percent: String, of total: String, _ qualifier: Qualifier = .exact) -> FormCase {
        FormCase(input: input, value: percent, kind: .percent, qualifier: qualifier, shareOf: total)
    }

    static func bound(_ input: String, _ value: String, scale: Int = 6) -> FormCase {
        FormCase(input: input, value: value, kind: .money, currency: .USD, scale: scale, qualifier: .lowerBound)
    }
}

let formCases: [FormCase] = [
    // Passing a mark is a floor.
    .bound("exceeding $28.1 million", "28100000"),
    .bound("surpassed $28.1 million", "28100000"),
    .bound("crossed $28.1 million", "28100000"),
    .bound("topped $28.1 million", "28100000"),
    .bound("exceeded $2 billion", "2000000000", scale: 9),

    // Multiples are stated changes: ×N is +(N − 1) × 100 %.
    .multiple("tripled", "200", digits: 1),
    .multiple("doubled", "100", digits: 1),
    .multiple("quadrupled", "300", digits: 1),
    .multiple("trebled", "200", digits: 1),
    .multiple("halved", "-50", digits: 1),
    .multiple("nearly tripled", "200", .nearly, digits: 1),
    .multiple("more than doubled", "100", .lowerBound, digits: 1),
    .multiple("2.4 times", "140", digits: 2),
    .multiple("grew 2.4 times", "140", digits: 2),
    .multiple("rose three times", "200", digits: 1),
    .multiple("three times", "200", digits: 1),
    .multiple("one and a half times", "50", digits: 1),
    .multiple("three times as much", "200", digits: 1),
    .multiple("2.4-fold", "140", digits: 2),
    .multiple("a 2.4-fold increase", "140", digits: 2),
    .multiple("threefold", "200", digits: 1),
    .multiple("a threefold rise", "200", digits: 1),
    .multiple("increased threefold", "200", digits: 1),
    .multiple("tenfold", "900", digits: 1),
    .multiple("1.05 times", "5", digits: 1),
    // Read two ways in translated news (×3 or +300 %): ×N, marked approximate.
    .multiple("increased three times", "200", .approximately, digits: 1),
    .multiple("increased by 3 times", "200", .approximately, digits: 1),
    .multiple("grew by 2.4 times", "140", .approximately, digits: 2),
    .multiple("an increase of three times", "200", .approximately, digits: 1),
    .multiple("three times more", "200", .approximately, digits: 1),
    // A floor on ×N holds for either reading.
    .multiple("increased more than three times", "200", .lowerBound, digits: 1),

    // Ranges: one figure with a low and a high end.
    .range("$17–25 million", "17000000", "25000000", .USD, scale: 6),
    .range("$17-25 million", "17000000", "25000000", .USD, scale: 6),
    .range("$17 - 25 million", "17000000", "25000000", .USD, scale: 6),
    .range("$17 million–$25 million", "17000000", "25000000", .USD, scale: 6),
    .range("$17m-$25m", "17000000", "25000000", .USD, scale: 6),
    .range("between $2 billion and $2.5 billion", "2000000000", "2500000000", .USD, scale: 9),
    .range("$2 billion to $2.5 billion", "2000000000", "2500000000", .USD, scale: 9),
    .range("from $2 billion to $2.5 billion", "2000000000", "2500000000", .USD, scale: 9),
    .range("$900 million to $1.2 billion", "900000000", "1200000000", .USD, scale: 9),
    .range("$900,000 to $1.2 million", "900000", "1200000", .USD, scale: 6),
    .range("between 2 and 3 million dollars", "2000000", "3000000", .USD, scale: 6),
    .range("between one and a half and two million dollars", "1500000", "2000000", .USD, scale: 6),
    .range("17 to 25 officers", "17", "25", noun: "officers"),
    .range("between 100 and 150 officers", "100", "150", noun: "officers"),
    .range("AZN 5-7 million", "5000000", "7000000", .AZN, scale: 6),
    .range("about $17–25 million", "17000000", "25000000", .USD, scale: 6, .approximately),
    .range("currently $17–25 million", "17000000", "25000000", .USD, scale: 6, level: true),

    // Levels at a date.
    .level("current trade of $30 million", "30000000"),
    .level("currently $30 million", "30000000"),
    .level("annual trade of $30 million", "30000000"),
    .level("annual turnover of $30 million", "30000000"),
    .level("current annual trade of $30 million", "30000000"),
    .level("a current level of $30 million", "30000000"),
    .level("$30 million a year", "30000000"),
    .level("$30 million per year", "30000000"),
    .level("$30 million annually", "30000000"),
    .level("100 officers a year", "100", nil, scale: 0, noun: "officers"),

    // Shares of a named total.
    .share("90 % of the trade", "90", of: "trade_turnover"),
    .share("90% of total trade", "90", of: "trade_turnover"),
    .share("90% of the total trade", "90", of: "trade_turnover"),
    .share("40% of exports", "40", of: "exports"),
    .share("about 40% of exports", "40", of: "exports", .approximately),
    .share("12 percent of imports", "12", of: "imports"),
    .share("0.04% of total turnover", "0.04", of: "trade_turnover"),
    .share("5% of bilateral trade", "5", of: "trade_turnover"),
    .share("30% of two-way trade", "30", of: "trade_turnover"),
    .share("50% of the aid", "50", of: "aid"),
    .share("20% of defence deal value", "20", of: "defence_deal_value"),
    .share("15% of re-exports", "15", of: "re_exports"),
    .share("90% of trade_turnover", "90", of: "trade_turnover"),
    .share("10% of arms_sales", "10", of: "arms_sales"),
]

/// Texts each new form must refuse, with a piece of the message and the character it points at (1-based).
let formRefusals: [(String, String, Int)] = [
    // Ranges.
    ("$30–25 million", "the low end of the range (30000000) is above its high end (25000000)", 5),
    ("$25–25 million", "is the same as its high end", 5),
    ("5 - 3", "the low end of the range (5) is above its high end (3)", 5),
    ("between $2 billion", "needs both ends", 1),
    ("between $2 billion and", "needs both ends", 1),
    ("$17 million–25", "the high end of the range has no scale word", 13),
    ("$17–25 milion", "'milion' after an amount of money is not a scale word", 8),
    ("17 officers to 25 units", "count different things", 16),
    ("$17–25 million euros", "two currencies (USD and EUR)", 16),
    ("5–7%", "a range of percentages", 2),
    ("about 17 to nearly 25", "two qualifiers that disagree", 13),
    // Multiples.
    ("fell three times", "a multiple after a word of decrease", 6),
    ("a threefold drop", "a multiple states a rise", 13),
    ("1 times", "a multiple must be more than 1", 1),
    ("0.5 times", "a multiple must be more than 1", 1),
    ("$3 times", "a multiple cannot carry a currency", 2),
    ("3 million times", "a multiple takes a plain number", 11),
    ("12 times the 2015 level", "unexpected 'the' after a multiple", 10),
    ("three times officers", "unexpected 'officers' after a multiple", 13),
    ("up to three times more", "an upper bound on a multiple that reads two ways", 7),
    ("currently tripled", "a multiple is a change, not a level at a date", 11),
    // Levels at a date.
    ("current trade $30 million", "expected 'of' after 'trade'", 15),
    ("currently 5%", "mark a level at a date, which is an amount or a count", 11),
    ("5% a year", "mark a level at a date", 1),
    // Shares.
    ("5% of GDP", "'GDP' is not a total bilat knows", 7),
    ("90% of the total", "'the total' is not a total bilat knows", 8),
    ("90% of", "a share names its total after 'of'", 5),
    ("up 5% of the trade", "a share of a total ('90% of the trade') is not a stated change", 4),
    ("120% of the trade", "a share of more than 100% of its total", 1),
    ("90% of trade_", "'trade_' is not a total bilat knows", 8),
    // Other scripts, never a count's noun.
    ("500 млн долларов", "'млн' is written in Cyrillic", 5),
    ("500 دولار", "is written in Arabic script", 5),
    ("١٢ million", "is written in Arabic script", 1),
    ("12 αξιωματικοί", "is written in Greek", 4),
    ("$5 百万", "is written in Chinese characters", 4),
]

@Suite("Quantity forms: ranges, multiples, levels at a date, shares")
struct QuantityFormsTests {
    @Test("reads each form with its qualifier, exactly", arguments: formCases)
    func reads(_ c: FormCase) throws {
        let q = try QuantityReader.parse(c.input)
        let posix = Locale(identifier: "en_US_POSIX")
        #expect(q.valueText == c.value)
        #expect(q.value == Decimal(string: c.value, locale: posix))
        #expect(q.highText == c.high)
        #expect(q.high == c.high.flatMap { Decimal(string: $0, locale: posix) })
        #expect(q.kind == c.kind)
        #expect(q.currency == c.currency)
        #expect(q.noun == c.noun)
        #expect(q.scale == c.scale)
        #expect(q.qualifier == c.qualifier)
        #expect(q.isChange == c.isChange)
        #expect(q.isLevelAtDate == c.isLevelAtDate)
        #expect(q.shareOf == c.shareOf)
        if let digits = c.significantDigits { #expect(q.significantDigits == digits) }
    }

    @Test("refuses each form's mistakes at the character that is wrong", arguments: formRefusals)
    func refuses(_ text: String, _ message: String, _ character: Int) throws {
        let d = try #require(QuantityReader.read(text).failure, "read '\(text)' although it should not")
        #expect(d.severity == .error)
        #expect(d.message.contains(message), "\(d.message)")
        #expect(d.message.contains("at character \(character):"), "\(d.message)")
        #expect(d.message.contains("'\(text)'"))
        #expect(d.accepted == QuantityReader.acceptedForms)
    }

    /// "three times" is a multiple and "500 млн" is refused: neither may ever become a count whose noun is
    /// "times" or a word of another script.
    @Test(arguments: ["three times", "3 times", "five times", "2.4 times", "grew three times", "increased 3 times",
                      "500 млн", "500 млн долларов", "12 тонн", "100 ضابط"])
    func neverACountOfTimesOrOfAForeignWord(_ text: String) {
        switch QuantityReader.read(text) {
        case .success(let q):
            #expect(q.kind == .percent && q.isChange, "\(text) read as \(q.kind) \(q.noun ?? "")")
            #expect(q.noun == nil)
        case .failure(let d):
            #expect(d.message.contains("written in"), "\(d.message)")
        }
    }

    /// Latin letters with accents are no other script: they stay part of a noun.
    @Test(arguments: [("12 Türk officers", "Türk officers"), ("3 écoles", "écoles")])
    func latinLettersWithAccentsAreNouns(_ text: String, _ noun: String) throws {
        #expect(try QuantityReader.parse(text).noun == noun)
    }

    /// "up to", "close to", "thirty-six" and "7 special-forces units" hold a "to" or a dash and are no ranges.
    @Test(arguments: ["up to 100", "close to 50", "thirty-six documents", "7 special-forces units", "-3%", "US$ 4.5 bn"])
    func wordsAndDashesThatAreNoRange(_ text: String) throws {
        #expect(try QuantityReader.parse(text).high == nil)
    }

    @Test func aRangesDigitsAreItsLowEndsAsWritten() throws {
        #expect(try QuantityReader.parse("$17.50–25 million").significantDigits == 4)
        #expect(try QuantityReader.parse("$2 billion to $2.5 billion").significantDigits == 1)
    }

    @Test func tablesCoverEveryForm() {
        #expect(formCases.count >= 60)
        #expect(Set(formCases.map(\.input)).count == formCases.count)
        #expect(formCases.contains { $0.high != nil } && formCases.contains { $0.isLevelAtDate } && formCases.contains { $0.shareOf != nil })
        #expect(formCases.contains { $0.isChange && $0.qualifier == .approximately })
    }
}
