/// What the extractor is told about an article besides its text.
public struct ExtractionSettings: Sendable {
    /// The source id every candidate names.
    public var sourceID: String
    /// The publication date: relative periods ("last year", "the past decade") count back from it.
    public var published: Period?
    /// The pair of parties; when nil, the two countries the article names most often, in order of first mention.
    public var reporter: String?
    public var partner: String?
    /// When the parties' fiscal years start (parties.csv's fiscal_year_start), for "FY2020-21" and "2020/21".
    public var fiscalYearStarts: [String: FiscalYearStart]
    /// The country of the outlet that published the article, when known: in an outlet of one of the pair, bare
    /// "exports" and "imports" with no country named are that country's (issue 17, "Reporting side").
    public var outletCountry: String? = nil

    public init(sourceID: String, published: Period? = nil, reporter: String? = nil, partner: String? = nil,
                fiscalYearStarts: [String: FiscalYearStart] = [:]) {
        self.sourceID = sourceID
        self.published = published
        self.reporter = reporter
        self.partner = partner
        self.fiscalYearStarts = fiscalYearStarts
    }

    /// Whose fiscal year an article's fiscal labels name. A figure's reporter is known only once the whole article
    /// is read, so it is the one fiscal year the pair declares (or the same start both declare; with no pair given,
    /// the parties that declare one); nil when there is none, or two different ones.
    public var fiscalYear: FiscalYear? {
        let pair = [reporter, partner].compactMap { $0 }
        return FiscalYear.ofPair(pair.isEmpty ? fiscalYearStarts.keys.sorted() : pair, starts: fiscalYearStarts)
    }
}
