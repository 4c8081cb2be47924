import BilatCore
import BilatDatasets
import Foundation

/// The extractor's vocabulary: the built-in `cues.csv` and `countries.csv` (``BuiltInVocabulary``), extended
/// by the rows of a project's own files. Every bad row is located as file:line:column.
public enum ExtractionVocabularyFiles {
    public static let defaultFolder = "Datasets/extraction"
    static let roles = ["cue", "unit", "strong-unit", "exclude"]
    static let cueColumns = ["indicator", "role", "phrase", "direction", "reason", "weight"]
    /// How built-in rows are named in diagnostics.
    static let builtInFolder = "(built-in vocabulary)"

    /// One vocabulary file's bytes and the path diagnostics show.
    public struct File: Sendable {
        public var bytes: [UInt8]
        public var path: String
        public init(bytes: [UInt8], path: String) { self.bytes = bytes; self.path = path }
    }

    /// The built-in vocabulary with the rows of `folder`'s files added (a row the built-in files already have is
    /// skipped, so a copy of them changes nothing).
    /// - Parameter folder: a folder with cues.csv, countries.csv or both; nil for ``defaultFolder`` when it
    ///   exists in the current folder, or the built-in vocabulary alone.
    public static func load(_ folder: String? = nil) throws(DiagnosticsError) -> ExtractionVocabulary {
        var cues = [builtIn("cues.csv")], countries = [builtIn("countries.csv")]
        var isDirectory: ObjCBool = false
        let chosen = folder ?? defaultFolder
        let exists = FileManager.default.fileExists(atPath: chosen, isDirectory: &isDirectory) && isDirectory.boolValue
        if folder != nil && !exists {
            throw DiagnosticsError([.error("no vocabulary folder at \(chosen)",
                                           accepted: "a folder with cues.csv, countries.csv or both, whose rows extend the built-in vocabulary")])
        }
        if exists {
            let cuesPath = DatasetFolders.join(chosen, "cues.csv"), countriesPath = DatasetFolders.join(chosen, "countries.csv")
            let ownCues = FileManager.default.contents(atPath: cuesPath), ownCountries = FileManager.default.contents(atPath: countriesPath)
            if folder != nil && ownCues == nil && ownCountries == nil {
                throw DiagnosticsError([.error("no cues.csv or countries.csv in \(chosen)",
                                               accepted: "a folder with cues.csv, countries.csv or both, whose rows extend the built-in vocabulary")])
            }
            if let ownCues { cues.append(File(bytes: [UInt8](ownCues), path: cuesPath)) }
            if let ownCountries { countries.append(File(bytes: [UInt8](ownCountries), path: countriesPath)) }
        }
        let (vocabulary, diagnostics) = read(cues: cues, countries: countries)
        guard let vocabulary, !diagnostics.hasErrors else { throw DiagnosticsError(diagnostics.sortedByLocation()) }
        return vocabulary
    }

    static func builtIn(_ name: String) -> File {
        File(bytes: Array((BuiltInVocabulary.files.first { $0.name == name }?.text ?? "").utf8), path: builtInFolder + "/" + name)
    }

    /// The vocabulary from the two files' bytes; nil with located diagnostics when any row is wrong.
    public static func read(cues: [UInt8], cuesPath: String, countries: [UInt8], countriesPath: String)
        -> (ExtractionVocabulary?, [Diagnostic])
    {
        read(cues: [File(bytes: cues, path: cuesPath)], countries: [File(bytes: countries, path: countriesPath)])
    }

