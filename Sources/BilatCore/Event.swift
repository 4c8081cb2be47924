/// A dated happening in the relationship, for timelines and yearly reports.
public struct Event: Hashable, Sendable, Encodable {
    public var id: String
    public var date: Period
    public var dateText: String
    public var title: String
    public var sourceIDs: [String]
    public var note: String
    /// The deal or event the row describes, as the `key` column names it; empty when not given. Events are
    /// linked to one another and to figures only through it (see ``DealIdentity``).
    public var linkKey: String

    public init(id: String, date: Period, dateText: String, title: String, sourceIDs: [String], note: String = "",
                linkKey: String = "") {
        self.id = id
        self.date = date
        self.dateText = dateText
        self.title = title
        self.sourceIDs = sourceIDs
        self.note = note
        self.linkKey = linkKey
    }
}

/// Everything one dataset folder holds, validated and normalised.
public struct Dataset: Hashable, Sendable {
    public var name: String
    public var title: String
    public var sources: [Source]
    public var parties: [Party]
    public var indicators: [Indicator]
    public var figures: [Figure]
    public var events: [Event]
    public var statuses: [DealStatus]
    public var accepted: [AcceptedFinding]
    /// Changes imports made to figures' values, in the order they were recorded (revisions.csv).
    public var revisions: [FigureRevision]
    /// Where each row was read, keyed "figures/ID", "statuses/ID", …, so findings can name file:line.
    public var rowLocations: [String: SourceLocation]

    public init(name: String, title: String = "", sources: [Source] = [], parties: [Party] = [],
                indicators: [Indicator] = [], figures: [Figure] = [], events: [Event] = [],
                statuses: [DealStatus] = [], accepted: [AcceptedFinding] = [], revisions: [FigureRevision] = [],
                rowLocations: [String: SourceLocation] = [:]) {
        self.name = name
        self.title = title
        self.sources = sources
        self.parties = parties
        self.indicators = indicators
        self.figures = figures
        self.events = events
        self.statuses = statuses
        self.accepted = accepted
        self.revisions = revisions
        self.rowLocations = rowLocations
    }
}
