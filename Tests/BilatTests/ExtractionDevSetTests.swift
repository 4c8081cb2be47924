import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// The extractor over the labelled development set (Tests/Fixtures/extract): precision and recall of complete rows.
@Suite struct ExtractionDevSetTests {
    static let folder = Repository.root + "/Tests/Fixtures/extract"

    struct Article {
        var file: String
        var settings: ExtractionSettings
        var expected: [ExpectedFigure]
    }

    static func table(_ name: String, _ columns: [String]) throws -> CSVTable {
        let bytes = [UInt8](try #require(Repository.bytes(folder + "/" + name)))
        let (table, diagnostics) = CSVTable.read(bytes, path: name, required: columns)
        return try #require(table, "\(diagnostics)")
    }

    static func articles() throws -> [Article] {
        let list = try table("articles.csv", ["article", "source_id", "published", "reporter", "partner"])
        let rows = try table("expected.csv", ["article", "indicator", "reporter", "partner", "direction", "subject", "period",
                                              "compared_with", "as_reported", "unit", "status", "note"])
        return try list.rows.map { a in
            let published = try PeriodReader.parse(a["published"])
            let expected = try rows.rows.filter { $0["article"] == a["article"] }.map { r -> ExpectedFigure in
                // A label bilat cannot read (the README lists them) cannot be matched; it still counts as expected.
                let quantity = (try? QuantityReader.parse(r["as_reported"])) ?? Quantity(value: .nan, kind: .count)
                // An expected period that does not read is a mistake in the set, never a row to drop quietly.
                let period = try PeriodReader.parse(r["period"], reference: published)
                let compared = r["compared_with"].isEmpty ? nil : try PeriodReader.parse(r["compared_with"], reference: published)
                return ExpectedFigure(indicator: r["indicator"], period: period, comparedWith: compared, quantity: quantity,
                                      noun: quantity.noun ?? r["unit"])
            }
            return Article(file: a["article"], settings: ExtractionSettings(sourceID: a["source_id"], published: published,
                                                                            reporter: a["reporter"], partner: a["partner"]),
                           expected: expected)
        }
    }

    static func score() throws -> (ExtractionScore, [String]) {
        let extractor = Extractor(vocabulary: try ExtractionVocabularyFiles.load(Repository.root + "/Datasets/extraction"))
        var total = ExtractionScore()
        var report: [String] = []
        for article in try articles() {
            let text = try String(contentsOfFile: folder + "/articles/" + article.file, encoding: .utf8)
            let extraction = extractor.extract(ArticleText(text, markdown: article.file.hasSuffix(".md")), settings: article.settings)
            var score = ExtractionScore()
            score.add(candidates: extraction.candidates, expected: article.expected)
            report.append("\(article.file): \(score)")
            for c in score.wrong { report.append("  wrong: \(c.indicator) \(c.period?.label ?? "-") vs \(c.comparedWith?.label ?? "-") '\(c.asReported)' \(c.quantity.valueText) \(c.quantity.qualifier.rawValue) [\(c.unit)]") }
            for e in score.missed { report.append("  missed: \(e.indicator) \(e.period.label) vs \(e.comparedWith?.label ?? "-") \(e.quantity.valueText) \(e.quantity.qualifier.rawValue) [\(e.noun)]") }
            total.add(candidates: extraction.candidates, expected: article.expected)
        }
        return (total, report)
    }

    @Test func precisionAndRecallOfCompleteRowsAreAtLeastNinetyPercent() throws {
        let (score, report) = try Self.score()
        print("bilat extract on the development set: \(score)")
        if ProcessInfo.processInfo.environment["BILAT_EXTRACT_REPORT"] == "1" { print(report.joined(separator: "\n")) }
        #expect(score.expected >= 60)
        #expect(score.precision >= 0.9, "\(score)\n\(report.joined(separator: "\n"))")
        #expect(score.recall >= 0.9, "\(score)\n\(report.joined(separator: "\n"))")
    }
}
