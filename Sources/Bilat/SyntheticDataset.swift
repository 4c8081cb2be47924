import BilatCore
import BilatDatasets
import Foundation

/// Writes a large, valid dataset for benchmarks: about 200 partners × 5 indicators × 35 years × commodity
/// series, with as-reported texts in the forms real sources use. The same seed gives the same bytes.
/// Rows are streamed to disk, so generating a million figures holds none of them in memory.
public enum SyntheticDataset {
    public static let partners = 200
    public static let indicators: [(id: String, name: String, kind: String, direction: String)] = [
        ("trade_turnover", "Trade turnover", "money", "both"), ("exports", "Exports", "money", "to_partner"),
        ("imports", "Imports", "money", "from_partner"), ("aid", "Aid", "money", "to_partner"),
        ("personnel_trained", "Personnel trained", "count", "to_partner"),
    ]
    public static let years = 1990...2024
    public static let sources = 1000

    /// A small deterministic generator (64-bit LCG), so runs on any machine write the same data.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    static func partnerCode(_ i: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return "P" + String(letters[i / 26 % 26]) + String(letters[i % 26])
    }

    /// Writes `figures` figures (and sources, parties, indicators, events, datapackage.json) into `folder`.
    /// - Parameter reversed: each partner reports on HOM instead (reporter and partner swapped), so a project
    ///   with a dataset of each has every relationship seen from both sides.
    public static func write(figures count: Int, to folder: String, seed: UInt64 = 1, reversed: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = Random(state: seed)
        func open(_ name: String) throws -> FileHandle {
            let path = folder + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        var buffer = ""
        func flush(_ handle: FileHandle, force: Bool = false) {
            if force || buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }

        let parties = try open("parties.csv")
        buffer = "id,name\nHOM,Homeland\n"
        for p in 0..<partners { buffer += "\(partnerCode(p)),Partner \(p + 1)\n" }
        flush(parties, force: true); try parties.close()

        let indicatorFile = try open("indicators.csv")
        buffer = "id,name,description,unit_kind\n" + indicators.map { "\($0.id),\($0.name),Synthetic \($0.name.lowercased()).,\($0.kind)" }.joined(separator: "\n") + "\n"
        flush(indicatorFile, force: true); try indicatorFile.close()

        let sourceFile = try open("sources.csv")
        buffer = "id,publisher,title,author,url,published,published_note,accessed\n"
        for s in 0..<sources { buffer += "s\(s),Publisher \(s % 37),Synthetic report \(s),,,2025-0\(s % 9 + 1)-15,,\n" }
        flush(sourceFile, force: true); try sourceFile.close()

        let eventFile = try open("events.csv")
        buffer = "id,date,title,source_ids,note\n"
        for e in 0..<min(1000, max(10, count / 1000)) {
            buffer += "e\(e),\(random.int(1990...2024))-\(String(format: "%02d", random.int(1...12))),Synthetic event \(e),s\(e % sources),\n"
        }
        flush(eventFile, force: true); try eventFile.close()

        let figureFile = try open("figures.csv")
        buffer = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
        let perSeries = years.count
        let commodities = max(1, (count + partners * indicators.count * perSeries - 1) / (partners * indicators.count * perSeries))
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var written = 0
        outer: for c in 0..<commodities {
            for p in 0..<partners {
                for (i, indicator) in indicators.enumerated() {
                    for year in years {
                        guard written < count else { break outer }
                        let n = written
                        written += 1
                        let period = n % 10 == 7 ? "January–\(months[random.int(2...11)]) \(year)" : String(year)
                        var text: String
                        var unit = ""
                        if indicator.kind == "count" {
                            let value = random.int(5...2500)
                            switch n % 3 {
                            case 0: text = "about \(value.formatted()) officers"
                            case 1: text = "over \(value)"; unit = "units"
                            default: text = "\(value) officers"
                            }
                        } else {
                            let whole = random.int(1...999), tenth = random.int(0...9)
                            switch n % 8 {
                            case 0: text = "$\(whole).\(tenth) million"
                            case 1: text = "US$ \(whole % 20 + 1).\(tenth) bn"
                            case 2: text = "USD \((whole * 12_345).formatted())"
                            case 3: text = "Rs \(whole).\(tenth) crore"
                            case 4: text = "AZN \(whole)m"
                            case 5: text = "about $\(whole).\(tenth) million"
                            case 6: text = "more than $\(whole) thousand"
                            default: text = "€\(whole).\(tenth)m"
                            }
                        }
                        let status = n % 17 == 0 ? "estimated" : ""
                        let (reporter, partner) = reversed ? (partnerCode(p), "HOM") : ("HOM", partnerCode(p))
                        buffer += "f\(n),\(indicator.id),\(reporter),\(partner),\(indicator.direction),commodity \(c + 1),\(period),,\(csvCell(text)),\(unit),\(status),s\(n % sources),,\n"
                        _ = i
                        flush(figureFile)
                    }
                }
            }
        }
        flush(figureFile, force: true); try figureFile.close()

        let descriptor: [String: Any] = [
            "profile": "tabular-data-package", "name": URL(fileURLWithPath: folder).lastPathComponent, "title": "Synthetic benchmark data (seed \(seed))",
            "resources": (DatasetLayout.tables + [DatasetLayout.indicators]).map { table -> [String: Any] in
                let header: [String]
                switch table.name {
                case "sources": header = ["id", "publisher", "title", "author", "url", "published", "published_note", "accessed"]
                case "parties": header = ["id", "name"] // no party keeps a fiscal year of its own
                case "figures": header = ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with", "as_reported", "unit", "status", "source_id", "as_of", "note"]
                case "events": header = ["id", "date", "title", "source_ids", "note"]
                default: header = table.columns
                }
                return ["name": table.name, "path": table.file, "schema": ["fields": header.map { ["name": $0, "type": "string"] }]]
            },
        ]
        let json = try JSONSerialization.data(withJSONObject: descriptor, options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: folder + "/datapackage.json"))
    }

    static func csvCell(_ text: String) -> String {
        text.contains(",") ? "\"\(text)\"" : text
    }
}

private extension Int {
    /// "1,234,567": thousands separators as English sources write them, without a locale.
    func formatted() -> String {
        let digits = Array(String(self))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
