@testable import BilatDatasets
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// datapackage.json: what ingest refuses, where it says the problem is, and what bilat writes itself.
@Suite struct DescriptorTests {
    @Test func aDescriptorNamingAnotherDatasetIsRefusedAtItsName() {
        var files = MiniDataset.files()
        files.name = "copy"
        files.displayPath = "Datasets/copy"
        let (dataset, diagnostics) = DatasetReader.read(files)
        #expect(dataset == nil)
        #expect(diagnostics.map(\.description) == [
            "Datasets/copy/datapackage.json:1:10: error: datapackage.json names the dataset 'mini', but its folder is copy; "
                + "accepted: \"name\": \"copy\", the folder's name; bilat dataset descriptor DIR writes one from the CSV headers",
        ])
    }

    @Test func aDescriptorWithoutANameIsAccepted() {
        let descriptor = MiniDataset.descriptor.replacingOccurrences(of: "\"name\": \"mini\", ", with: "")
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["datapackage.json": descriptor]))
        #expect(dataset != nil, "\(diagnostics)")
    }

    @Test func aResourceWhoseFileIsMissingIsLocated() {
        let extra = ",\n{\"name\": \"statuses\", \"path\": \"statuses.csv\", \"schema\": {\"fields\": []}}\n]}"
        let descriptor = String(MiniDataset.descriptor.dropLast(2)) + extra
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["datapackage.json": descriptor]))
        #expect(dataset == nil)
        #expect(diagnostics.map(\.description) == [
            "Datasets/mini/datapackage.json:8:30: error: datapackage.json lists statuses.csv, which is not in the dataset folder; "
                + "accepted: resources for the folder's files: datapackage.json, events.csv, figures.csv, indicators.csv, "
                + "parties.csv, sources.csv; bilat dataset descriptor DIR writes one from the CSV headers",
        ])
    }

    @Test func aFileOnDiskThatBilatDoesNotReadMayBeListed() {
        let extra = ",\n{\"name\": \"notes\", \"path\": \"notes.csv\", \"schema\": {\"fields\": []}}\n]}"
        var files = MiniDataset.files(["datapackage.json": String(MiniDataset.descriptor.dropLast(2)) + extra])
        files.present.insert("notes.csv")
        #expect(DatasetReader.read(files).dataset != nil)
    }

    @Test func positionsFollowKeysAndIndexes() {
        let text = "{\n  \"name\": \"a\",\n  \"resources\": [\n    {\"path\": \"x.csv\"},\n    {\"name\": \"ü\", \"path\": \"y.csv\"}\n  ]\n}"
        let positions = JSONPositions(Array(text.utf8))
        #expect(positions.location(["name"], in: "f")?.description == "f:2:11")
        #expect(positions.location(["resources", "0", "path"], in: "f")?.description == "f:4:14")
        #expect(positions.location(["resources", "1", "path"], in: "f")?.description == "f:5:27", "columns count characters, not bytes")
        #expect(positions.location(["resources", "2", "path"], in: "f") == nil)
    }

    static let headers: [String: [String]] = Dictionary(
        uniqueKeysWithValues: DatasetLayout.allTables.map { ($0.file, DatasetLayout.newHeader($0)) })

    @Test func whatBilatWritesPassesItsOwnCheck() throws {
        let text = DescriptorWriter.descriptor(.init(name: "mini", title: "Mini \"quoted\"\tand\u{1}odd"), headers: Self.headers)
        let (title, diagnostics) = DescriptorCheck.check(Array(text.utf8), path: "d.json", headers: Self.headers, dataset: "mini",
                                                        present: Set(Self.headers.keys))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(title == "Mini \"quoted\"\tand\u{1}odd", "escaped so JSON reads it back")
        #expect(text.contains("\"title\": \"Mini \\\"quoted\\\"\\tand\\u0001odd\""))
        #expect(text == DescriptorWriter.descriptor(.init(name: "mini", title: "Mini \"quoted\"\tand\u{1}odd"), headers: Self.headers))
    }

    /// Every subset of the optional tables, each header with a column dropped or not: the written descriptor
    /// always matches.
    @Test(arguments: 0..<16)
    func theDescriptorFollowsTheHeaders(mask: Int) {
        var headers = Self.headers
        for (bit, table) in DatasetLayout.optionalTables.enumerated() where mask & (1 << bit) != 0 { headers[table.file] = nil }
        if mask & 8 != 0 { headers["figures.csv"] = headers["figures.csv"].map { $0.filter { $0 != "note" } } }
        let text = DescriptorWriter.descriptor(.init(name: "x", title: "X"), headers: headers)
        let (_, diagnostics) = DescriptorCheck.check(Array(text.utf8), path: "d.json", headers: headers, dataset: "x",
                                                    present: Set(headers.keys))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func anEarlierDescriptorKeepsItsTitleAndFieldDescriptions() {
        let earlier = """
            {"name": "old", "title": "Kept", "description": "Also kept", "resources": [
              {"path": "events.csv", "schema": {"fields": [{"name": "date", "type": "date", "description": "When."}]}}]}
            """
        let text = DescriptorWriter.descriptor(.init(name: "new", title: "new"), headers: ["events.csv": ["id", "date"]],
                                               earlier: Array(earlier.utf8))
        #expect(text.contains("\"name\": \"new\","))
        #expect(text.contains("\"title\": \"Kept\",\n  \"description\": \"Also kept\","))
        #expect(text.contains("{\"name\": \"id\", \"type\": \"string\"},\n"))
        #expect(text.contains("{\"name\": \"date\", \"type\": \"date\", \"description\": \"When.\"}\n"))
    }
}

