import BilatCore
import BilatDatasets
import Foundation

/// Small random projects that look like real, messy ones, for property tests and `bilat-bench projects`:
/// several datasets over a few shared parties (so relationships span datasets, in both directions and with
/// reporter and partner swapped), source and figure ids shared between datasets, subjects that differ only
/// in case or punctuation, very long subjects, zero and huge values, an indicator called `events`, and
/// notebooks whose names clash with the yearly reports. The same seed writes the same bytes.
public enum GeneratedProject {
    static let parties = [("AZE", "Azerbaijan"), ("PAK", "Pakistan"), ("TUR", "Türkiye"), ("IND", "India"), ("KAZ", "Kazakhstan")]
    static let subjects = ["", "", "Flood relief!", "flood relief?", "JF-17 Thunder fighters", "jf-17 thunder fighters",
                           String(repeating: "a very long subject of a deal ", count: 11), "Ünïcödé — “quoted”, with commas",
                           "=HYPERLINK(\"http://x\")", "<script>alert(1)</script>"]
    static let amounts = ["$0", "$1.6 billion", "about $11.7 million", "more than $28 million", "$7,340,000", "US$ 2.5 bn",
                          "$999,999,999,999", "€4 million", "$0.5 million"]
    static let counts = ["0 officers", "over a hundred officers", "36 documents", "about 40 units", "1,000,000 ampoules"]
    static let periods = ["2017", "2018", "2019", "2020", "2021", "2022", "January–September 2018", "January–September 2019",
                          "Q1 2021", "2021-03", "9998", "9999", "0001"]

    /// Writes `Datasets/` and `Notebooks/` of a project under `root` (which must exist or be creatable).
    public static func write(seed: UInt64, to root: String) throws {
        var random = SyntheticDataset.Random(state: seed &* 2_654_435_761 &+ 1)
        func pick<T>(_ items: [T]) -> T { items[random.int(0...(items.count - 1))] }
        let datasets = random.int(1...3)
        for d in 0..<datasets {
            let folder = "\(root)/Datasets/set-\(d)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var pool = parties
            for i in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(i, random.int(0...i)) }
            let mine = Array(pool.prefix(random.int(2...parties.count)))
            let sources = ["shared-source", "own-\(d)"]
            var files: [String: String] = [:]
            files["sources.csv"] = "id,publisher,title,author,url,published,published_note,accessed\n"
                + sources.map { "\($0),Publisher \(d),Title of \($0),,,2023-01-0\(d + 1),,\n" }.joined()
            files["parties.csv"] = "id,name\n" + mine.map { "\($0.0),\($0.1)\n" }.joined()
            files["indicators.csv"] = "id,name,description,unit_kind\ntrade_turnover,Trade turnover,Both ways.,money\n"
                + "exports,Exports,One way.,money\nimports,Imports,One way.,money\npersonnel_trained,Personnel trained,People.,count\n"
                + "events,Events counted,An indicator that takes the timeline's name.,count\n"
            var figures = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
            var used = Set<String>()
            for f in 0..<random.int(0...24) {
                let a = pick(mine), b = pick(mine.filter { $0.0 != a.0 })
                let kind = random.int(0...5)
                let (indicator, direction, text): (String, String, String)
                switch kind {
                case 0, 1: (indicator, direction, text) = ("trade_turnover", "both", pick(amounts))
                case 2: (indicator, direction, text) = ("exports", "to_partner", pick(amounts))
                case 3: (indicator, direction, text) = ("imports", "from_partner", pick(amounts))
                case 4: (indicator, direction, text) = ("personnel_trained", "to_partner", pick(counts))
                default: (indicator, direction, text) = ("events", "both", pick(counts))
                }
                let subject = pick(subjects), period = pick(periods), source = pick(sources)
                // One figure per measure, period and source: the natural key the reader enforces.
                guard used.insert([indicator, a.0, b.0, direction, subject.lowercased(), period, source].joined(separator: "|")).inserted else { continue }
                figures += [f % 3 == 0 ? "shared-id-\(f)" : "f\(d)-\(f)", indicator, a.0, b.0, direction, cell(subject), period, "",
                            cell(text), "", "", source, "", ""].joined(separator: ",") + "\n"
            }
            files["figures.csv"] = figures
            var events = "id,date,title,source_ids,note\n"
            for e in 0..<random.int(0...3) {
                events += "shared-event-\(e),\(pick(["2019-05-01", "2021", "2022-10-04"])),\(cell(pick(subjects.filter { !$0.isEmpty }))),\(pick(sources)),\n"
            }
            files["events.csv"] = events
            for (name, text) in files { try text.write(toFile: "\(folder)/\(name)", atomically: false, encoding: .utf8) }
            try descriptor(name: "set-\(d)").write(toFile: "\(folder)/datapackage.json", atomically: false, encoding: .utf8)
        }
        let notebooks = "\(root)/Notebooks"
        try FileManager.default.createDirectory(atPath: notebooks, withIntermediateDirectories: true)
        let cells = "```bilat summary\n```\n```bilat figures\n```\n```bilat growth\n```\n```bilat charts\n```\n```bilat findings\n```\n"
        var names = ["yearly-report", "overview"]
        // Names that clash with what the yearly reports are called, or with each other once slugged.
        for name in ["2021", "2022", "overview-2021", "Deals", "deals", "yearly-report-2021"] where random.int(0...1) == 1 { names.append(name) }
        for name in names {
            let front = name == "overview-2021" || name == "Deals" ? "---\ntitle: {{parties}} \(name)\nscope: yearly\n---\n" : "---\ntitle: {{parties}} \(name)\n---\n"
            try (front + cells).write(toFile: "\(notebooks)/\(name).md", atomically: false, encoding: .utf8)
        }
    }

    static func cell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A descriptor naming every file with the columns the generator writes.
    static func descriptor(name: String) -> String {
        let headers: [(String, [String])] = [
            ("sources", ["id", "publisher", "title", "author", "url", "published", "published_note", "accessed"]),
            ("parties", ["id", "name"]), ("indicators", ["id", "name", "description", "unit_kind"]),
            ("figures", ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with", "as_reported",
                         "unit", "status", "source_id", "as_of", "note"]),
            ("events", ["id", "date", "title", "source_ids", "note"]),
        ]
        let resources = headers.map { table, fields in
            "{\"name\": \"\(table)\", \"path\": \"\(table).csv\", \"schema\": {\"fields\": ["
                + fields.map { "{\"name\": \"\($0)\", \"type\": \"string\"}" }.joined(separator: ", ") + "]}}"
        }
        return "{\"profile\": \"tabular-data-package\", \"name\": \"\(name)\", \"title\": \"Generated \(name)\", \"resources\": [\n"
            + resources.joined(separator: ",\n") + "\n]}\n"
    }
}
