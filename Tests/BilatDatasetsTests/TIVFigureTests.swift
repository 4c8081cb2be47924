import Foundation
import BilatCore
@testable import BilatDatasets
import BilatTestSupport
import Testing

/// SIPRI trend-indicator values are a unit kind of their own: read from as_reported or the unit column.
@Suite struct TIVFigureTests {
    @Test(arguments: [
        ("90 million TIV", "", Decimal(90_000_000), Qualifier.exact),
        ("less than 0.5 million TIV", "", Decimal(500_000), .upperBound),
        ("120", "TIV", Decimal(120), .exact),
        ("12 TIVs", "", Decimal(12), .exact),
    ])
    func arms_tivFiguresAreTIV(asReported: String, unit: String, value: Decimal, qualifier: Qualifier) throws {
        let row = "x1,arms_tiv,PAK,AZE,to_partner,,2021,,\(asReported),\(unit),,today,,"
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: row)))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let figure = try #require(dataset?.figures.first { $0.id == "x1" })
        #expect(figure.quantity.kind == .tiv && figure.quantity.unit == "TIV" && figure.quantity.noun == nil)
        #expect(figure.quantity.value == value && figure.quantity.qualifier == qualifier)
    }

    @Test func aCountOfAnotherNounStaysACount() throws {
        let q = try QuantityReader.read("40 aircraft").get()
        #expect(q.kind == .count && q.noun == "aircraft" && q.tivIfNamed == q)
        #expect(try QuantityReader.read("90 million TIV").get().kind == .tiv)
        #expect(BuiltInIndicators.indicator("arms_tiv")?.unitKind == .tiv)
    }
}
