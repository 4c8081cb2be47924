/// Where figures and events come from. Provenance is data: every figure names one.
public struct Source: Hashable, Sendable, Encodable {
    public var id: String
    public var publisher: String
    public var title: String
    public var author: String
    public var url: String
    /// As precise as the source allows: a day, a month or a year. Nil when undated.
    public var published: Period?
    /// What is known beyond `published`, e.g. "undated; written after July 2024".
    public var publishedNote: String
    public var accessed: Period?
    /// The outlet's country (ISO 3166-1 alpha-3), when sources.csv gives one: in an article of an outlet of one of
    /// the pair, bare "exports" and "imports" are that country's (`bilat extract`). Empty when unknown.
    public var country: String = ""

    public init(id: String, publisher: String, title: String, author: String = "", url: String = "",
                published: Period? = nil, publishedNote: String = "", accessed: Period? = nil) {
        self.init(id: id, publisher: publisher, title: title, author: author, url: url, published: published,
                  publishedNote: publishedNote, accessed: accessed, country: "")
    }

    public init(id: String, publisher: String, title: String, author: String = "", url: String = "",
                published: Period? = nil, publishedNote: String = "", accessed: Period? = nil, country: String) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.author = author
        self.url = url
        self.published = published
        self.publishedNote = publishedNote
        self.accessed = accessed
        self.country = country
    }

    enum CodingKeys: String, CodingKey { case id, publisher, title, author, url, published, publishedNote, accessed, country }

    /// The synthesised form, with `country` only when known, so sources without one encode as before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(title, forKey: .title)
        try c.encode(author, forKey: .author)
        try c.encode(url, forKey: .url)
        try c.encodeIfPresent(published, forKey: .published)
        try c.encode(publishedNote, forKey: .publishedNote)
        try c.encodeIfPresent(accessed, forKey: .accessed)
        if !country.isEmpty { try c.encode(country, forKey: .country) }
    }
}
