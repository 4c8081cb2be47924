import BilatCore
import BilatDatasets
import Foundation

/// Reads the extractor's vocabulary (`cues.csv`, `countries.csv`) from a folder, every bad row located
/// as file:line:column.
public enum ExtractionVocabularyFiles {
    public static let defaultFolder = "Datasets/extraction"
    static let roles = ["cue", "unit", "strong-unit", "exclude"]

    public static func load(_ folder: String) throws(DiagnosticsError) -> ExtractionVocabulary {
        let cuesPath = DatasetFolders.join(folder, "cues.csv"), countriesPath = DatasetFolders.join(folder, "countries.csv")
        var diagnostics: [Diagnostic] = []
        func bytes(_ path: String) -> [UInt8]? {
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.error("missing vocabulary file \(path)", accepted: "a folder with cues.csv and countries.csv, e.g. --vocabulary Datasets/extraction"))
                return nil
            }
            return [UInt8](data)
        }
        let cueBytes = bytes(cuesPath), countryBytes = bytes(countriesPath)
        guard let cueBytes, let countryBytes else { throw DiagnosticsError(diagnostics) }
        let (vocabulary, found) = read(cues: cueBytes, cuesPath: cuesPath, countries: countryBytes, countriesPath: countriesPath)
        diagnostics += found
        guard let vocabulary, !diagnostics.hasErrors else { throw DiagnosticsError(diagnostics.sortedByLocation()) }
        return vocabulary
    }

    /// The vocabulary from the two files' bytes; nil with located diagnostics when any row is wrong.
    public static func read(cues: [UInt8], cuesPath: String, countries: [UInt8], countriesPath: String)
        -> (ExtractionVocabulary?, [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var cueList: [ExtractionVocabulary.Cue] = []
        var units: [String: [Phrase]] = [:]
        var strongUnits: [String: [Phrase]] = [:]
        var exclusions: [ExtractionVocabulary.Exclusion] = []
        var names: [Phrase: String] = [:]

        let (cueTable, cueProblems) = CSVTable.read(cues, path: cuesPath, required: ["indicator", "role", "phrase"], optional: ["direction", "reason", "weight"])
        diagnostics += cueProblems
        for row in cueTable?.rows ?? [] {
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

        let (countryTable, countryProblems) = CSVTable.read(countries, path: countriesPath, required: ["code", "name"])
        diagnostics += countryProblems
        for row in countryTable?.rows ?? [] {
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
