/// Numbers as readers see them, the same on every machine: "10,000", "1,640,000.5", with a no-break space
/// between a number and its word so "1.64 million" or "300,000+ ampoules" never breaks across lines.
public enum NumberText {
    /// Between a number and its unit or scale word: U+00A0, so a line never breaks there.
    public static let noBreakSpace = "\u{00A0}"

    public static func grouped(_ n: Int) -> String {
        (n < 0 ? "-" : "") + grouped(digits: String(n.magnitude))
    }

    /// A run of digits with a comma before every three from the right: "1234567" as "1,234,567".
    public static func grouped(digits: String) -> String {
        var out = ""
        let count = digits.count
        for (i, c) in digits.enumerated() {
            if i > 0, (count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// Plain decimal text with its whole part grouped: "-1640000.50" as "-1,640,000.50". Text that is not a
    /// plain decimal number comes back as it was.
    public static func grouped(decimal text: String) -> String {
        var body = Substring(text), sign = ""
        if let first = body.first, first == "-" || first == "+" || first == "−" { sign = String(first); body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        return sign + grouped(digits: String(whole)) + (parts.count == 2 ? "." + parts[1] : "")
    }
}
