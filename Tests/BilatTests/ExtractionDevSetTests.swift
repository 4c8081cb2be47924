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
        /// The same rows for the strict score, with their direction.
        var strict: [StrictRow]
    }

    /// A label that cannot be compared fails the test: it is never dropped from the count.
    struct UnreadableLabel: Error, CustomStringConvertible {
        var description: String
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
            var expected: [ExpectedFigure] = []
            var strict: [StrictRow] = []
            for r in rows.rows where r["article"] == a["article"] {
                let at = "expected.csv:\(r.line)"
                // A label bilat cannot read (the README lists them) cannot be matched; it still counts as expected.
                let quantity = (try? QuantityReader.parse(r["as_reported"])) ?? Quantity(value: .nan, kind: .count)
                guard let period = try? PeriodReader.parse(r["period"], reference: published) else {
                    throw UnreadableLabel(description: "\(at): period '\(r["period"])' does not read; a row that cannot be compared must not drop out")
                }
                var compared: Period? = nil
                if !r["compared_with"].isEmpty {
                    guard let c = try? PeriodReader.parse(r["compared_with"], reference: published) else {
                        throw UnreadableLabel(description: "\(at): compared_with '\(r["compared_with"])' does not read")
                    }
                    compared = c
                }
                guard let direction = Direction(rawValue: r["direction"]) else {
                    throw UnreadableLabel(description: "\(at): direction '\(r["direction"])' is not both, to_partner or from_partner")
                }
                expected.append(ExpectedFigure(indicator: r["indicator"], period: period, comparedWith: compared, quantity: quantity,
                                               noun: quantity.noun ?? r["unit"]))
                strict.append(StrictRow(indicator: r["indicator"], flow: FigureFlow(reporter: r["reporter"], partner: r["partner"], direction: direction),
                                        period: period, comparedWith: compared, value: quantity.value, high: quantity.high,
                                        unit: quantity.kind == .count ? (quantity.noun ?? r["unit"]) : quantity.unit,
                                        qualifier: quantity.qualifier, asReported: r["as_reported"]))
            }
            return Article(file: a["article"], settings: ExtractionSettings(sourceID: a["source_id"], published: published,
                                                                            reporter: a["reporter"], partner: a["partner"]),
                           expected: expected, strict: strict)
        }
    }

    static func score() throws -> (ExtractionScore, [String], StrictScore) {
        let extractor = Extractor(vocabulary: try ExtractionVocabularyFiles.load(Repository.root + "/Datasets/extraction"))
        var total = ExtractionScore()
        var strict = StrictScore()
        var report: [String] = []
        for article in try articles() {
            let text = try String(contentsOfFile: folder + "/articles/" + article.file, encoding: .utf8)
            let extraction = extractor.extract(ArticleText(text, markdown: article.file.hasSuffix(".md")), settings: article.settings)
            strict.add(article: article.file, proposed: extraction.candidates.map(StrictRow.init), expected: article.strict)
            var score = ExtractionScore()
            score.add(candidates: extraction.candidates, expected: article.expected)
            report.append("\(article.file): \(score)")
            for c in score.wrong { report.append("  wrong: \(c.indicator) \(c.period?.label ?? "-") vs \(c.comparedWith?.label ?? "-") '\(c.asReported)' \(c.quantity.valueText) \(c.quantity.qualifier.rawValue) [\(c.unit)]") }
            for e in score.missed { report.append("  missed: \(e.indicator) \(e.period.label) vs \(e.comparedWith?.label ?? "-") \(e.quantity.valueText) \(e.quantity.qualifier.rawValue) [\(e.noun)]") }
            total.add(candidates: extraction.candidates, expected: article.expected)
        }
        return (total, report, strict)
    }

    /// The strict score of this set when the strict scorer was added (2026-12-03); a regression fails.
    static let strictFloor = (precision: 0.984, recall: 0.984)  // 63 of 64 both ways after docs/extract-strict-tuning.md step 6 (0.828 before it, 0.774 before issue 17's rules, 0.797 before the news idioms of step 5); the failure left is a direction

    @Test func precisionAndRecallOfCompleteRowsAreAtLeastNinetyPercent() throws {
        let (score, report, strict) = try Self.score()
        print("bilat extract on the development set: \(score)")
        // The strict score adds direction (and a range's high end) to the fields compared.
        print("bilat extract on the development set: \(strict); failed fields: \(strict.breakdownText)")
        if ProcessInfo.processInfo.environment["BILAT_EXTRACT_REPORT"] == "1" {
            print(report.joined(separator: "\n"))
            print(strict.failureLines.joined(separator: "\n"))
        }
        #expect(strict.precision >= Self.strictFloor.precision, "\(strict)\n\(strict.failureLines.joined(separator: "\n"))")
        #expect(strict.recall >= Self.strictFloor.recall, "\(strict)\n\(strict.failureLines.joined(separator: "\n"))")
        #expect(score.expected >= 60)
        #expect(score.precision >= 0.9, "\(score)\n\(report.joined(separator: "\n"))")
        #expect(score.recall >= 0.9, "\(score)\n\(report.joined(separator: "\n"))")
    }
}
