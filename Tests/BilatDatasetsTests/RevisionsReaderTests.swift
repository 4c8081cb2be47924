import BilatCore
import BilatDatasets
import BilatTestSupport
import Testing

/// revisions.csv: read into ``FigureRevision`` values, each row's location kept; a row bilat would not write is
/// refused at its cell, with what would be accepted.
@Suite struct RevisionsReaderTests {
    @Test func readsTheRevisionsInTheirOrder() throws {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.withRevisions()))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let revisions = try #require(dataset).revisions
        #expect(revisions.map(\.field) == [.asReported, .status])
        #expect(revisions.map(\.before) == ["$11.5 million", "provisional"])
        #expect(revisions.map(\.after) == ["$11.7 million", ""])
        #expect(revisions.allSatisfy { $0.figureID == "t2021" && $0.beforeSource == "undated" && $0.afterSource == "today" })
        #expect(revisions.allSatisfy { $0.file == "TradeData_2021.csv" && $0.line == 2 && $0.recorded.label == "2022-10-05" })
        #expect(dataset?.rowLocations["revisions/2"]?.description == "Datasets/mini/revisions.csv:3:1")
    }

    /// A dataset without revisions.csv has none, and needs no resource for it.
    @Test func revisionsAreOptional() throws {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try #require(dataset).revisions.isEmpty)
    }

    static let header = "figure_id,field,before,after,before_source,after_source,file,line,recorded\n"

    @Test(arguments: [
        ("t2021,value,1,2,today,today,a.csv,2,2022-10-05", "revisions.csv:2:7: error: field 'value' is not a figure column bilat records revisions of; accepted: as_reported, unit, status"),
        ("t2021,as_reported,$1m,$1m,today,today,a.csv,2,2022-10-05", "revisions.csv:2:23: error: before and after are both '$1m'"),
        ("t2021,as_reported,$1m,$2m,nobody,today,a.csv,2,2022-10-05", "revisions.csv:2:27: error: unknown source 'nobody'"),
        ("t2021,as_reported,$1m,$2m,today,,a.csv,2,2022-10-05", "revisions.csv:2:33: error: empty after_source"),
        ("t2021,as_reported,$1m,$2m,today,today,/home/me/a.csv,2,2022-10-05", "revisions.csv:2:39: error: file '/home/me/a.csv' is a path, not a file's name"),
        ("t2021,as_reported,$1m,$2m,today,today,a.csv,two,2022-10-05", "revisions.csv:2:45: error: line 'two' is not a line number"),
        ("t2021,as_reported,$1m,$2m,today,today,a.csv,0,2022-10-05", "revisions.csv:2:45: error: line '0' is not a line number"),
        ("t2021,as_reported,$1m,$2m,today,today,a.csv,2,", "revisions.csv:2:47: error: empty recorded"),
        ("t2021,as_reported,$1m,$2m,today,today,a.csv,2,2022-13", "revisions.csv:2:47: error: period '2022-13' names month 13"),
        (",as_reported,$1m,$2m,today,today,a.csv,2,2022-10-05", "revisions.csv:2:1: error: empty figure_id"),
        ("t2021,as_reported,$1m,$2m,today,today,a.csv,2", "revisions.csv:2:1: error: this row has 8 cells but the header has 9"),
    ])
    func refusesARowBilatWouldNotWrite(row: String, expected: String) {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.withRevisions(Self.header + row + "\n")))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains("Datasets/mini/" + expected) }, "\(diagnostics.map(\.description))")
    }

    /// A revisions.csv the descriptor does not describe is refused, as any optional table is.
    @Test func revisionsMustBeDescribed() {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["revisions.csv": MiniDataset.revisions]))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains("has no resource with path revisions.csv") }, "\(diagnostics)")
    }
}
