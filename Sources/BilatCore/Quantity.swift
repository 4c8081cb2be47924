import Foundation

/// ISO 4217 codes for the currencies sources in this field write. Never converted into one another.
public enum Currency: String, Sendable, Hashable, CaseIterable, Codable {
    case USD, EUR, GBP, AZN, PKR
}

/// How a figure's value relates to the truth, as the source's wording says.
public enum Qualifier: String, Sendable, Hashable, CaseIterable, Codable {
    case exact
    /// about, around, approximately, some, roughly, circa
    case approximately
    /// nearly, almost: a little below the value
    case nearly
    /// over, more than, at least, in excess of: the value is a floor
    case lowerBound = "lower_bound"
    /// up to, less than, at most, under: the value is a ceiling
    case upperBound = "upper_bound"
}

/// What a number measures: an amount of money, a count of things, or a percentage.
public enum UnitKind: String, Sendable, Hashable, CaseIterable, Codable {
    case money, count, percent
}

/// A normalised figure value: exact decimal value, what it counts, how it was scaled and qualified.
public struct Quantity: Hashable, Sendable, Encodable {
    /// Exact, never binary floating point: `$11.7 million` is 11700000, not 11699999.999….
    public var value: Decimal
    public var kind: UnitKind
    public var currency: Currency?
    /// The noun a count counts ("officers"), nil until a figure names it.
    public var noun: String?
    /// Power of ten the source's scale word stood for (million → 6), 0 when none.
    public var scale: Int
    public var qualifier: Qualifier
    /// Written as a change ("26.55% increase", "a 5% drop"), signed accordingly.
    public var isChange: Bool
    /// The text itself says "estimated".
    public var isEstimated: Bool
    /// Digits the source wrote that carry information: "$5.80 million" has 3, "$2 million" 1.
    public var significantDigits: Int

    public init(value: Decimal, kind: UnitKind, currency: Currency? = nil, noun: String? = nil, scale: Int = 0,
                qualifier: Qualifier = .exact, isChange: Bool = false, isEstimated: Bool = false, significantDigits: Int? = nil) {
        self.value = value
        self.kind = kind
        self.currency = currency
        self.noun = noun
        self.scale = scale
        self.qualifier = qualifier
        self.isChange = isChange
        self.isEstimated = isEstimated
        self.significantDigits = significantDigits ?? value.significantDigits
    }

    /// The unit as one word: a currency code, `percent`, or the counted noun.
    public var unit: String {
        switch kind {
        case .money: return currency?.rawValue ?? ""
        case .percent: return "percent"
        case .count: return noun ?? ""
        }
    }

    /// Plain decimal digits with no exponent and no trailing zeros: `11700000`, `26.55`, `-22.46`.
    public var valueText: String { value.plainText }
}

extension Decimal {
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
