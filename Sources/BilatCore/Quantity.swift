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

/// What a number measures: an amount of money, a count of things, a percentage, or SIPRI trend-indicator values.
public enum UnitKind: String, Sendable, Hashable, CaseIterable, Codable {
    case money, count, percent
    /// SIPRI trend-indicator values: a measure of military capability transferred, never money, so never added
    /// to or compared with amounts of money.
    case tiv
}

/// A normalised figure value: exact decimal value, what it counts, how it was scaled and qualified.
public struct Quantity: Hashable, Sendable {
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
    /// Digits the source wrote that carry information: "$5.80 million" has 3, "$2 million" 1. For a range, those
    /// of its low end.
    public var significantDigits: Int
    /// The high end of a range ("$17–25 million", "between $2 billion and $2.5 billion"): one figure whose truth
    /// lies between `value`, its low end, and this. Nil for a single value.
    public var high: Decimal?
    /// A level at a date ("current trade of $30 million", "annual trade of $30 million", "$30 million a year"):
    /// the value holds as of the source's date, a yearly rate for a flow, rather than over a calendar period.
    public var isLevelAtDate: Bool
    /// A share of a named total ("90% of the trade"): the id of the total's indicator. The value is the percentage.
    public var shareOf: String?

    public init(value: Decimal, kind: UnitKind, currency: Currency? = nil, noun: String? = nil, scale: Int = 0,
                qualifier: Qualifier = .exact, isChange: Bool = false, isEstimated: Bool = false, significantDigits: Int? = nil,
                high: Decimal? = nil, isLevelAtDate: Bool = false, shareOf: String? = nil) {
        self.value = value
        self.kind = kind
        self.currency = currency
        self.noun = noun
        self.scale = scale
        self.qualifier = qualifier
        self.isChange = isChange
        self.isEstimated = isEstimated
        self.significantDigits = significantDigits ?? value.significantDigits
        self.high = high
        self.isLevelAtDate = isLevelAtDate
        self.shareOf = shareOf
    }

    /// A range: a low and a high end rather than one value.
    public var isRange: Bool { high != nil }

    /// The high end of a range, or the value itself.
    public var highOrValue: Decimal { high ?? value }

    /// The unit as one word: a currency code, `percent`, the counted noun, or `TIV`.
    public var unit: String {
        switch kind {
        case .money: return currency?.rawValue ?? ""
        case .percent: return "percent"
        case .count: return noun ?? ""
        case .tiv: return "TIV"
        }
    }

    /// A count whose noun is `TIV` (SIPRI's trend-indicator values) as the TIV it is; any other quantity as it is.
    public var tivIfNamed: Quantity {
        guard kind == .count, let noun, ["tiv", "tivs"].contains(noun.lowercased()) else { return self }
        var tiv = self
        tiv.kind = .tiv
        tiv.noun = nil
        return tiv
    }

    /// Plain decimal digits with no exponent and no trailing zeros: `11700000`, `26.55`, `-22.46`.
    public var valueText: String { value.plainText }

    /// The high end's digits, as ``valueText`` writes the value; nil for a single value.
    public var highText: String? { high?.plainText }
}

/// The fields as a synthesized encoding gives them, with the fields added for ranges, levels at a date and shares
/// only when set: a figure without them fingerprints (``StableDigest``) as it did before they existed, so
/// upgrading does not make every output look changed.
extension Quantity: Encodable {
    enum CodingKeys: String, CodingKey {
        case value, kind, currency, noun, scale, qualifier, isChange, isEstimated, significantDigits, high, isLevelAtDate, shareOf
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(currency, forKey: .currency)
        try c.encodeIfPresent(noun, forKey: .noun)
        try c.encode(scale, forKey: .scale)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(isChange, forKey: .isChange)
        try c.encode(isEstimated, forKey: .isEstimated)
        try c.encode(significantDigits, forKey: .significantDigits)
        try c.encodeIfPresent(high, forKey: .high)
        if isLevelAtDate { try c.encode(true, forKey: .isLevelAtDate) }
        try c.encodeIfPresent(shareOf, forKey: .shareOf)
    }
}

extension Decimal {
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
