/// Which texts a source's `url` may hold: a web address, since reports make it a link a reader follows.
/// `javascript:`, `data:`, `file:` and the rest would run or open something on the reader's machine.
public enum SourceURL {
    public static let accepted = "an http:// or https:// address such as https://www.example.org/article, or an empty cell"

    /// True for `http://HOST…` or `https://HOST…` (scheme in any case) with no space or control character.
    public static func isWebAddress(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return false }
        let rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return false }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, !host.hasPrefix("@"), !host.hasPrefix(":") else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// Why `text` is refused, naming its scheme when it has one.
    public static func problem(_ text: String) -> String {
        let scheme = text.firstIndex(of: ":").map { text[..<$0] }.flatMap { s in
            s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) } && !s.isEmpty ? String(s) : nil
        }
        if let scheme, !["http", "https"].contains(scheme.lowercased()) {
            return "url '\(text)' uses the scheme '\(scheme):'; a source's url is a link in the reports, so only http and https are allowed"
        }
        if scheme == nil { return "url '\(text)' has no scheme; a source's url is a link in the reports and must start with http:// or https://" }
        return "url '\(text)' is not a whole web address (http:// or https://, a host, and no spaces)"
    }
}
