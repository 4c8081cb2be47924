/// Cells a spreadsheet rewrote when a dataset was opened and saved in it: LibreOffice and Excel read "July 2024"
/// as a date and save it as `07/01/24`, turn a long number into `1.23E+07`, and keep a leading apostrophe a user
/// typed to force text. bilat refuses such cells; this says why, and how to keep the columns as text.
public enum SpreadsheetRewrite {
    /// How to stop a spreadsheet rewriting the columns, in both of the common ones.
    public static let keepAsText = "to keep the columns as text, in LibreOffice open the CSV through the Text Import "
        + "dialog and set the period, date and as_reported columns to the column type Text (or Format Cells → Text "
        + "before pasting); in Excel use Data → From Text/CSV → Transform Data and set those columns' type to Text "
        + "(or the Text Import Wizard, column data format Text); then retype the cell as the source writes it"

    /// What `text`, refused as a period or date, looks like a spreadsheet made of one; nil when it does not.
    public static func period(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.hasPrefix("'") { return apostrophe(text) }
        let parts = t.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        let separators = Set(t.filter { $0 == "/" || $0 == "." || $0 == "-" })
        if parts.count == 3, separators.count == 1, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
           parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 {
            return "'\(text)' looks like a date a spreadsheet wrote in place of a month or a year (it saves \"July 2024\" as 07/01/24 or 7/1/2024)"
        }
        // `Jul-24`, `Jul 24`, `24-Jul`, `1-Jul-24`: a spreadsheet's short month formats.
        let words = t.split { $0 == "-" || $0 == " " }
        if (2...3).contains(words.count), words.contains(where: { monthAbbreviations.contains($0.lowercased()) }),
           words.allSatisfy({ monthAbbreviations.contains($0.lowercased()) || ($0.count <= 2 && $0.allSatisfy(\.isASCIIDigit)) }) {
            return "'\(text)' looks like a spreadsheet's short date format in place of a month or a year"
        }
        if t.count == 5, t.allSatisfy(\.isASCIIDigit), let serial = Int(t), (20_000...80_000).contains(serial) {
            return "'\(text)' looks like a spreadsheet's date serial number (days since 1899) in place of a date"
        }
        return nil
    }

    /// What `text`, refused as an amount in as_reported, looks like a spreadsheet made of one; nil when it does not.
    public static func amount(_ text: String) -> String? {
        let t = text.trimmingSpaces
        if t.hasPrefix("'") { return apostrophe(text) }
        let core = t.drop { "$€£¥".contains($0) || $0 == " " }
        if let e = core.firstIndex(where: { $0 == "E" || $0 == "e" }), e != core.startIndex {
            let mantissa = core[..<e], exponent = core[core.index(after: e)...].drop { $0 == "+" || $0 == "-" }
            if mantissa.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }), mantissa.contains(where: \.isASCIIDigit),
               !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigit) {
                return "'\(text)' looks like a number a spreadsheet wrote in scientific notation in place of the amount as reported"
            }
        }
        // 1.234.567 or 1 234 567: thousands grouped by dots or spaces, as a spreadsheet in another locale saves them.
        let groups = core.split(omittingEmptySubsequences: false) { $0 == "." || $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }
        if groups.count >= 3 || (groups.count == 2 && core.contains(where: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" })),
           groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
           groups.first.map({ (1...3).contains($0.count) }) ?? false, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return "'\(text)' looks like a number a spreadsheet wrote with its own thousands separators; write it as the source does ($1,234,567 or 1.2 million)"
        }
        return nil
    }

    /// `diagnostic` (a refused period or date) with the hint added when `text` looks like a spreadsheet's rewrite.
    public static func hintingPeriod(_ diagnostic: Diagnostic, text: String) -> Diagnostic {
        period(text).map { adding($0, to: diagnostic) } ?? diagnostic
    }

    /// `diagnostic` (a refused as_reported) with the hint added when `text` looks like a spreadsheet's rewrite.
    public static func hintingAmount(_ diagnostic: Diagnostic, text: String) -> Diagnostic {
        amount(text).map { adding($0, to: diagnostic) } ?? diagnostic
    }

    static func adding(_ hint: String, to diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.message += "; \(hint); \(keepAsText)"
        return copy
    }

    static func apostrophe(_ text: String) -> String {
        "'\(text)' starts with an apostrophe, a spreadsheet's mark for \"keep this as text\" that it saved into the file; remove it"
    }

    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
