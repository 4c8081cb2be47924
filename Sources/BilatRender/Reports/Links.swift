import BilatCore

/// A source's web address as a link. Only addresses `SourceURL.isWebAddress` accepts become links; anything else
/// (which ingest refuses, so only a hand-made value) stays escaped text, so no data becomes a `javascript:` link.
public enum Links {
    /// `<a href="…">…</a>`: the address percent-encoded for the attribute, and shown as escaped text.
    public static func html(_ url: String) -> String {
        guard SourceURL.isWebAddress(url) else { return Escaping.html(url) }
        return "<a href=\"\(Escaping.html(target(url)))\">\(Escaping.html(url))</a>"
    }

    /// `[address](address)`, the destination percent-encoded so no parenthesis, bracket or space ends it early.
    public static func markdown(_ url: String) -> String {
        guard SourceURL.isWebAddress(url) else { return Escaping.markdown(url) }
        return "[\(Escaping.markdown(url, at: .linkText))](\(target(url)))"
    }

    /// The address with every byte outside RFC 3986's unreserved and the delimiters links need
    /// (`: / ? # @ ! $ & + , ; = %`) percent-encoded: non-ASCII, quotes, brackets, parentheses, `*`, `<`, `>`, `\`.
    static func target(_ url: String) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&+,;=%".utf8)
        var out = ""
        for byte in url.utf8 {
            if kept.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
