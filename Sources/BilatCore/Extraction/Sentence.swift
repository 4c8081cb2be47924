/// One sentence of an article (or one line that stands alone: a headline, a byline, a caption),
/// with where it sits in the article.
public struct Sentence: Hashable, Sendable {
    public var text: String
    /// Character offset of the first character in the article.
    public var start: Int
    /// Paragraph number, from 0; sentences look back for periods within their paragraph first.
    public var paragraph: Int
    /// A line with no sentence-ending punctuation: a headline, byline, caption or page furniture.
    public var isBareLine: Bool

    public var end: Int { start + text.count }

    public init(text: String, start: Int, paragraph: Int, isBareLine: Bool) {
        self.text = text
        self.start = start
        self.paragraph = paragraph
        self.isBareLine = isBareLine
    }
}
