import Foundation

/// What makes figures one series: the same measure of the same flow, in the same unit.
///
/// The unit is part of the key, so officers and units, or USD and AZN, are never one series.
public struct SeriesKey: Hashable, Comparable, Sendable, Codable {
    public var dataset: String
    public var indicator: String
    public var reporter: String
    public var partner: String
    public var direction: Direction
    public var subject: String
    /// A currency code, or the counted noun in lower case.
    public var unit: String

    public init(dataset: String, indicator: String, reporter: String, partner: String, direction: Direction, subject: String, unit: String) {
        self.dataset = dataset
        self.indicator = indicator
        self.reporter = reporter
        self.partner = partner
        self.direction = direction
        self.subject = subject
        self.unit = unit
    }

    /// "trade_turnover AZE–PAK both (USD)", "personnel_trained PAK→AZE military officers (officers)".
    public var label: String {
        let arrow = direction == .both ? "–" : direction == .toPartner ? "→" : "←"
        let about = subject.isEmpty ? "" : " \(subject)"
        return "\(indicator) \(reporter)\(arrow)\(partner)\(about) (\(unit))"
    }

    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        a.sortFields.lexicographicallyPrecedes(b.sortFields)
    }

    var sortFields: [String] {
        [dataset, indicator, reporter, partner, direction.rawValue, subject, unit]
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
public struct Observation: Hashable, Sendable {
    public var id: String
    public var key: SeriesKey
    public var period: Period
    /// Exact for reported figures; for derived ones, exact where the arithmetic is (sums, differences).
    public var value: Decimal
    public var qualifier: Qualifier
    public var isEstimated: Bool
    /// Digits of `value` that carry information, from the inputs' precision.
    public var significantDigits: Int
    public var sourceIDs: [String]
    /// Nil for reported figures.
    public var derivation: Derivation?

    public var isDerived: Bool { derivation != nil }

    public init(id: String, key: SeriesKey, period: Period, value: Decimal, qualifier: Qualifier, isEstimated: Bool,
                significantDigits: Int, sourceIDs: [String], derivation: Derivation? = nil) {
        self.id = id
        self.key = key
        self.period = period
        self.value = value
        self.qualifier = qualifier
        self.isEstimated = isEstimated
        self.significantDigits = significantDigits
        self.sourceIDs = sourceIDs
        self.derivation = derivation
    }

    /// The reported level figures of a dataset as observations; stated changes are not levels.
    public static func reported(in dataset: Dataset) -> [Observation] {
        dataset.figures.filter { !$0.isStatedChange }.map { f in
            Observation(id: f.id, key: SeriesKey(figure: f, dataset: dataset.name), period: f.period, value: f.quantity.value,
                        qualifier: f.quantity.qualifier, isEstimated: f.status == .estimated,
                        significantDigits: f.quantity.significantDigits, sourceIDs: [f.sourceID])
        }
    }
}

extension SeriesKey {
    public init(figure f: Figure, dataset: String) {
        let unit = f.quantity.kind == .count ? (f.quantity.noun ?? "").lowercased() : f.quantity.unit
        self.init(dataset: dataset, indicator: f.indicator, reporter: f.reporter, partner: f.partner,
                  direction: f.direction, subject: f.subject, unit: unit)
    }
}

/// How qualifiers travel through arithmetic.
///
/// Each input comes with the sign of its effect on the result (+1 if the result grows with it).
/// A lower bound on an input that raises the result gives a lower bound on the result; bounds that
/// pull both ways leave nothing to say (nil). Approximate inputs give an approximate result.
public enum QualifierAlgebra {
    public static func combine(_ inputs: [(qualifier: Qualifier, effect: Int)]) -> Qualifier? {
        var directions: Set<Int> = []
        var approximate = false
        for (q, effect) in inputs {
            switch q {
            case .exact: break
            case .approximately, .nearly: approximate = true
            case .lowerBound: directions.insert(effect)
            case .upperBound: directions.insert(-effect)
            }
        }
        if directions.count > 1 { return nil }
        if let d = directions.first { return d > 0 ? .lowerBound : .upperBound }
        return approximate ? .approximately : .exact
    }
}