/// Indicators: the built-in vocabulary, and what a dataset's own indicators.csv does to it.
@Suite struct DatasetIndicatorTests {
    @Test func withoutIndicatorsCSVADatasetHasTheBuiltInIndicators() throws {
        let descriptor = MiniDataset.descriptor.replacingOccurrences(
            of: ",\n{\"name\": \"indicators\", \"path\": \"indicators.csv\", \"schema\": {\"fields\": [{\"name\": \"id\", \"type\": \"string\"}, {\"name\": \"name\", \"type\": \"string\"}, {\"name\": \"description\", \"type\": \"string\"}, {\"name\": \"unit_kind\", \"type\": \"string\"}]}}",
            with: "")
        #expect(descriptor != MiniDataset.descriptor)
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["indicators.csv": nil, "datapackage.json": descriptor]))
        let read = try #require(dataset, "\(diagnostics)")
        #expect(read.indicators == BuiltInIndicators.all)
        #expect(read.figures.count == 4)
    }

    @Test func ownRowsReplaceBuiltInsOfTheirIdAndAddTheRest() throws {
        let indicators = """
            id,name,description,unit_kind
            trade_turnover,Turnover,Our own wording.,money
            flights,Flights,Direct flights a week.,count

            """
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["indicators.csv": indicators]))
        let read = try #require(dataset, "\(diagnostics)")
        #expect(diagnostics.isEmpty)
        #expect(read.indicators.map(\.id) == read.indicators.map(\.id).sorted())
        #expect(read.indicators.count == BuiltInIndicators.all.count + 1)
        #expect(read.indicators.first { $0.id == "trade_turnover" }?.description == "Our own wording.")
        #expect(read.indicators.first { $0.id == "flights" }?.unitKind == .count)
        #expect(read.indicators.first { $0.id == "personnel_trained" } == BuiltInIndicators.indicator("personnel_trained"))
    }

    @Test func replacingABuiltInWithAnotherUnitKindWarns() throws {
        let indicators = "id,name,description,unit_kind\ntrade_turnover,Turnover,Counted in deals.,count\n"
        let figures = MiniDataset.figures.split(separator: "\n").filter { !$0.contains(",trade_turnover,") }.joined(separator: "\n") + "\n"
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["indicators.csv": indicators, "figures.csv": figures]))
        #expect(dataset != nil, "a warning, not an error")
        #expect(diagnostics.map(\.description) == [
            "Datasets/mini/indicators.csv:2:43: warning: 'trade_turnover' replaces the built-in indicator of that id, whose "
                + "unit_kind is money, not count; accepted: unit_kind money, or another id for a different measure",
        ])
    }
}
