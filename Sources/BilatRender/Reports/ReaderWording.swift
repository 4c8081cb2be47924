import BilatCore
import Foundation

/// Rewrites text the analysis wrote for analysts (finding messages, growth reasons) into words for readers:
/// figure, source and status ids become what they name ("the Today.Az figure for Azerbaijani military
/// officers"), snake_case indicator ids their names, ISO periods the page's dates ("4 Oct 2022",
/// "about 2014–2024"), and long numbers get thousands separators. The original text stays in the CSV and in
/// a report's details.
public struct ReaderWording: Sendable {
    /// What each id stands for.
    let names: [String: String]

    /// - Parameter names: an id and its words; the first words for an id win.
    public init(names: [(id: String, words: String)]) {
        var map: [String: String] = [:]
        for (id, words) in names where !id.isEmpty && map[id] == nil { map[id] = words }
        self.names = map
    }

    public func rewrite(_ text: String) -> String {
        Self.percentOnNumber(Self.groupingNumbers(in: Self.replacingPeriods(in: replacingIDs(in: text))))
    }

    /// "29.4 %" as "29.4%": a "%" after a space can wrap onto a line of its own.
    static func percentOnNumber(_ text: String) -> String {
        // Most texts have no " %": the regex is not run on them (a report rewrites thousands of texts).
        guard text.contains(" %") else { return text }
        return text.replacing(/(\d) %/) { "\($0.output.1)%" }
    }

    /// Characters that can continue an id: an id is a whole run of them, so "f-1" never matches inside "f-12".
    static func isIDCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "/" || c == "~"
    }

    /// The runs of id characters in `text`: the only strings that can be ids, so a report looks up only these.
    public static func tokens(in text: String) -> Set<String> {
        var out = Set<String>(), run = ""
        for c in text {
            if isIDCharacter(c) { run.append(c) } else if !run.isEmpty { out.insert(run); run = "" }
        }
        if !run.isEmpty { out.insert(run) }
        return out
    }

    func replacingIDs(in text: String) -> String {
        guard !names.isEmpty else { return text }
        var out = "", run = ""
        var used = Set<String>()
        func flush() {
            if let words = names[run] { out += words; used.insert(words) } else { out += run }
            run = ""
        }
        for c in text {
            if Self.isIDCharacter(c) { run.append(c) } else { flush(); out.append(c) }
        }
        flush()
        // "comtrade-2020 (UN Comtrade)" names its publisher after the id: once is enough.
        for words in used { out = out.replacingOccurrences(of: "\(words) (\(words))", with: words) }
        return out
    }

    /// ISO periods as the page writes dates: "2022-10-04" as "4 Oct 2022", "~2012-10/2022-10" as
    /// "about Oct 2012–Oct 2022", "2014/2024" as "2014–2024". A plain year stays as it is.
    static func replacingPeriods(in text: String) -> String {
        guard let regex = periodPattern else { return text }
        let ns = text as NSString
        var out = "", last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let body = ns.substring(with: match.range(at: 3))
            // A plain year, and fiscal years (already named "FY2020-21"), stay as written.
            guard match.range(at: 2).length == 0, body.contains("-") || body.contains("/"),
                  var period = try? PeriodReader.parse(body) else { continue }
            period.isApproximate = period.isApproximate || match.range(at: 1).length > 0
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            out += (period.isApproximate ? "about " : "") + period.rangeName
            last = match.range.location + match.range.length
        }
        return out + ns.substring(from: last)
    }

    /// Compiled once: compiling it for each text was a fifth of a build's rendering.
    /// (NSRegularExpression is immutable and safe to match from many threads.)
    static let periodPattern: NSRegularExpression? = {
        let part = #"\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?"#
        return try? NSRegularExpression(pattern: #"(?<![\w/.-])(~?)(FY)?("# + part + #"(?:/"# + part + #")?)(?![\w/-])"#)
    }()

    static let longNumberPattern: NSRegularExpression? =
        try? NSRegularExpression(pattern: #"(?<![\w.,/-])(\d{5,})(?![\w,/-]|\.\d*[A-Za-z_])"#)

    /// A query cell as a report shows it: a cell that is an ISO period ("2018-01/2018-09") in the page's dates,
    /// a whole number of five or more digits grouped; any other cell as the query returned it.
    public static func periodCell(_ cell: String) -> String {
        // Numbers and periods are short: a long cell (a query may return megabytes) is text, and left alone.
        guard cell.utf8.count <= 40 else { return cell }
        if cell.count >= 5, cell.allSatisfy({ $0.isASCII && $0.isNumber }) { return NumberText.grouped(digits: cell) }
        guard cell.contains("-") || cell.contains("/") else { return cell }
        let rewritten = replacingPeriods(in: cell)
        // Only a cell that is a period through and through: "2018-01 plan" is text, not a period.
        return ReaderWording.tokens(in: cell).count == 1 && rewritten != cell ? rewritten : cell
    }

    /// Digits of five or more in a row get thousands separators: "3900000" as "3,900,000"; years stay.
    static func groupingNumbers(in text: String) -> String {
        guard let regex = longNumberPattern else { return text }
        let ns = text as NSString
        var out = "", last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            out += NumberText.grouped(digits: ns.substring(with: match.range(at: 1)))
            last = match.range.location + match.range.length
        }
        return out + ns.substring(from: last)
    }

    /// An indicator's name inside a sentence: "Personnel trained" as "personnel trained", "JF-17 sales" kept.
    public static func inSentence(_ name: String) -> String {
        guard let first = name.first, first.isUppercase else { return name }
        let second = name.dropFirst().first
        if let second, second.isUppercase || second.isNumber { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// The first letter made a capital: a sentence may start with a rewritten id.
    public static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
