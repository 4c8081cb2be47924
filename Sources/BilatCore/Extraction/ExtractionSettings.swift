/// What the extractor is told about an article besides its text.
public struct ExtractionSettings: Sendable {
    /// The source id every candidate names.
    public var sourceID: String
    /// The publication date: relative periods ("last year", "the past decade") count back from it.
    public var published: Period?
    /// The pair of parties; when nil, the two countries the article names most often, in order of first mention.
    public var reporter: String?
    public var partner: String?

    public init(sourceID: String, published: Period? = nil, reporter: String? = nil, partner: String? = nil) {
        self.sourceID = sourceID
        self.published = published
        self.reporter = reporter
        self.partner = partner
    }
}
