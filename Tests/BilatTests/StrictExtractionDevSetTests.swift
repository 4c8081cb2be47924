import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The real extractor over the strict development set (Tests/Fixtures/extract-strict): strict precision and recall
/// of each half, printed with the fields that failed. The floors are the scores last measured, so the test fails
/// on a regression; issue 17's target of 0.95 on the tuning half is met, its 0.9 on the test half is not yet.
@Suite struct StrictExtractionDevSetTests {
    static let folder = Repository.root + "/Tests/Fixtures/extract-strict"

    /// half → (precision, recall) floors: the scores measured on 2026-12-03 (README "How well it does"). Before
    /// tuning they were tuning 0.437/0.378 (31 of 71, 31 of 82) and test 0.530/0.468 (44 of 83, 44 of 94); raised
    /// to the scores after the first rules tuned on the tuning half ("N months of the current fiscal year",
    /// "in the reporting period", "the last financial year"), then to the scores after the rules of docs/extract-strict-tuning.md. Raise them again
    /// with each improvement.
    static let floors: [String: (precision: Double, recall: Double)] = [
        // 380 of 390 proposed rows right, 380 of 392 expected rows found (96 articles; steps 7 and 8 merged;
        // 247 of 248 of 56 after step 6)
        "tuning": (0.974, 0.969),
        // 77 of 92, 77 of 94 after steps 7 and 8 merged (76 of 93, 76 of 94 after step 6; 72 of 90, 72 of 94 after step 5)
        "test": (0.836, 0.819),
    ]

    /// `BILAT_STRICT_HALF=tuning` scores that half alone: the test half is scored only for its aggregate, not
    /// looked at while rules are written (docs/extract-strict-tuning.md).
    static let onlyHalf = ProcessInfo.processInfo.environment["BILAT_STRICT_HALF"]

    @Test(arguments: StrictExtractionScoring.halves) func strictScoresAreAtLeastTheBaseline(_ half: String) throws {
        if let only = Self.onlyHalf, only != half { return }
        let extractor = Extractor(vocabulary: try ExtractionVocabularyFiles.load(Repository.root + "/Datasets/extraction"))
        let result = try StrictExtractionScoring.score(Self.folder, half: half, extractor: extractor)
        let score = result.score
        let kinds = score.recallByKind(expected: result.expected).map { "\($0.kind) \($0.found)/\($0.of)" }.joined(separator: ", ")
        print("bilat extract, strict set, \(half) half: \(score)")
        print("  failed fields: \(score.breakdownText)")
        print("  recall by kind: \(kinds)")
        if ProcessInfo.processInfo.environment["BILAT_EXTRACT_REPORT"] == "1", half != "test" { print(score.failureLines.map { "  " + $0 }.joined(separator: "\n")) }
        #expect(score.expected >= 80, "each half holds at least 80 expected rows")
        let floor = try #require(Self.floors[half])
        // The test half's failing rows are never printed, so no rule is written from them.
        let detail = half == "test" ? "\(score)" : "\(score)\n\(score.failureLines.joined(separator: "\n"))"
        #expect(score.precision >= floor.precision, "\(detail)")
        #expect(score.recall >= floor.recall, "\(detail)")
    }

    @Test(arguments: StrictExtractionScoring.halves) func everyKindOfWordingIsInTheHalf(_ half: String) throws {
        let set = try StrictExtractionScoring.load(Self.folder, half: half)
        #expect(set.articles.count >= 20)
        let kinds = Set(set.articles.flatMap(\.expected).flatMap(\.kinds))
        let missing = Self.kinds.filter { !kinds.contains($0) }
        #expect(missing.isEmpty, "kinds with no expected row in the \(half) half: \(missing)")
        #expect(kinds.subtracting(Self.kinds).isEmpty, "kinds not in the list: \(kinds.subtracting(Self.kinds).sorted())")
    }

    /// The kinds of wording issue 17 lists, as the sets label them (the `kinds` column). Goals, forecasts, third
    /// parties and rounded leads are distractors: their rows are notes, and the kind marks the row they sit beside.
    static let kinds: Set<String> = [
        "cumulative total", "reporting period", "last financial year", "fiscal year", "in five months", "base value",
        "present tense", "direction from the outlet", "import of products", "arms deal", "multiple", "elliptical change",
        "increase was", "surpassed", "aircraft ordered", "aircraft delivered", "weapons ordered", "weapons delivered",
        "companies registered", "contract projected value", "rounded lead", "range", "inoculation", "total transactions",
    ]
}
