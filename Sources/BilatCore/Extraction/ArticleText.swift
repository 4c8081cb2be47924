/// An article as the extractor reads it: characters addressed by offset, with Markdown markup blanked out.
///
/// Offsets count Swift `Character`s from the start of the text after a byte-order mark, so a CRLF line end
/// is one character, as an editor shows it. Markdown markup is replaced by spaces of the same length rather
/// than removed, so every offset still points into the analyst's original file.
public struct ArticleText: Sendable {
    /// The text with markup blanked; the same length as the original.
    public let characters: [Character]
    /// Each character's byte when it is one ASCII byte, else ``notASCII`` (CR LF is one character of two bytes).
    /// The sentence splitter tests every character: comparing a byte costs far less than asking a Character.
    let asciiCodes: [UInt8]
    static let notASCII: UInt8 = 0xFF

    public init(_ text: String, markdown: Bool = false) {
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        if markdown { MarkdownBlanking.blank(&chars) }
        characters = chars
        // ASCII text without CR: every byte is a character of its own, so the bytes are the codes.
        if !markdown, text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            asciiCodes = Array(text.utf8)
        } else {
            asciiCodes = chars.map { c in
                if let a = c.asciiValue, c != "\r\n" { a } else { Self.notASCII }
            }
        }
    }

    public var count: Int { characters.count }

    public func text(_ range: Range<Int>) -> String { String(characters[range]) }
}
