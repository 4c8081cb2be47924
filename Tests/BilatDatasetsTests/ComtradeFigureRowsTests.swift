import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

/// Kept Comtrade records as figures.csv and sources.csv cells: ids, direction, World, subject, exact value, notes.
@Suite struct ComtradeFigureRowsTests {
    func cells(_ changes: [String: String], breakdowns: Bool = false) throws -> [String: String] {
        let reading = ComtradeReader.read(Array(ComtradeFixture.text([changes]).utf8), path: "c.csv")
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let kept = ComtradeSeriesFilter(includeBreakdowns: breakdowns).apply(reading.records).kept
        let first = try #require(kept.first)
        return try #require(ComtradeFigureRows.figureCells(first, sourceID: "comtrade-c"))
    }

    struct Case: Sendable, CustomStringConvertible {
        var changes: [String: String]
        var expected: [String: String]
        var description: String { expected["id"] ?? "" }
    }

    @Test(arguments: [
        Case(changes: [:], expected: ["id": "ct-aze-pak-x-2018-total", "indicator": "exports", "reporter": "AZE", "partner": "PAK",
                                      "direction": "to_partner", "subject": "all goods", "period": "2018",
                                      "as_reported": "USD 1234567.89", "note": "UN Comtrade flow X; FOB"]),
        Case(changes: ["flowCode": "M", "cifValue": "530", "fobValue": "", "primaryValue": "530", "isNetWgtEstimated": "true"],
             expected: ["id": "ct-aze-pak-m-2018-total", "indicator": "imports", "direction": "from_partner",
                        "as_reported": "USD 530", "note": "UN Comtrade flow M; CIF; estimated: netWgt"]),
        Case(changes: ["flowCode": "RX"], expected: ["indicator": "re_exports", "direction": "to_partner"]),
        Case(changes: ["flowCode": "RM"], expected: ["indicator": "re_imports", "direction": "from_partner"]),
        Case(changes: ["PARTNERISO": "W00", "partnerCode": "0"], expected: ["id": "ct-aze-wld-x-2018-total", "partner": "WLD"]),
        Case(changes: ["PARTNERISO": "WLD"], expected: ["partner": "WLD"]),
        Case(changes: ["freqCode": "M", "refMonth": "5", "period": "201805"], expected: ["id": "ct-aze-pak-x-2018-05-total", "period": "2018-05"]),
        Case(changes: ["cmdCode": "9020", "cmdDesc": "Parts of instruments", "aggrLevel": "4"],
             expected: ["id": "ct-aze-pak-x-2018-9020", "subject": "HS 9020 Parts of instruments"]),
        Case(changes: ["primaryValue": "1.5E7", "fobValue": "1.5E7"], expected: ["as_reported": "USD 15000000"]),
        Case(changes: ["fobValue": "", "cifValue": ""], expected: ["note": "UN Comtrade flow X"]),
        Case(changes: ["isReported": "false", "legacyEstimationFlag": "4"],
             expected: ["note": "UN Comtrade flow X; FOB; legacy estimation flag 4; not reported by the reporter (Comtrade estimate)"]),
    ])
    func aRecordBecomesAFigureRow(_ test: Case) throws {
        let row = try cells(test.changes)
        for (column, value) in test.expected { #expect(row[column] == value, "\(column)") }
        #expect(row["source_id"] == "comtrade-c")
    }

    @Test func aBreakdownNamesItselfInTheIdAndSubject() throws {
        let row = try cells(["motCode": "2100"], breakdowns: true)
        #expect(row["id"] == "ct-aze-pak-x-2018-total-partner2-w00-customs-c00-transport-2100")
        #expect(row["subject"] == "all goods (partner2 W00 customs C00 transport 2100)")
    }

    @Test(arguments: [("TradeData_2_20_2025.csv", "comtrade-tradedata-2-20-2025"), ("AZE 2018.txt", "comtrade-aze-2018"),
                      ("--.csv", "comtrade-file"), ("Données.csv", "comtrade-donn-es")])
    func theSourceIDComesFromTheFileName(name: String, id: String) {
        #expect(ComtradeFigureRows.sourceID(fileName: name) == id)
    }

    @Test func theSourceNamesFileReportersAndPeriods() throws {
        let reading = ComtradeReader.read(Array(ComtradeFixture.text(ComtradeFixture.rows).utf8), path: "c.csv")
        let kept = ComtradeSeriesFilter().apply(reading.records).kept
        let source = ComtradeFigureRows.sourceCells(fileName: "c.csv", kept: kept, accessed: "2024-05-01")
        #expect(source["title"] == "UN Comtrade download c.csv, reported by AZE PAK, 2018 to 2018-05")
        #expect(source["publisher"] == "UN Comtrade" && source["accessed"] == "2024-05-01")
        #expect(ComtradeFigureRows.sourceCells(fileName: "c.csv", kept: [], accessed: nil)["accessed"] == nil)
    }
}
