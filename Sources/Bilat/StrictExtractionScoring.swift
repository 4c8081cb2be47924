import BilatCore
import BilatDatasets
import Foundation

/// Runs the extractor over a strict development set on disk (Tests/Fixtures/extract-strict) and scores it:
/// used by the test that guards the scores and by `bilat-bench extract --strict`.
public enum StrictExtractionScoring {
    /// The set's halves, in the order they are reported.
    public static let halves = ["tuning", "test"]

    public struct Result: Sendable {
        public var half: String
        public var score: StrictScore
        public var expected: [StrictRow]
    }

    /// Reads `folder/HALF/articles.csv`, `expected.csv` and `folder/parties.csv`; throws every unreadable row.
    public static func load(_ folder: String, half: String) throws(DiagnosticsError) -> StrictExtractionSet {
        func bytes(_ path: String) throws(DiagnosticsError) -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticsError([.error("cannot read \(path)", accepted: "a strict set folder with parties.csv and HALF/articles.csv, HALF/expected.csv")])
            }
            return [UInt8](data)
        }
        let base = folder + "/" + half
        let (set, diagnostics) = StrictExtractionSet.read(
            articles: try bytes(base + "/articles.csv"), articlesPath: base + "/articles.csv",
            expected: try bytes(base + "/expected.csv"), expectedPath: base + "/expected.csv",
            parties: try bytes(folder + "/parties.csv"), partiesPath: folder + "/parties.csv")
        guard let set else { throw DiagnosticsError(diagnostics) }
        return set
    }

    /// Extracts every article of one half and scores it strictly.
    public static func score(_ folder: String, half: String, extractor: Extractor) throws(DiagnosticsError) -> Result {
        let set = try load(folder, half: half)
        var score = StrictScore()
        var problems: [Diagnostic] = []
        for article in set.articles {
            let path = folder + "/" + half + "/articles/" + article.file
            let text: String
            do { text = try ArticleFile.read(path, maximumBytes: ExtractStage.maximumBytes) } catch { problems.append(error); continue }
            let extraction = extractor.extract(ArticleText(text, markdown: ArticleFile.isMarkdown(path)), settings: article.settings)
            score.add(article: article.file, proposed: extraction.candidates.map(StrictRow.init), expected: article.expected)
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return Result(half: half, score: score, expected: set.articles.flatMap(\.expected))
    }
}
