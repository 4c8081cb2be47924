import Bilat
import BilatCore
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// The bundled Azerbaijan–Pakistan dataset holds every figure of the facts sheet, read as the sheet reads it.
@Suite struct BundledDatasetTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var id: String
        var value: String
        var unit: String
        var qualifier: String
        var start: String
        var end: String
        var status: String? = nil
        var comparedWith: String? = nil
        var testDescription: String { id }
    }

    static let facts: [Expected] = [
        .init(id: "turnover-2021-todayaz", value: "11700000", unit: "USD", qualifier: "exact", start: "2021-01-01", end: "2021-12-31"),
        .init(id: "turnover-2017-shunculture", value: "7340000", unit: "USD", qualifier: "exact", start: "2017-01-01", end: "2017-12-31", status: "estimated"),
        .init(id: "turnover-growth-2017-shunculture", value: "26.55", unit: "percent", qualifier: "exact", start: "2017-01-01", end: "2017-12-31", comparedWith: "2016"),
        .init(id: "imports-2017-shunculture", value: "5700000", unit: "USD", qualifier: "exact", start: "2017-01-01", end: "2017-12-31"),
        .init(id: "turnover-2018-jan-sep-shunculture", value: "8340000", unit: "USD", qualifier: "exact", start: "2018-01-01", end: "2018-09-30"),
        .init(id: "turnover-growth-2018-jan-sep-shunculture", value: "22.46", unit: "percent", qualifier: "exact", start: "2018-01-01", end: "2018-09-30", comparedWith: "2017-01/2017-09"),
        .init(id: "jf17-deal-2022-02-shunculture", value: "1600000000", unit: "USD", qualifier: "exact", start: "2022-02-01", end: "2022-02-28"),
        .init(id: "officers-trained-todayaz", value: "100", unit: "officers", qualifier: "lower_bound", start: "2012-10-01", end: "2022-10-31"),
        .init(id: "units-trained-shunculture", value: "100", unit: "units", qualifier: "approximately", start: "2014-01-01", end: "2024-12-31"),
        .init(id: "aid-flood-2022-todayaz", value: "2000000", unit: "USD", qualifier: "exact", start: "2022-01-01", end: "2022-12-31"),
        .init(id: "aid-earthquake-2005-shunculture", value: "1500000", unit: "USD", qualifier: "exact", start: "2005-01-01", end: "2005-12-31"),
        .init(id: "investment-2024-07-shunculture", value: "2000000000", unit: "USD", qualifier: "exact", start: "2024-07-01", end: "2024-07-31"),
        .init(id: "agreements-1992-2022-todayaz", value: "36", unit: "documents", qualifier: "exact", start: "1992-01-01", end: "2022-12-31"),
        .init(id: "students-funded-2024-shunculture", value: "30", unit: "students", qualifier: "lower_bound", start: "2024-01-01", end: "2024-12-31"),
        .init(id: "universities-2024-shunculture", value: "12", unit: "universities", qualifier: "exact", start: "2024-01-01", end: "2024-12-31"),
        .init(id: "vaccine-ampoules-shunculture", value: "300000", unit: "ampoules", qualifier: "lower_bound", start: "1901-01-01", end: "1933-12-31"),
    ]

    // Loaded once; a failure fails each test that uses it instead of crashing the whole run.
    static let storedFigures = Result { () throws -> [FigureListing] in
        let folder = TemporaryFolder("bundled")
        let db = folder.file("bilat.sqlite")
        _ = try IngestStage.run(folders: [Repository.bundledDataset], database: db, replacingAll: true)
        return try Store(path: db, access: .readOnly).figures()
    }
    static var stored: [FigureListing] { get throws { try storedFigures.get() } }

    @Test(arguments: facts)
    func holdsTheFactsSheetFigure(_ expected: Expected) throws {
        let figure = try #require((try Self.stored).first { $0.id == expected.id })
        #expect(figure.value == expected.value)
        #expect(figure.unit == expected.unit)
        #expect(figure.qualifier == expected.qualifier)
        #expect(figure.periodStart == expected.start)
        #expect(figure.periodEnd == expected.end)
        #expect(figure.status == expected.status)
        #expect(figure.comparedWith == expected.comparedWith)
        #expect(!figure.sourceTitle.isEmpty)
    }

    @Test func holdsNothingElse() throws {
        #expect(Set((try Self.stored).map(\.id)) == Set(Self.facts.map(\.id)))
    }

    @Test func holdsEverySourceAndEvent() throws {
        let (read, diagnostics) = BilatDatasetsBridge.read(Repository.bundledDataset)
        let dataset = try #require(read)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(dataset.sources.map(\.id).sorted() == ["huseynzade-2021-friendship", "kjreports-2021-karabakh", "pk-news-2020-support",
                                                      "shunculture-2024-role", "todayaz-2022-30years"])
        #expect(dataset.events.count == 24)
        #expect(dataset.events.first?.date.label == "1991-12-12")
        #expect(dataset.events.contains { $0.dateText == "autumn 1995" && $0.date.start.description == "1995-09-01" })
        #expect(dataset.events.first { $0.id == "2020-09-27-44-day-war" }?.date.end.description == "2020-11-10")
        // The notes the facts sheet asks to keep.
        #expect(dataset.events[0].note.contains("second, after Turkey"))
        #expect(dataset.figures.first { $0.id == "jf17-deal-2022-02-shunculture" }?.note.contains("under negotiation") == true)
        #expect(dataset.figures.first { $0.id == "turnover-2018-jan-sep-shunculture" }?.note.contains("partial year") == true)
        #expect(dataset.figures.filter { $0.indicator == "personnel_trained" }.allSatisfy { $0.note.contains("Not the same measure") })
    }
}
