import BilatCore
import BilatDatasets
import BilatTestSupport
import Testing
@testable import BilatStore

/// Totals to a date with no start (`../2022-09`) go through a dataset and the store and come back the same.
@Suite struct StoreOpenStartTests {
    let folder = TemporaryFolder("store-open-start")
    var dbPath: String { folder.file("bilat.sqlite") }

    @Test func anOpenStartRoundTripsThroughTheDatasetAndTheStore() throws {
        let rows = """
            o1,trade_turnover,AZE,PAK,both,,../2022-09,,$40 million,,,today,,
            o2,personnel_trained,PAK,AZE,to_partner,cadets,../2022,,1500,cadets,,today,,
            o3,trade_turnover,AZE,PAK,both,,~../2022-Q3,,$41 million,,,today,,
            """
        let (read, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: rows)))
        let d = try #require(read, "\(diagnostics)")
        let open = d.figures.filter { ["o1", "o2", "o3"].contains($0.id) }.sorted { $0.id < $1.id }
        #expect(open.map(\.period.label) == ["../2022-09", "../2022", "~../2022-Q3"])
        #expect(open.allSatisfy { $0.period.isOpenStart })
        #expect(d.figures.filter { !["o1", "o2", "o3"].contains($0.id) }.allSatisfy { !$0.period.isOpenStart })
        _ = try Store.ingest([d], into: dbPath, replacingAll: true)
        let store = try Store(path: dbPath)
        #expect(try store.datasets().first?.figures == d.figures)
        #expect(try Store.ingest([d], into: dbPath, replacingAll: true)["figures"].unchanged == d.figures.count)
    }
}
