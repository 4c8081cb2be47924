/// Which way a flow goes, seen from the reporter.
public enum Direction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Both ways at once: trade turnover, agreements between the two.
    case both
    /// Reporter → partner: exports, aid given, a sale, training given.
    case toPartner = "to_partner"
    /// Partner → reporter: imports, aid received.
    case fromPartner = "from_partner"
}

/// Observation status where the source states one (SDMX's OBS_STATUS, in words).
public enum FigureStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case estimated, provisional
}

/// One sourced figure: what it measures, between whom, when, the text as reported and its reading.
public struct Figure: Hashable, Sendable, Encodable {
    public var id: String
    public var indicator: String
    public var reporter: String
    public var partner: String
    public var direction: Direction
    /// What exactly is counted when the indicator alone does not say ("JF-17 Thunder fighters").
    public var subject: String
    public var period: Period
    /// The text the period was read from, kept so a listing shows what the analyst wrote.
    public var periodText: String
    /// For stated changes: the period the change is measured against.
    public var comparedWith: Period?
    /// Exactly as the source wrote it; the normalised quantity is computed from this.
    public var asReported: String
    public var quantity: Quantity
    public var status: FigureStatus?
    public var sourceID: String
    /// The reference date windows were counted back from, when the row gave one.
    public var asOf: Period?
    public var note: String
    /// The analyst's name for the deal or event the row describes (the `key` column), empty when not given:
    /// rows with the same key describe one deal or event, whatever their subjects (see ``DealIdentity``).
    public var linkKey: String

    public init(id: String, indicator: String, reporter: String, partner: String, direction: Direction,
                subject: String = "", period: Period, periodText: String, comparedWith: Period? = nil,
                asReported: String, quantity: Quantity, status: FigureStatus? = nil, sourceID: String,
                asOf: Period? = nil, note: String = "", linkKey: String = "") {
        self.id = id
        self.indicator = indicator
        self.reporter = reporter
        self.partner = partner
        self.direction = direction
        self.subject = subject
        self.period = period
        self.periodText = periodText
        self.comparedWith = comparedWith
        self.asReported = asReported
        self.quantity = quantity
        self.status = status
        self.sourceID = sourceID
        self.asOf = asOf
        self.note = note
        self.linkKey = linkKey
    }

    /// A stated change ("26.55% increase") rather than a level.
    public var isStatedChange: Bool { comparedWith != nil }
}
