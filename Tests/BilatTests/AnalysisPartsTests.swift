import Bilat
import BilatCore
import BilatRender
import BilatTestSupport
import Foundation
import Testing

/// `bilat growth` works out only growth and `bilat check` only findings (`AnalysisStage.Parts`): each part must be
/// exactly what the whole analysis gives.
@Suite struct AnalysisPartsTests {
    enum Project: String, CaseIterable, CustomTestStringConvertible {
        case bundled, disagreements, synthetic
        var testDescription: String { rawValue }

        func datasets(in folder: TemporaryFolder) throws -> [Dataset] {
            let folders: [String]
            switch self {
            case .bundled: folders = [Repository.bundledDataset]
            case .disagreements:
                folders = ["azerbaijan-pakistan-press", "azerbaijan-pakistan-statistics"]
                    .map { Repository.root + "/Tests/Fixtures/disagreements/" + $0 }
            case .synthetic:
                // Over 4,096 figures a relationship, where implied figures and checks run at once.
                let path = folder.file("Datasets/synthetic")
                try SyntheticDataset.write(figures: 6_000, to: path, seed: 7)
                folders = [path]
            }
            return try AnalysisStage.run(folders: folders).datasets
        }
    }

    @Test(arguments: Project.allCases)
    func growthAloneIsTheWholeAnalysisGrowth(_ project: Project) throws {
        let folder = TemporaryFolder()
        let datasets = try project.datasets(in: folder)
        let whole = AnalysisStage.analyse(datasets)
        let growth = AnalysisStage.analyse(datasets, parts: [.growth, .rows])
        #expect(!whole.growth.isEmpty)
        #expect(growth.growth == whole.growth)
        #expect(growth.derived == whole.derived)
        #expect(growth.reported == whole.reported)
        #expect(growth.findings.isEmpty)
        #expect(growth.relationships.map(\.growthRange) == whole.relationships.map(\.growthRange))
    }

    @Test(arguments: Project.allCases)
    func findingsAloneAreTheWholeAnalysisFindings(_ project: Project) throws {
        let folder = TemporaryFolder()
        let datasets = try project.datasets(in: folder)
        let whole = AnalysisStage.analyse(datasets)
        let findings = AnalysisStage.analyse(datasets, parts: [.findings, .rows])
        #expect(findings.findings == whole.findings)
        #expect(findings.growth.isEmpty)
        #expect(findings.derived.isEmpty)
        #expect(findings.findingContexts().mapValues(\.relationship) == whole.findingContexts().mapValues(\.relationship))
    }

    /// Without `.rows` (as `bilat growth` and `bilat check` ask), the growth rows, findings and what their listings
    /// look up (relationships, the datasets of sources, indicators) are the whole analysis's; the rows are let go.
    @Test(arguments: Project.allCases)
    func withoutRowsTheListingsAreTheSame(_ project: Project) throws {
        let folder = TemporaryFolder()
        let datasets = try project.datasets(in: folder)
        let whole = AnalysisStage.analyse(datasets)
        let growth = AnalysisStage.analyse(datasets, parts: .growth)
        let findings = AnalysisStage.analyse(datasets, parts: .findings)
        #expect(!whole.growth.isEmpty)
        #expect(growth.growth == whole.growth)
        #expect(findings.findings == whole.findings)
        for lean in [growth, findings] {
            #expect(lean.relationships.map(\.relationship) == whole.relationships.map(\.relationship))
            #expect(lean.relationships.map(\.view.sourceDatasets) == whole.relationships.map(\.view.sourceDatasets))
            #expect(lean.relationships.map(\.view.datasets) == whole.relationships.map(\.view.datasets))
            #expect(lean.datasets.map(\.indicators) == whole.datasets.map(\.indicators))
            #expect(lean.datasets.allSatisfy(\.figures.isEmpty) && lean.relationships.allSatisfy(\.dataset.figures.isEmpty))
            #expect(lean.reported.isEmpty && lean.derived.isEmpty)
        }
        #expect(growth.growth.map { whole.dataset(of: $0.observation) } == whole.growth.map { whole.dataset(of: $0.observation) })
        #expect(growth.growth.map { growth.dataset(of: $0.observation) } == whole.growth.map { whole.dataset(of: $0.observation) })
        #expect(findings.findingContexts().mapValues(\.datasets) == whole.findingContexts().mapValues(\.datasets))
    }

    /// The growth table groups rows by series in one pass: series in the order of their first row, each series'
    /// rows in their own order, even when the rows of two series are interleaved.
    @Test func growthTableGroupsInterleavedSeriesInFirstSeenOrder() throws {
        let folder = TemporaryFolder()
        let all = AnalysisStage.analyse(try Project.synthetic.datasets(in: folder), parts: .growth).growth
        // One relationship's rows, so the table names series without their relationship.
        let relationship = try #require(all.first?.observation.key.dataset)
        let rows = all.filter { $0.observation.key.dataset == relationship }
        let labels = Array(Set(rows.map(\.observation.key.label))).sorted().prefix(3)
        let picked = rows.filter { labels.contains($0.observation.key.label) }
        // Deal the picked rows out round-robin across their series, so no series' rows are adjacent.
        var queues = Dictionary(grouping: picked, by: \.observation.key.label)
        var interleaved: [GrowthRow] = []
        while queues.values.contains(where: { !$0.isEmpty }) {
            for label in labels {
                guard var queue = queues[label], !queue.isEmpty else { continue }
                interleaved.append(queue.removeFirst())
                queues[label] = queue
            }
        }
        let table = try GrowthOutput.render(interleaved, as: .table)
        #expect(labels.count == 3)
        let headings = table.split(separator: "\n").filter { labels.contains(String($0)) }.map(String.init)
        #expect(headings == Array(labels), "each series once, in the order its first row came")
        let grouped = labels.flatMap { label in interleaved.filter { $0.observation.key.label == label } }
        #expect(table == (try GrowthOutput.render(grouped, as: .table)), "interleaving changes nothing but order of series")
    }
}
