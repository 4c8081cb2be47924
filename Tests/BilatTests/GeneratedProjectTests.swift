import BilatCore
import BilatTestSupport
import Foundation
import Testing
@testable import Bilat

/// Property: every generated project (several datasets, shared ids, both directions, swapped pairs, subjects
/// alike but for case, very long subjects, clashing notebook names) builds, and a check of what was built passes.
@Suite struct GeneratedProjectTests {
    /// Builds a project in-process as `bilat build` does, then checks it as `bilat build --check` does.
    static func buildAndCheck(seed: UInt64, in given: TemporaryFolder? = nil) throws -> (outputs: Int, problems: [String]) {
        let folder = given ?? TemporaryFolder("generated-\(seed)")
        try GeneratedProject.write(seed: seed, to: folder.path)
        let folders = try DatasetFolders.discover(in: folder.file("Datasets"))
        let database = folder.file("Output/bilat.sqlite")
        _ = try IngestStage.run(folders: folders, database: database, replacingAll: true)
        let outcome = try AnalysisStage.run(store: database, mirror: .standard)
        let plan = try BuildPlanner.plan(outcome: outcome, charts: ChartStage.charts(outcome),
                                         templates: try ReportStage.templates(in: folder.file("Notebooks")), database: database)
        _ = try IncrementalBuild.run(plan, in: folder.file("Output"), force: false)
        let again = try IncrementalBuild.run(plan, in: folder.file("Output"), force: false)
        #expect(again.rebuilt.isEmpty, "seed \(seed): a second build rebuilt \(again.rebuilt.map(\.path))")
        for planned in plan {
            let name = (planned.path as NSString).lastPathComponent
            #expect(name.utf8.count <= 255 && !name.isEmpty, "seed \(seed): \(planned.path)")
        }
        return (plan.count, try IncrementalBuild.check(plan, in: folder.file("Output")))
    }

    @Test(arguments: 1...40)
    func aGeneratedProjectBuildsAndPassesCheck(seed: Int) throws {
        let result = try Self.buildAndCheck(seed: UInt64(seed))
        #expect(result.problems.isEmpty, "seed \(seed): \(result.problems)")
    }

    /// Property: no page a generated project's build writes shows a reader a snake_case indicator id, an ISO date
    /// beside a month-name date, "~ " before a digit or a space before "%" (ids and formulas go in details).
    @Test(arguments: 1...20)
    func generatedReportsUseReadersWords(seed: Int) throws {
        let folder = TemporaryFolder("generated-words-\(seed)")
        _ = try Self.buildAndCheck(seed: UInt64(seed), in: folder)
        let ids = ["trade_turnover", "personnel_trained"]
        let output = folder.file("Output")
        let pages = (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty, "seed \(seed): no pages")
        for page in pages {
            let text = ReportText.visible(try String(contentsOfFile: output + "/" + page, encoding: .utf8))
            for id in ids { #expect(!text.contains(id), "seed \(seed) \(page): shows \(id)") }
            #expect(text.firstMatch(of: /~\s\d/) == nil, "seed \(seed) \(page): '~ ' before a digit")
            #expect(text.firstMatch(of: /\d[ \u{00A0}]?%/).map { String($0.output).contains(" ") } != true, "seed \(seed) \(page): a space before %")
            let iso = text.firstMatch(of: /\b\d{4}-\d{2}(?:-\d{2})?\b/)
            let monthName = text.firstMatch(of: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/)
            #expect(iso == nil || monthName == nil, "seed \(seed) \(page): \(iso.map { String($0.output) } ?? "") beside \(monthName.map { String($0.output.0) } ?? "")")
        }
    }


    @Test func theSameSeedWritesTheSameProject() throws {
        let a = TemporaryFolder("gen-a"), b = TemporaryFolder("gen-b")
        try GeneratedProject.write(seed: 7, to: a.path)
        try GeneratedProject.write(seed: 7, to: b.path)
        for file in ["Datasets/set-0/figures.csv", "Datasets/set-0/datapackage.json", "Notebooks/overview.md"] {
            #expect(try a.read(file) == b.read(file), "\(file)")
        }
    }
}
