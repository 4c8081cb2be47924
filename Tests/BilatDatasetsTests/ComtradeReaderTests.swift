import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

@Suite struct ComtradeReaderTests {
    func read(_ text: String) -> ComtradeReading { ComtradeReader.read(Array(text.utf8), path: "c.csv") }

    @Test(arguments: [",", "\t"])
    func readsEveryRowOfBothSeparators(separator: String) throws {
        let reading = read(ComtradeFixture.text(ComtradeFixture.rows, separator: separator))
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.layout?.name == ComtradeLayout.comtradePlus.name)
        #expect(reading.records.count == ComtradeFixture.rows.count - 1)
        // The null value is a skipped row with its place, never a zero.
        let nullRow = try #require(ComtradeFixture.rows.firstIndex { $0["primaryValue"] == "" })
        let valuePosition = try #require(ComtradeFixture.columns.firstIndex(of: "primaryValue"))
        let column = ComtradeFixture.row(ComtradeFixture.rows[nullRow]).prefix(valuePosition).reduce(1) { $0 + $1.count + 1 }
        #expect(reading.skipped.map(\.location) == [SourceLocation(path: "c.csv", line: nullRow + 2, column: column)])
        #expect(reading.skipped.first?.reason.contains("missing") == true)
        #expect(!reading.records.contains { $0.primaryValue == 0 })
        let first = try #require(reading.records.first)
        #expect(first.reporterISO == "AZE" && first.partnerISO == "PAK" && first.flowCode == "X")
        #expect(first.period == .year(2018))
        #expect(first.primaryValue == Decimal(string: "1234567.89"))
        #expect(first.valuation == .fob)
        #expect(first.commodityCode == "TOTAL" && first.commodityDescription == "All Commodities")
        #expect(first.aggregateLevel == 0 && !first.isLeaf)
        #expect(first.partner2ISO == "W00" && first.customsCode == "C00" && first.transportCode == "0")
        #expect(first.isReported == true && first.isAggregate == false && first.legacyEstimationFlag == "0")
    }

    @Test(arguments: [
        // (changes, what the record must show)
        (["cifValue": "530", "fobValue": "", "primaryValue": "530", "flowCode": "m"], "M cif 530"),
        (["cifValue": "600", "fobValue": "550", "primaryValue": "600"], "X cif 600"),
        (["cifValue": "", "fobValue": "", "primaryValue": "1.5E7"], "X unknown 15000000"),
        (["primaryValue": "0.1", "fobValue": "0.1"], "X fob 0.1"),
        (["primaryValue": "12345678901234567890.12", "fobValue": ""], "X unknown 12345678901234567890.12"),
    ])
    func readsValuesExactly(changes: [String: String], expected: String) throws {
        let reading = read(ComtradeFixture.text([changes]))
        let record = try #require(reading.records.first)
        #expect("\(record.flowCode) \(record.valuation.rawValue) \(try #require(record.primaryValue).plainText)" == expected)
    }

    @Test(arguments: [
        (["period": "2018", "refMonth": "52"], ComtradeRecord.Period.year(2018)),
        (["period": "201805", "refMonth": "5"], .month(year: 2018, month: 5)),
        (["period": "201812", "refMonth": ""], .month(year: 2018, month: 12)),
    ])
    func readsPeriods(changes: [String: String], expected: ComtradeRecord.Period) {
        #expect(read(ComtradeFixture.text([changes])).records.first?.period == expected)
    }

    @Test func marksEstimatedMeasures() {
        let reading = read(ComtradeFixture.text([["isQtyEstimated": "true", "isGrossWgtEstimated": "1"]]))
        #expect(reading.records.first?.estimatedMeasures == ["qty", "grossWgt"])
    }

    /// Unreadable cells, refused at their line and column, saying what would be read.
    @Test(arguments: [
        ["primaryValue", "1.2.3"], ["primaryValue", "1e"], ["primaryValue", "abc"], ["primaryValue", "1 000"],
        ["period", "2018", "refMonth", "5"], ["period", "201852"], ["period", "201805", "refMonth", "52"], ["period", "18"],
        ["aggrLevel", "six"], ["isLeaf", "yes"], ["isReported", "maybe"], ["ReporterISO", ""], ["fobValue", "n/a"],
    ] as [[String]])
    func refusesUnreadableCells(cells: [String]) throws {
        var changes: [String: String] = [:]
        for index in stride(from: 0, to: cells.count - 1, by: 2) { changes[cells[index]] = cells[index + 1] }
        let name = try #require(cells.first)
        let text = ComtradeFixture.text([changes])
        let reading = read(text)
        #expect(reading.records.isEmpty)
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(diagnostic.severity == .error && diagnostic.accepted != nil)
        // The cell's column: one past the characters of the cells before it and their commas.
        let position = try #require(ComtradeFixture.columns.firstIndex(of: name))
        let before = ComtradeFixture.row(changes).prefix(position)
        let column = before.reduce(1) { $0 + $1.count + 1 }
        #expect(diagnostic.location == SourceLocation(path: "c.csv", line: 2, column: column))
        #expect(diagnostic.description.hasPrefix("c.csv:2:\(column): error:"))
    }

    @Test(arguments: [
        "Classification,Year,Period,Trade Flow Code,Reporter ISO,Partner ISO,Trade Value (US$)\nHS,2018,2018,2,AZE,PAK,5\n",
        "reporterISO,partnerISO,flowCode,period,cmdCode,aggrLevel,isLeaf\nAZE,PAK,X,2018,TOTAL,0,false\n",
        "t,i,j,k,v,q\n2018,31,586,090111,5.2,1\n",
    ])
    func refusesHeadersInNoKnownLayout(text: String) throws {
        let reading = read(text)
        #expect(reading.layout == nil && reading.records.isEmpty)
        let refusal = try #require(reading.diagnostics.first)
        #expect(refusal.location == SourceLocation(path: "c.csv", line: 1, column: 1))
        #expect(refusal.message.contains("found: " + (text.split(separator: "\n").first ?? "").split(separator: ",").joined(separator: ", ")))
        #expect(refusal.accepted?.contains("Comtrade+") == true && refusal.accepted?.contains("primaryValue") == true)
    }

    @Test(arguments: ["", "\u{FEFF}"])
    func refusesAnEmptyFile(text: String) {
        #expect(read(text).diagnostics.first?.message.contains("empty") == true)
    }

    @Test func refusesARowOfTheWrongWidth() {
        let text = ComtradeFixture.text([[:]]) + "AZE,PAK\n"
        let reading = read(text)
        #expect(reading.records.count == 1)
        #expect(reading.diagnostics.map(\.location) == [SourceLocation(path: "c.csv", line: 3, column: 1)])
    }

    /// comtradeplus CSVs saved as ISO-8859-1 (é in "Côte d'Ivoire" as one byte) are refused where the byte is.
    @Test(arguments: [",", "\t"])
    func refusesTextThatIsNotUTF8(separator: String) {
        let bytes = Array(ComtradeFixture.text([[:]], separator: separator).utf8) + [0x43, 0xF4, 0x74, 0x65, 0x0A]
        let reading = ComtradeReader.read(bytes, path: "c.csv")
        #expect(reading.records.isEmpty)
        #expect(reading.diagnostics.first?.message.contains("not UTF-8") == true)
        #expect(reading.diagnostics.first?.location == SourceLocation(path: "c.csv", line: 3, column: 2))
    }
}
