/// The country an article's dateline names: its news agency ("ISLAMABAD, March 3 (APP) –", "Baku / 12.03.2021 /
/// Trend:") or, for a paper or wire with none, the city it is filed from ("BAKU, Azerbaijan —", "KARACHI:"). The
/// extractor takes it as the outlet's country when it is not told one, so bare "exports" in an APP story are
/// Pakistan's (issue 17, "Reporting side").
enum Dateline {
    /// State and national news agencies, by their usual dateline names, and their countries.
    static let agencies: [String: String] = [
        "app": "PAK", "apa": "AZE", "azertac": "AZE", "trend": "AZE", "report": "AZE", "anadolu": "TUR", "aa": "TUR",
        "pti": "IND", "ians": "IND", "ani": "IND", "wam": "ARE", "spa": "SAU", "qna": "QAT", "kuna": "KWT",
        "kazinform": "KAZ", "uza": "UZB", "dunyo": "UZB", "xinhua": "CHN", "tass": "RUS", "ria": "RUS",
        "bakhtar": "AFG", "irna": "IRN", "gpb": "GEO",
    ]
    /// Agency names that are also English words: "The trend continued (Report)" is no dateline.
    static let commonWords: Set<String> = ["trend", "report", "app", "spa", "ani", "aa", "ria"]
    /// Cities news is filed from, beyond the capitals in countries.csv.
    static let cities: [String: String] = [
        "baku": "AZE", "ganja": "AZE", "islamabad": "PAK", "karachi": "PAK", "lahore": "PAK", "rawalpindi": "PAK",
        "ankara": "TUR", "istanbul": "TUR", "izmir": "TUR", "new delhi": "IND", "delhi": "IND", "mumbai": "IND",
        "bengaluru": "IND", "chennai": "IND", "kolkata": "IND", "dubai": "ARE", "abu dhabi": "ARE", "sharjah": "ARE",
        "riyadh": "SAU", "jeddah": "SAU", "doha": "QAT", "astana": "KAZ", "almaty": "KAZ", "tashkent": "UZB",
        "samarkand": "UZB", "tbilisi": "GEO", "jerusalem": "ISR", "tel aviv": "ISR", "kabul": "AFG", "beijing": "CHN",
        "shanghai": "CHN", "moscow": "RUS", "kuwait city": "KWT", "tehran": "IRN",
    ]

    /// Looks at the first lines (a headline, a letterhead, the dateline): the first that opens with a city followed
    /// by a separator, or names an agency in brackets or between slashes and commas before its first sentence.
    /// "ISLAMABAD:", "NEW DELHI:": a filing city in capitals and a colon, the way Pakistani, Indian and Gulf papers
    /// open a story.
    static func isCityLead(_ text: String) -> Bool {
        guard text.hasSuffix(":") else { return false }
        let words = text.dropLast().split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { w in w.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "." } && w.contains { $0.isLetter } }
    }

    static func country(of article: ArticleText) -> String? {
        var lines: [String] = []
        var current = ""
        for c in article.characters.prefix(800) {
            if c == "\n" || c == "\r" {
                if current.hasNonSpace { lines.append(current) }
                current = ""
            } else { current.append(c) }
        }
        if current.hasNonSpace { lines.append(current) }
        for line in lines.prefix(6) {
            if let code = read(line) { return code }
        }
        return nil
    }

    /// One line: "CITY, date (AGENCY) –", "City / date / Agency:", "CITY:", "CITY —", or the city alone.
    static func read(_ line: String) -> String? {
        let text = line.trimmingSpaces
        // The dateline ends where the story starts: at a dash between spaces or a colon.
        var head = Substring(text)
        for mark in [" – ", " — ", " - ", "—", ":"] where head.utf8.containsBytes(of: mark) {
            if let r = head.range(of: mark) { head = head[..<r.lowerBound] }
        }
        guard head.count <= 60 else { return nil }
        let words = head.split(whereSeparator: { !($0.isLetter || $0 == "." ) }).map { $0.lowercased() }
        guard !words.isEmpty else { return nil }
        // The city opens the line and is followed by a separator (or ends it).
        var city: String? = nil
        for length in [2, 1] where words.count >= length {
            let name = words.prefix(length).joined(separator: " ")
            guard let code = cities[name] else { continue }
            // "Islamabad hosts talks" is a headline; a dateline's city is followed by a separator or ends the line.
            let rest = text.dropFirst(name.count).drop(while: { $0 == " " })
            if rest.isEmpty || rest.first.map({ ",/:(–—-".contains($0) }) == true { city = code }
            break
        }
        let agency = words.lazy.compactMap { agencies[String($0.drop(while: { $0 == "." }).reversed().drop(while: { $0 == "." }).reversed())] }.first
        guard city != nil || agency != nil else { return nil }
        // An agency counts only on a dateline: after a city, or in brackets when its name is no English word.
        if let agency, city != nil || head.contains("(") && !words.contains(where: { commonWords.contains($0) }) { return agency }
        return city
    }
}

private extension StringProtocol {
    /// Without the spaces and tabs at either end. (Walking a reversed String a Character at a time cost a third of
    /// extracting an article.)
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[first...last])
    }

    /// Whether anything but spaces and tabs is left once they are trimmed.
    var hasNonSpace: Bool { contains { $0 != " " && $0 != "\t" } }
}

private extension Substring.UTF8View {
    /// Whether `mark`'s UTF-8 bytes occur here. Foundation's `range(of:)` finds a mark only where its bytes are
    /// (none of the marks has another canonically equivalent form), so the slow search runs only where it can succeed.
    func containsBytes(of mark: String) -> Bool {
        let needle = Array(mark.utf8)
        guard let first = needle.first else { return true }
        var i = startIndex
        while let at = self[i...].firstIndex(of: first) {
            if self[at...].starts(with: needle) { return true }
            i = index(after: at)
        }
        return false
    }
}
