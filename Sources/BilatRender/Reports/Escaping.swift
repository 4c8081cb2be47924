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

    /// Text that stays text in Markdown and in the HTML made from it: &, < and > become entities, the
    /// characters that start emphasis, code, links, tables or strikethrough are backslash-escaped, and so is a
    /// leading character that would start a heading, list or quote. "[click](javascript:…)" stays literal.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\n", "\r\n": out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        if let first = out.first, "#+-=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// A mustache content type for notebook prose: values are escaped for Markdown (and HTML).
    struct MarkdownContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { Escaping.markdown(text) }
    }

    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
