/// An article as the extractor reads it: characters addressed by offset, with Markdown markup blanked out.
///
/// Offsets count Swift `Character`s from the start of the text after a byte-order mark, so a CRLF line end
/// is one character, as an editor shows it. Markdown markup is replaced by spaces of the same length rather
/// than removed, so every offset still points into the analyst's original file.
public struct ArticleText: Sendable {
    /// The text with markup blanked; the same length as the original.
    public let characters: [Character]

    public init(_ text: String, markdown: Bool = false) {
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        if markdown { MarkdownBlanking.blank(&chars) }
        characters = chars
    }

    public var count: Int { characters.count }

    public func text(_ range: Range<Int>) -> String { String(characters[range]) }
}