    /// The vocabulary from several files of each kind, read in order; a row equal to one of an earlier file is skipped.
    public static func read(cues: [File], countries: [File]) -> (ExtractionVocabulary?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var cueList: [ExtractionVocabulary.Cue] = []
        var units: [String: [Phrase]] = [:]
        var strongUnits: [String: [Phrase]] = [:]
        var exclusions: [ExtractionVocabulary.Exclusion] = []
        var names: [Phrase: String] = [:]

        var cueRows: [(row: CSVTable.Row, path: String)] = []
        var seen = Set<[String]>()
        for file in cues {
            let (table, problems) = CSVTable.read(file.bytes, path: file.path, required: ["indicator", "role", "phrase"],
                                                  optional: ["direction", "reason", "weight"])
            diagnostics += problems
            var added = Set<[String]>()
            for row in table?.rows ?? [] {
                let cells = cueColumns.map { row[$0] }
                if seen.contains(cells) { continue }
                added.insert(cells)
                cueRows.append((row, file.path))
            }
            seen.formUnion(added)
        }
        for (row, cuesPath) in cueRows {
            let at = { (column: String) in row.location(column, path: cuesPath) }
            let indicator = row["indicator"], role = row["role"]
            guard let phrase = Phrase(row["phrase"]) else {
                diagnostics.append(.error("empty phrase", at: at("phrase"), accepted: "one or more words; end a word with * to match any ending (train*)"))
                continue
            }
            if !indicator.isEmpty && !Indicator.isValidID(indicator) {
                diagnostics.append(.error("indicator '\(indicator)' is not snake_case", at: at("indicator"), accepted: "an indicator id such as trade_turnover"))
                continue
            }
            var direction: Direction? = nil
            if !row["direction"].isEmpty {
                direction = Direction(rawValue: row["direction"])
                if direction == nil {
                    diagnostics.append(.error("direction '\(row["direction"])' is not known", at: at("direction"),
                                              accepted: "empty, or " + Direction.allCases.map(\.rawValue).joined(separator: ", ")))
                    continue
                }
            }
            var weight = 1.0
            if !row["weight"].isEmpty {
                guard let w = Double(row["weight"]), w > 0, w <= 10 else {
                    diagnostics.append(.error("weight '\(row["weight"])' is not a number from 0 to 10", at: at("weight"), accepted: "empty (1), or e.g. 0.5 for a vague cue"))
                    continue
                }
                weight = w
            }
            switch role {
            case "cue", "unit", "strong-unit":
                if indicator.isEmpty {
                    diagnostics.append(.error("a \(role) row needs an indicator", at: at("indicator"), accepted: "an indicator id such as trade_turnover"))
                } else if role == "cue" {
                    cueList.append(.init(indicator: indicator, phrase: phrase, direction: direction, weight: weight))
                } else if role == "unit" {
                    units[indicator, default: []].append(phrase)
                } else {
                    strongUnits[indicator, default: []].append(phrase)
                }
            case "exclude":
                if row["reason"].isEmpty {
                    diagnostics.append(.error("an exclude row needs a reason", at: at("reason"), accepted: "why a number near this phrase is not a figure, e.g. a goal or target, not a reported figure"))
                } else {
                    exclusions.append(.init(indicator: indicator.isEmpty ? nil : indicator, phrase: phrase, reason: row["reason"]))
                }
            default:
                diagnostics.append(.error("role '\(role)' is not known", at: at("role"), accepted: roles.joined(separator: ", ")))
            }
        }

        var countryRows: [(row: CSVTable.Row, path: String)] = []
        for file in countries {
            let (table, problems) = CSVTable.read(file.bytes, path: file.path, required: ["code", "name"])
            diagnostics += problems
            countryRows += (table?.rows ?? []).map { ($0, file.path) }
        }
        for (row, countriesPath) in countryRows {
            let code = row["code"]
            guard Party.isValidID(code) else {
                diagnostics.append(.error("code '\(code)' is not an ISO 3166-1 alpha-3 code", at: row.location("code", path: countriesPath), accepted: "three capital letters such as AZE or PAK"))
                continue
            }
            guard let name = Phrase(row["name"]) else {
                diagnostics.append(.error("empty name", at: row.location("name", path: countriesPath), accepted: "a country's name, adjective or capital, e.g. Pakistani"))
                continue
            }
            if let other = names[name], other != code {
                diagnostics.append(.error("'\(row["name"])' already names \(other)", at: row.location("name", path: countriesPath), accepted: "each name for one country only"))
                continue
            }
            names[name] = code
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        var vocabulary = ExtractionVocabulary(cues: cueList, units: units, exclusions: exclusions, countries: names)
        vocabulary.strongUnits = strongUnits
        return (vocabulary, diagnostics)
    }
}
