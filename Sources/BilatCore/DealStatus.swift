/// Where a deal stands, in the order deals move.
public enum DealStage: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case reported, underNegotiation = "under_negotiation", agreed, signed, delivered

    public static func < (a: DealStage, b: DealStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// What one source says of a deal's stage, as of a date.
public struct DealStatus: Hashable, Sendable, Encodable {
    public var id: String
    /// The deal, named as the figures' subject names it ("JF-17 Thunder fighters").
    public var subject: String
    public var stage: DealStage
    /// When the source says the deal stood so: the row's as_of, or the source's publication date.
    public var asOf: Period
    /// True when the row gives its own as_of, a date the source gives for the stage; false when as_of is the
    /// source's publication date, which says only where the deal stood when the source was written.
    public var asOfGiven: Bool
    public var sourceID: String
    public var note: String
    /// The deal, as the `key` column names it; empty when not given, and the subject names it (see ``DealIdentity``).
    public var linkKey: String

    public init(id: String, subject: String, stage: DealStage, asOf: Period, asOfGiven: Bool = true, sourceID: String,
                note: String = "", linkKey: String = "") {
        self.id = id
        self.subject = subject
        self.stage = stage
        self.asOf = asOf
        self.asOfGiven = asOfGiven
        self.sourceID = sourceID
        self.note = note
        self.linkKey = linkKey
    }
}

/// A finding an analyst reviewed and accepted, with the reason; shown as accepted, never hidden.
public struct AcceptedFinding: Hashable, Sendable, Encodable {
    public var findingID: String
    public var reason: String

    public init(findingID: String, reason: String) {
        self.findingID = findingID
        self.reason = reason
    }
}
