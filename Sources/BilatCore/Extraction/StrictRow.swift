import Foundation

/// Which way a figure goes, as the strict score compares direction: a two-way figure names the pair in either
/// order, a one-way figure who sends and who receives. `exports` AZE→PAK written by the Azerbaijani side
/// (reporter AZE, to_partner) and an `imports` row Pakistan reports (reporter PAK, from_partner) both go AZE→PAK.
public enum FigureFlow: Hashable, Sendable, CustomStringConvertible {
    case between(String, String)
    case from(String, to: String)

    public init(reporter: String, partner: String, direction: Direction) {
        switch direction {
        case .both: self = reporter <= partner ? .between(reporter, partner) : .between(partner, reporter)
        case .toPartner: self = .from(reporter, to: partner)
        case .fromPartner: self = .from(partner, to: reporter)
        }
    }

    public var description: String {
        switch self {
        case .between(let a, let b): return "\(a)↔\(b)"
        case .from(let a, let b): return "\(a)→\(b)"
        }
    }
}

/// One figure as the strict score sees it: the fields that must all agree for a proposed row to be right.
/// Proposed rows come from candidates; expected rows from a labelled set.
public struct StrictRow: Hashable, Sendable {
    public var indicator: String
    public var flow: FigureFlow
    /// Nil when the extractor gave none (never right: every expected row has one).
    public var period: Period?
    public var comparedWith: Period?
    /// The exact value, and the high end of a range.
    public var value: Decimal
    public var high: Decimal?
    /// A currency code, `percent`, `TIV`, or the counted noun; compared as ``unitKey``.
    public var unit: String

    /// The unit as it is compared.
    public var unitKey: String { Self.unitKey(unit) }
    public var qualifier: Qualifier
    /// For reports only: the text as written, and the labels of the kinds of wording the row exercises.
    public var asReported: String
    public var kinds: [String]

    public init(indicator: String, flow: FigureFlow, period: Period?, comparedWith: Period?, value: Decimal,
                high: Decimal?, unit: String, qualifier: Qualifier, asReported: String = "", kinds: [String] = []) {
        self.indicator = indicator
        self.flow = flow
        self.period = period
        self.comparedWith = comparedWith
        self.value = value
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.asReported = asReported
        self.kinds = kinds
    }

    /// A candidate's fields; a count's noun from its quantity, else the unit column.
    public init(_ c: Candidate) {
        let q = c.quantity
        let unit: String
        switch q.kind {
        case .money: unit = q.currency?.rawValue ?? ""
        case .percent: unit = "percent"
        case .tiv: unit = "TIV"
        case .count: unit = q.noun ?? c.unit
        }
        self.init(indicator: c.indicator, flow: FigureFlow(reporter: c.reporter, partner: c.partner, direction: c.direction),
                  period: c.period, comparedWith: c.comparedWith, value: q.value, high: q.high, unit: unit,
                  qualifier: q.qualifier, asReported: c.asReported)
    }

    /// What a unit is compared by: a currency code, `percent` or `TIV` as it is; a counted noun by its last word,
    /// lowercased, with a plural `s` dropped ("Azerbaijani officers" and "officer" are one unit; "jets" and
    /// "aircraft" are not).
    public static func unitKey(_ unit: String) -> String {
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        if Currency(rawValue: trimmed) != nil || trimmed == "TIV" || trimmed == "percent" { return trimmed }
        var word = (trimmed.split(separator: " ").last.map(String.init) ?? "").lowercased()
        if word.count > 4, word.hasSuffix("ies") { word = String(word.dropLast(3)) + "y" }
        else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
        return word
    }

    /// The fields in which this row and another differ, in the order of ``StrictField/allCases``.
    public func differences(from other: StrictRow) -> [StrictField] {
        StrictField.allCases.filter { field in
            switch field {
            case .value: return value != other.value || unitKey != other.unitKey
            case .range: return high != other.high
            case .indicator: return indicator != other.indicator
            case .period: return !Self.same(period, other.period)
            case .comparedWith: return !Self.same(comparedWith, other.comparedWith)
            case .qualifier: return qualifier != other.qualifier
            case .direction: return flow != other.flow
            }
        }
    }

    /// Periods agree when their bounds do; granularity and approximation are how they were written.
    static func same(_ a: Period?, _ b: Period?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return x.start == y.start && x.end == y.end
        default: return false
        }
    }

    /// One line for a report: indicator, flow, period, value, qualifier and the text.
    public var summary: String {
        let range = high.map { "–\($0.plainText)" } ?? ""
        let compared = comparedWith.map { " vs \($0.label)" } ?? ""
        return "\(indicator) \(flow) \(period?.label ?? "no period")\(compared) \(value.plainText)\(range) \(unit) \(qualifier.rawValue)"
            + (asReported.isEmpty ? "" : " '\(asReported)'")
    }
}

/// A field the strict score compares.
public enum StrictField: String, CaseIterable, Sendable, Hashable, Comparable {
    /// The number and its unit (currency, percent, or the counted noun).
    case value
    /// The high end of a range (or its absence).
    case range
    case indicator, period
    case comparedWith = "compared_with"
    case qualifier
    /// Who sends to whom: reporter, partner and direction together.
    case direction

    public static func < (a: StrictField, b: StrictField) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
