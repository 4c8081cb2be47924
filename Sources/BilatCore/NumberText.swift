/// Whole numbers with thousands separators, for messages and tables: 10,000, the same on every machine.
public enum NumberText {
    public static func grouped(_ n: Int) -> String {
        (n < 0 ? "-" : "") + grouped(digits: String(n.magnitude))
    }

    /// A run of digits with a comma before every three from the right: "1234567" as "1,234,567".
    public static func grouped(digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
