/// A measure tracked across datasets, e.g. `trade_turnover`. Ids are snake_case and shared by every dataset.
public struct Indicator: Hashable, Sendable, Codable {
    /// The kinds of unit an indicator's level figures take; stated changes are always percentages.
    public enum UnitKind: String, Sendable, Hashable, CaseIterable, Codable {
        case money, count
        /// SIPRI trend-indicator values: its own unit, never money (``BilatCore/UnitKind/tiv``).
        case tiv
    }

    public var id: String
    public var name: String
    public var description: String
    public var unitKind: UnitKind

    public init(id: String, name: String, description: String, unitKind: UnitKind) {
        self.id = id
        self.name = name
        self.description = description
        self.unitKind = unitKind
    }

    /// snake_case: lower-case ASCII letters, digits and underscores, starting with a letter.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !id.hasSuffix("_") && !id.contains("__")
    }
}

/// A country or other party to the relationship, by ISO 3166-1 alpha-3 code.
public struct Party: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// When the party's fiscal year starts, if it declares one: its fiscal labels ("FY2020-21") read in it.
    public var fiscalYearStart: FiscalYearStart?

    public init(id: String, name: String, fiscalYearStart: FiscalYearStart? = nil) {
        self.id = id
        self.name = name
        self.fiscalYearStart = fiscalYearStart
    }

    /// Each party that declares a fiscal year, by id.
    public static func fiscalYearStarts(_ parties: [Party]) -> [String: FiscalYearStart] {
        var starts: [String: FiscalYearStart] = [:]
        for p in parties { if let start = p.fiscalYearStart { starts[p.id] = start } }
        return starts
    }

    public static func isValidID(_ id: String) -> Bool {
        id.count == 3 && id.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
