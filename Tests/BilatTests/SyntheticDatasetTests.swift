import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// The benchmark generator writes valid datasets, the same bytes for the same seed.
@Suite struct SyntheticDatasetTests {
    @Test func writesAValidDatasetOfTheAskedSize() throws {
        let folder = TemporaryFolder("synthetic")
        try SyntheticDataset.write(figures: 2_000, to: folder.file("syn"))
        let (dataset, diagnostics) = DatasetReader.read(try DatasetFolders.load(folder.file("syn")))
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
        let d = try #require(dataset)
        #expect(d.figures.count == 2_000)
        #expect(d.parties.count == SyntheticDataset.partners + 1)
        #expect(d.sources.count == SyntheticDataset.sources)
        // The forms real sources use, all read by the normaliser.
        let texts = Set(d.figures.map(\.asReported))
        for prefix in ["$", "US$ ", "USD ", "Rs ", "AZN ", "about $", "more than $", "€", "about ", "over "] {
            #expect(texts.contains { $0.hasPrefix(prefix) }, "\(prefix)")
        }
        #expect(d.figures.contains { $0.period.isPartialYear }, "month ranges")
        #expect(d.figures.contains { $0.quantity.currency == .PKR && $0.quantity.scale == 7 })
    }

    /// Growth over many series is worked out in slices at once; the rows must be those of one pass.
    @Test func growthInSlicesEqualsOnePass() throws {
        let folder = TemporaryFolder("synthetic-growth")
        try SyntheticDataset.write(figures: 2_000, to: folder.file("syn"))
        let outcome = try AnalysisStage.run(folders: [folder.file("syn")])
        let observations = outcome.reported + outcome.derived
        let one = Growth.rows(observations, slices: 1)
        #expect(one.count == observations.count)
        for slices in [2, 3, 7] { #expect(Growth.rows(observations, slices: slices) == one, "\(slices) slices") }
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let folder = TemporaryFolder("synthetic-seed")
        // Folders of one name: the descriptor names its folder.
        try SyntheticDataset.write(figures: 500, to: folder.file("a/syn"), seed: 7)
        try SyntheticDataset.write(figures: 500, to: folder.file("b/syn"), seed: 7)
        try SyntheticDataset.write(figures: 500, to: folder.file("c/syn"), seed: 8)
        for file in ["figures.csv", "events.csv", "datapackage.json"] {
            #expect(Repository.bytes(folder.file("a/syn/" + file)) == Repository.bytes(folder.file("b/syn/" + file)), "\(file)")
        }
        #expect(Repository.bytes(folder.file("a/syn/figures.csv")) != Repository.bytes(folder.file("c/syn/figures.csv")))
    }
}
