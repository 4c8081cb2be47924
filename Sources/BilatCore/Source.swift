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

    public init(id: String, publisher: String, title: String, author: String = "", url: String = "",
                published: Period? = nil, publishedNote: String = "", accessed: Period? = nil) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.author = author
        self.url = url
        self.published = published
        self.publishedNote = publishedNote
        self.accessed = accessed
    }
}
