import Foundation

/// What makes figures one series: the same measure of the same flow, in the same unit.
///
/// The unit is part of the key, so officers and units, or USD and AZN, are never one series. So is being a level
/// at a date ("current trade of $30 million"): such figures hold at their source's date, not over a calendar
/// period, and form a series of their own that growth and checks never pair with calendar-period figures.
public struct SeriesKey: Hashable, Comparable, Sendable {
    public var dataset: String
    public var indicator: String
    public var reporter: String
    public var partner: String
    public var direction: Direction
    public var subject: String
    /// A currency code, or the counted noun in lower case.
    public var unit: String
    public var isLevelAtDate: Bool

    public init(dataset: String, indicator: String, reporter: String, partner: String, direction: Direction, subject: String, unit: String,
                isLevelAtDate: Bool = false) {
        self.dataset = dataset
        self.indicator = indicator
        self.reporter = reporter
        self.partner = partner
        self.direction = direction
        self.subject = subject
        self.unit = unit
        self.isLevelAtDate = isLevelAtDate
    }

    /// "trade_turnover AZE–PAK both (USD)", "personnel_trained PAK→AZE military officers (officers)".
    public var label: String {
        let arrow = direction == .both ? "–" : direction == .toPartner ? "→" : "←"
        let about = subject.isEmpty ? "" : " \(subject)"
        return "\(indicator) \(reporter)\(arrow)\(partner)\(about) (\(unit)\(isLevelAtDate ? ", level at a date" : ""))"
    }

    /// Field by field, with no array built per comparison: sorting a million keys calls this millions of times.
    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        if a.dataset != b.dataset { return a.dataset < b.dataset }
        if a.indicator != b.indicator { return a.indicator < b.indicator }
        if a.reporter != b.reporter { return a.reporter < b.reporter }
        if a.partner != b.partner { return a.partner < b.partner }
        if a.direction != b.direction { return a.direction.rawValue < b.direction.rawValue }
        if a.subject != b.subject { return a.subject < b.subject }
        if a.unit != b.unit { return a.unit < b.unit }
        return !a.isLevelAtDate && b.isLevelAtDate
    }
}

/// The fields as a synthesized encoding gives them, and `isLevelAtDate` only when set: keys of other series
/// fingerprint as they did before levels at a date existed.
extension SeriesKey: Encodable {
    enum CodingKeys: String, CodingKey { case dataset, indicator, reporter, partner, direction, subject, unit, isLevelAtDate }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataset, forKey: .dataset); try c.encode(indicator, forKey: .indicator); try c.encode(reporter, forKey: .reporter)
        try c.encode(partner, forKey: .partner); try c.encode(direction, forKey: .direction); try c.encode(subject, forKey: .subject)
        try c.encode(unit, forKey: .unit)
        if isLevelAtDate { try c.encode(true, forKey: .isLevelAtDate) }
    }
}

/// How a derived value was computed: the formula in words and the figures it used.
public struct Derivation: Hashable, Sendable, Codable {
    public var formula: String
    public var inputs: [String]

    public init(formula: String, inputs: [String]) {
        self.formula = formula
        self.inputs = inputs
    }
}

/// A level value in a series: a reported figure, or one implied by others (and marked so).
///
/// A class with constant fields, so it is shared rather than copied: growth rows, chart points and
/// slots of implied figures each hold the same observation, and at a million figures copying its
/// ten fields (and retaining their strings) cost more than the arithmetic.
public final class Observation: Hashable, Sendable {
    public let id: String
    public let key: SeriesKey
    public let period: Period
    /// Exact for reported figures; for derived ones, exact where the arithmetic is (sums, differences).
    public let value: Decimal
    /// A range's high end: the truth lies between `value` and this. Nil for a single value.
    public let high: Decimal?
    public let qualifier: Qualifier
    public let isEstimated: Bool
    /// Digits of `value` that carry information, from the inputs' precision.
    public let significantDigits: Int
    public let sourceIDs: [String]
    /// Nil for reported figures.
    public let derivation: Derivation?

    public var isDerived: Bool { derivation != nil }

    /// The high end of a range, or the value itself.
    public var highOrValue: Decimal { high ?? value }

    /// The value as exact text, a range as its two ends: "11700000", "17000000–25000000".
    public var valueDescription: String { value.plainText + (high.map { "–" + $0.plainText } ?? "") }

    public init(id: String, key: SeriesKey, period: Period, value: Decimal, high: Decimal? = nil, qualifier: Qualifier, isEstimated: Bool,
                significantDigits: Int, sourceIDs: [String], derivation: Derivation? = nil) {
        self.id = id
        self.key = key
        self.period = period
        self.value = value
        self.high = high
        self.qualifier = qualifier
        self.isEstimated = isEstimated
        self.significantDigits = significantDigits
        self.sourceIDs = sourceIDs
        self.derivation = derivation
    }

