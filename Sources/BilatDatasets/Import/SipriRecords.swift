import BilatCore
import Foundation

/// A party as SIPRI names it, and the ISO 3166-1 alpha-3 code bilat stores it as.
public struct SipriParty: Hashable, Sendable {
    public var name: String
    public var iso: String
}

/// Weapons delivered in one year (2026 register) or over the years of a deal (classic register, which gives
/// only the total and the list of years).
public struct SipriDelivery: Hashable, Sendable {
    public var years: [Int]
    public var number: Decimal
    /// `?` after Number delivered, or `Numbers delivered is estimate` Yes.
    public var numberEstimated: Bool
    /// `Delivery year is estimate` Yes.
    public var yearEstimated: Bool
    public var tiv: SipriTIV?
    public var location: SourceLocation
}

/// One deal of a SIPRI trade register.
public struct SipriDeal: Hashable, Sendable {
    /// `SIPRI AT Database ID` (2026), nil in the classic register, which has none.
    public var dealID: String?
    public var supplier: SipriParty
    public var recipient: SipriParty
    public var designation: String
    public var description: String
    public var orderYear: Int?
    public var orderYearEstimated: Bool
    /// Nil when the register leaves it empty ("not yet available"); the 2026 register has no such column.
    public var ordered: Decimal?
    public var orderedEstimated: Bool
    public var deliveries: [SipriDelivery]
    /// `New`, `Second hand`, `Second hand but modernized`.
    public var status: String
    public var comments: String
    /// TIV of one unit as this deal counts it (classic: per unit; 2026: TIV deal unit).
    public var tivPerUnit: SipriTIV?
    public var location: SourceLocation
    public var commentsLocation: SourceLocation

    /// "JF-17 Thunder (FGA aircraft)".
    public var subject: String { description.isEmpty ? designation : "\(designation) (\(description))" }
}

/// One value of a TIV table: deliveries from a supplier to a recipient in a year.
public struct SipriTIVValue: Hashable, Sendable {
    public var supplier: SipriParty
    public var recipient: SipriParty
    public var firstYear: Int
    public var lastYear: Int
    public var tiv: SipriTIV
    public var location: SourceLocation
}

/// What reading one SIPRI file found.
public struct SipriReading: Sendable {
    public var layout: SipriLayout?
    /// The preamble's "Data generated: 13 Mar 2025 …" (or "Generated: 22 April 2022") as an ISO date, if given.
    public var generated: String?
    public var deals: [SipriDeal] = []
    public var tivValues: [SipriTIVValue] = []
    public var skipped: [SipriSkip] = []
    public var diagnostics: [Diagnostic] = []
}
