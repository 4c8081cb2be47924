import Bilat
import BilatCore
import BilatDatasets
import Foundation

/// Every row the extractor proposes and every number it drops, over the bench corpus and both development
/// sets, one line each: `bilat-bench extract --dump FILE` saves it, `--verify FILE` checks a build against it,
/// so a change meant only to make the extractor faster is shown to change no output.
enum ExtractDump {
    static func lines(extractor: Extractor, corpus: [String], settings: ExtractionSettings, strictSet: String,
                      devSet: String) throws -> [String] {
        var out: [String] = []
        func add(_ name: String, _ extraction: Extraction) {
            out.append("== \(name): \(extraction.candidates.count) candidates, \(extraction.dropped.count) dropped")
            for c in extraction.candidates { out.append(String(reflecting: c)) }
            for d in extraction.dropped { out.append(String(reflecting: d)) }
        }
        for (k, text) in corpus.enumerated() { add("corpus \(k)", extractor.extract(ArticleText(text), settings: settings)) }
        for half in StrictExtractionScoring.halves {
            for article in try StrictExtractionScoring.load(strictSet, half: half).articles {
                let path = strictSet + "/" + half + "/articles/" + article.file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                add(path, extractor.extract(ArticleText(text, markdown: path.hasSuffix(".md")), settings: article.settings))
            }
        }
        let listPath = devSet + "/articles.csv"
        guard let data = FileManager.default.contents(atPath: listPath) else { throw DumpError(description: "cannot read \(listPath)") }
        let (table, diagnostics) = CSVTable.read([UInt8](data), path: listPath, required: ["article", "source_id", "published", "reporter", "partner"])
        guard let table else { throw DumpError(description: diagnostics.map(\.description).joined(separator: "\n")) }
        for row in table.rows {
            let path = devSet + "/articles/" + row["article"]
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let settings = ExtractionSettings(sourceID: row["source_id"], published: try PeriodReader.parse(row["published"]),
                                              reporter: row["reporter"], partner: row["partner"])
            add(path, extractor.extract(ArticleText(text, markdown: path.hasSuffix(".md")), settings: settings))
        }
        return out
    }

    /// The first line where `lines` differ from the saved dump, or nil when they are the same.
    static func firstDifference(_ lines: [String], saved: [String]) -> String? {
        for (k, (a, b)) in zip(lines, saved).enumerated() where a != b {
            return "line \(k + 1):\n  saved: \(b)\n  now:   \(a)"
        }
        if lines.count != saved.count { return "the saved dump has \(saved.count) lines, this build gives \(lines.count)" }
        return nil
    }

    struct DumpError: Error, CustomStringConvertible { var description: String }
}