    /// The reported level figures of a dataset as observations; stated changes and shares are not levels. Totals
    /// with an open start ("so far") are no point of a series: they stay in the figures, but are not observed.
    public static func reported(in dataset: Dataset) -> [Observation] {
        dataset.figures.filter { !$0.isStatedChange && $0.quantity.shareOf == nil && !$0.period.isOpenStart }.map { f in
            Observation(id: f.id, key: SeriesKey(figure: f, dataset: dataset.name), period: f.period, value: f.quantity.value,
                        high: f.quantity.high, qualifier: f.quantity.qualifier, isEstimated: f.status == .estimated,
                        significantDigits: f.quantity.significantDigits, sourceIDs: [f.sourceID])
        }
    }

    /// The same observation under another id.
    public func renamed(_ id: String) -> Observation {
        Observation(id: id, key: key, period: period, value: value, high: high, qualifier: qualifier, isEstimated: isEstimated,
                    significantDigits: significantDigits, sourceIDs: sourceIDs, derivation: derivation)
    }

    /// Equal when every field is: two observations are the same value, wherever they are stored.
    public static func == (a: Observation, b: Observation) -> Bool {
        a === b || (a.id == b.id && a.key == b.key && a.period == b.period && a.value == b.value && a.high == b.high && a.qualifier == b.qualifier
            && a.isEstimated == b.isEstimated && a.significantDigits == b.significantDigits && a.sourceIDs == b.sourceIDs
            && a.derivation == b.derivation)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id); hasher.combine(key); hasher.combine(period); hasher.combine(value)
    }
}

/// Every field, as a struct would print: the build fingerprints outputs' inputs from this text, so a changed
/// value must change it (a class prints only its name by default).
extension Observation: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        "Observation(id: \(String(reflecting: id)), key: \(String(reflecting: key)), period: \(String(reflecting: period)), "
            + "value: \(value), \(high.map { "high: \($0), " } ?? "")qualifier: \(qualifier), isEstimated: \(isEstimated), significantDigits: \(significantDigits), "
            + "sourceIDs: \(sourceIDs), derivation: \(String(reflecting: derivation)))"
    }

    public var debugDescription: String { description }
}

extension SeriesKey {
    public init(figure f: Figure, dataset: String) {
        let unit = f.quantity.kind == .count ? (f.quantity.noun ?? "").lowercased() : f.quantity.unit
        self.init(dataset: dataset, indicator: f.indicator, reporter: f.reporter, partner: f.partner,
                  direction: f.direction, subject: f.subject, unit: unit, isLevelAtDate: f.quantity.isLevelAtDate)
    }
}

/// How qualifiers travel through arithmetic.
///
/// Each input comes with the sign of its effect on the result (+1 if the result grows with it).
/// A lower bound on an input that raises the result gives a lower bound on the result; bounds that
/// pull both ways leave nothing to say (nil). Approximate inputs give an approximate result.
public enum QualifierAlgebra {
    public static func combine(_ inputs: [(qualifier: Qualifier, effect: Int)]) -> Qualifier? {
        var combined = Combined()
        for (q, effect) in inputs { combined.add(q, effect: effect) }
        return combined.result
    }

    /// Two inputs with no array made for them: growth combines a qualifier pair for every row.
    public static func combine(_ a: (qualifier: Qualifier, effect: Int), _ b: (qualifier: Qualifier, effect: Int)) -> Qualifier? {
        var combined = Combined()
        combined.add(a.qualifier, effect: a.effect)
        combined.add(b.qualifier, effect: b.effect)
        return combined.result
    }

    /// The directions bounds push the result in (the first seen, and whether another differs), and whether any
    /// input is approximate: what a set of directions held, without allocating one.
    private struct Combined {
        var direction: Int?
        var conflicting = false
        var approximate = false

        mutating func add(_ q: Qualifier, effect: Int) {
            switch q {
            case .exact: break
            case .approximately, .nearly: approximate = true
            case .lowerBound: push(effect)
            case .upperBound: push(-effect)
            }
        }

        mutating func push(_ d: Int) {
            if let direction { if direction != d { conflicting = true } } else { direction = d }
        }

        var result: Qualifier? {
            if conflicting { return nil }
            if let direction { return direction > 0 ? .lowerBound : .upperBound }
            return approximate ? .approximately : .exact
        }
    }
}

/// Every field, so a fingerprint of an observation (see `StableDigest`) changes when any of them does.
extension Observation: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, key, period, value, high, qualifier, isEstimated, significantDigits, sourceIDs, derivation
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(key, forKey: .key)
        try c.encode(period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(high, forKey: .high)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(isEstimated, forKey: .isEstimated)
        try c.encode(significantDigits, forKey: .significantDigits)
        try c.encode(sourceIDs, forKey: .sourceIDs)
        try c.encodeIfPresent(derivation, forKey: .derivation)
    }
}
