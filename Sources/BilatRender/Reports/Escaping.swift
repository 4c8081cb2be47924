import Foundation
import Mustache

/// Escaping for the two report formats. Data goes through these; only the notebook's own prose is markup.
public enum Escaping {
    public static func html(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Where a text lands in Markdown, which decides what there would read as formatting.
    public enum MarkdownPlace: Sendable {
        /// The start of a block: a paragraph, a list item, a quote. Line-start markers count here.
        case blockStart
        /// A heading's text after `# `: a trailing ` #` would be eaten as a closing sequence.
        case heading
        /// A table cell: `|` ends the cell.
        case tableCell
        /// An image's alt text: any bracket would end or nest it.
        case linkText
        /// A template value whose place in the prose is unknown: escaped for every place above.
        case anywhere
    }

    /// Text that stays text in Markdown (CommonMark, GitHub's tables and strikethrough, and Ink, which makes the
    /// HTML from notebook prose). Only what would read as formatting at `place` is escaped, so "15.6 million" and
    /// "+33.3%" stay as written: `\`, backticks, `*`, `_`; `<` (raw HTML, autolinks) and an `&` that starts an entity
    /// become entities; a `]` that could close a link or image (before `(`, `[` or `:`); `~` when there are two or
    /// more (strikethrough); `|` in a table; and, at the start of a block, a heading `#`, a list marker (`-`, `+`,
    /// `1.` followed by a space), a rule (`---`, `===`), a quote `>` and a `[` that could define a link.
    /// Line breaks become spaces, so a text is always one line. "[click](javascript:…)" stays literal.
    public static func markdown(_ text: String, at place: MarkdownPlace = .blockStart) -> String {
        let chars = text.map { $0.isNewline ? " " : $0 }
        let tildes = chars.filter { $0 == "~" }.count
        var out = ""
        for (i, ch) in chars.enumerated() {
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch ch {
            case "\\", "`", "*", "_": out += "\\" + String(ch)
            case "<": out += "&lt;"
            case "&": out += startsEntity(chars, at: i) ? "&amp;" : "&"
            case "~": out += tildes > 1 ? "\\~" : "~"
            case "[": out += place == .linkText ? "\\[" : "["
            case "]": out += place == .linkText || next == "(" || next == "[" || next == ":" ? "\\]" : "]"
            case "|": out += place == .tableCell || place == .anywhere ? "\\|" : "|"
            default: out.append(ch)
            }
        }
        if place == .blockStart || place == .anywhere { out = escapingBlockStart(out) }
        if place == .heading || place == .anywhere, out.hasSuffix("#") {
            // "# C #" would lose its closing "#"; escaped, it stays.
            let run = out.reversed().prefix { $0 == "#" }.count
            out.insert("\\", at: out.index(out.endIndex, offsetBy: -run))
        }
        return out
    }

    /// `&name;`, `&#123;` or `&#x1F;`: what Markdown would decode as a character reference.
    static func startsEntity(_ chars: [Character], at i: Int) -> Bool {
        var j = i + 1
        while j < chars.count, j - i <= 33, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" { j += 1 }
        return j > i + 1 && j < chars.count && chars[j] == ";"
    }

    /// Escapes a marker that would open a heading, list, rule, quote or link definition at the start of a line.
    /// Leading spaces go (Markdown drops them, and four would start a code block).
    static func escapingBlockStart(_ text: String) -> String {
        let out = String(text.drop { $0 == " " || $0 == "\t" })
        guard let first = out.first else { return out }
        let rest = out.dropFirst()
        let spaceOrEnd: (Substring) -> Bool = { $0.first.map { $0 == " " || $0 == "\t" } ?? true }
        switch first {
        case "#":
            let hashes = out.prefix { $0 == "#" }
            return hashes.count <= 6 && spaceOrEnd(out.dropFirst(hashes.count)) ? "\\" + out : out
        case "-", "+":
            let rule = first == "-" && out.allSatisfy { $0 == "-" || $0 == " " || $0 == "\t" }
            return spaceOrEnd(rest) || rule ? "\\" + out : out
        case "=":
            return out.allSatisfy { $0 == "=" || $0 == " " || $0 == "\t" } ? "\\" + out : out
        case ">": return "&gt;" + rest
        case "[": return "\\" + out
        default:
            let digits = out.prefix { $0.isASCII && $0.isNumber }
            let after = out.dropFirst(digits.count)
            guard (1...9).contains(digits.count), let mark = after.first, mark == "." || mark == ")",
                  spaceOrEnd(after.dropFirst()) else { return out }
            return digits + "\\" + after
        }
    }

    /// A mustache content type for notebook prose: values are escaped for Markdown (and HTML), wherever they sit.
    struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Escaping.markdown(text, at: .anywhere) }
    }

    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
