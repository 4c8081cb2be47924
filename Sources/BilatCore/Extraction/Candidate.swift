/// A figure the extractor proposes from an article, in the dataset's figures format, with what an
/// analyst needs to review it: the sentence, where the number is, how sure the rules are, and the cue
/// words that decided the indicator.
public struct Candidate: Hashable, Sendable {
    public var indicator: String
    public var reporter: String
    public var partner: String
    public var direction: Direction
    /// What a count counts, as the article names it ("Azerbaijani military officers"); empty for money.
    public var subject: String
    /// Nil when neither the sentence nor its neighbours name one and no publication date is known.
    public var period: Period?
    /// The article's words for the period ("between January and June", "last year"), or "" when inherited.
    public var periodWords: String
    /// Set for a stated change: the period the change is measured against.
    public var comparedWith: Period?
    /// The figure exactly as the article writes it.
    public var asReported: String
    /// The noun a bare count counts ("officers"); empty for money and percentages.
    public var unit: String
    public var quantity: Quantity
    public var status: FigureStatus?
    public var sourceID: String
    /// The sentence the figure comes from, and the figure's character offsets in the article.
    public var sentence: String
    public var start: Int
    public var end: Int
    /// 0 to 1: how much of the figure the rules found stated rather than inferred.
    public var confidence: Double
    /// The words that decided the indicator.
    public var cues: [String]
    /// For a part of a total ("of which $3.1 million were exports"): the index of the total among the candidates.
    public var partOf: Int?
    /// Why things were inferred, e.g. "period from the previous sentence".
    public var notes: [String]
    /// Already in the dataset: same indicator, subject, period, value and source.
    public var isKnown = false
    /// The period was named in the figure's own sentence, not carried over or defaulted.
    public var periodIsStated = true
    /// Whether the figure stands on a line without a full stop (a headline), which a body figure outranks.
    public var isBareLine = false

    public init(indicator: String, reporter: String, partner: String, direction: Direction, subject: String,
                period: Period?, periodWords: String, comparedWith: Period?, asReported: String, unit: String,
                quantity: Quantity, status: FigureStatus?, sourceID: String, sentence: String, start: Int, end: Int,
                confidence: Double, cues: [String], partOf: Int? = nil, notes: [String] = []) {
        self.indicator = indicator
        self.reporter = reporter
        self.partner = partner
        self.direction = direction
        self.subject = subject
        self.period = period
        self.periodWords = periodWords
        self.comparedWith = comparedWith
        self.asReported = asReported
        self.unit = unit
        self.quantity = quantity
        self.status = status
        self.sourceID = sourceID
        self.sentence = sentence
        self.start = start
        self.end = end
        self.confidence = confidence
        self.cues = cues
        self.partOf = partOf
        self.notes = notes
    }

    public var isStatedChange: Bool { comparedWith != nil }
}

/// A number the extractor read but does not propose, and the rule that dropped it.
public struct DroppedNumber: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var reason: DropReason
    /// The vocabulary's reason when a cues.csv exclusion dropped it.
    public var detail: String

    public init(text: String, start: Int, end: Int, reason: DropReason, detail: String = "") {
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
        self.detail = detail
    }
}

/// What one article gave: candidates in article order, and the numbers dropped with their reasons.
public struct Extraction: Sendable {
    public var candidates: [Candidate]
    public var dropped: [DroppedNumber]
    public init(candidates: [Candidate], dropped: [DroppedNumber]) {
        self.candidates = candidates
        self.dropped = dropped
    }
}
