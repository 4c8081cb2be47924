import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

/// comtradeapi.un.org responses: records read exactly and at their places; API errors refused with their message.
@Suite struct ComtradeJSONReaderTests {
    typealias Fixture = ComtradeLayoutFixture

    func read(_ text: String) -> ComtradeReading { ComtradeReader.read(Array(text.utf8), path: "r.json") }

    /// Line and column (1-based, in characters) where `needle` starts in `text`, plus `offset` characters.
    func location(of needle: String, in text: String, offset: Int = 0) throws -> BilatCore.SourceLocation {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return SourceLocation(path: "r.json", line: line, column: before[lineStart...].count + 1 + offset)
    }

    /// The shape of a real response (elapsedTime, count, data, error; numbers with ".0", nulls, refMonth 52).
    @Test func readsARecordExactlyAsTheAPIWritesIt() throws {
        let text = """
            {"elapsedTime": "0.04 secs", "count": 1, "data": [{"typeCode": "C", "freqCode": "A", "refPeriodId": 20100101,
              "refYear": 2010, "refMonth": 52, "period": "2010", "reporterCode": 156, "reporterISO": "CHN",
              "flowCode": "M", "partnerCode": 32, "partnerISO": "ARG", "partner2Code": 0, "partner2ISO": "W00",
              "cmdCode": "TOTAL", "cmdDesc": "All \\"Commodities\\" \\u00e9\\ud83d\\ude00", "aggrLevel": 0, "isLeaf": false,
              "customsCode": "C00", "mosCode": "0", "motCode": 0, "qty": null, "isQtyEstimated": false,
              "isNetWgtEstimated": true, "cifvalue": 6804128143.0, "fobvalue": null, "primaryValue": 6804128143.0,
              "legacyEstimationFlag": 0, "isReported": true, "isAggregate": false}], "error": ""}
            """
        let reading = read(text)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        let record = try #require(reading.records.first)
        #expect(reading.records.count == 1)
        #expect(record.primaryValue == Decimal(string: "6804128143") && record.valuation == .cif)
        #expect(record.reporterISO == "CHN" && record.partnerISO == "ARG" && record.flowCode == "M" && record.period == .year(2010))
        #expect(record.commodityDescription == "All \"Commodities\" é😀")
        #expect(record.partner2Code == "0" && record.transportCode == "0" && record.customsCode == "C00")
        #expect(record.estimatedMeasures == ["netWgt"] && record.legacyEstimationFlag == "0")
        #expect(record.isReported == true && record.isAggregate == false)
        #expect(record.location == SourceLocation(path: "r.json", line: 1, column: 51))
        #expect(record.valueLocation == (try location(of: "\"primaryValue\": 6804128143.0", in: text, offset: 16)))
    }

    /// The null value is skipped at its own line and column, in a pretty and in a one-line response.
    @Test(arguments: [false, true])
    func aNullValueIsSkippedWhereItIs(oneLine: Bool) throws {
        let text = Fixture.json(Fixture.rows, oneLine: oneLine)
        let skip = try #require(read(text).skipped.first)
        let needle = oneLine ? "\"primaryValue\":null" : "\"primaryValue\": null"
        #expect(skip.location == (try location(of: needle, in: text, offset: oneLine ? 15 : 16)))
    }

    /// An unreadable value inside a record is refused at its line and column; the other records are still read.
    @Test(arguments: [false, true])
    func anUnreadableValueIsRefusedWhereItIs(oneLine: Bool) throws {
        // The RX row's value written with a space.
        let rows = Fixture.rows.map { row in
            var changed = row
            if row.flow == "RX" { changed.value = "28 421" }
            return changed
        }
        let text = Fixture.json(rows, oneLine: oneLine).replacingOccurrences(of: "28 421", with: "\"28 421\"")
        let reading = read(text)
        let refusal = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(refusal.message == "primaryValue '28 421' is not a number")
        let needle = oneLine ? "\"primaryValue\":\"28 421\"" : "\"primaryValue\": \"28 421\""
        #expect(refusal.location == (try location(of: needle, in: text, offset: oneLine ? 15 : 16)))
        #expect(reading.records.count == Fixture.rows.count - 2)
    }

    /// (response, message, where: the text the location points at)
    @Test(arguments: [
        (#"{"elapsedTime": "0.01 secs", "count": 0, "data": [], "error": "reporterCode 9999 is not valid"}"#,
         "the Comtrade API answered with an error, not data: reporterCode 9999 is not valid", "\"reporterCode 9999"),
        ("{\n  \"statusCode\": 429,\n  \"message\": \"Rate limit is exceeded. Try again in 2 seconds.\"\n}\n",
         "the Comtrade API answered with an error, not data: status 429: Rate limit is exceeded. Try again in 2 seconds.", "\"Rate limit"),
        (#"{"elapsedTime": "0.01 secs", "count": 0}"#, "the JSON object has no data array of records", "{\"elapsedTime"),
        (#"{"elapsedTime": "0.09 secs", "count": 0, "data": [], "error": ""}"#, "data is empty: the request matched no records", "[]"),
        ("[]", "the array is empty: the request matched no records", "[]"),
        (#"{"validation": {"status": {"name": "Invalid", "value": 5003}, "message": "Maximum resultset is: 10000"}, "dataset": []}"#,
         "the Comtrade API answered with an error, not data: Invalid: Maximum resultset is: 10000", "\"Maximum"),
        (#"{"validation": {"status": {"name": "Ok", "value": 0}, "message": null}, "dataset": [2]}"#,
         "this element of the records is not a record (a JSON object)", "2]"),
        (#"{"data": {"reporterISO": "AZE"}}"#, "data is not an array of records", "{\"reporterISO"),
        (#"{"data": [1]}"#, "this element of the records is not a record (a JSON object)", "1]"),
        (#"{"data": [{"reporterISO": "AZE", "primaryValue": 5}]}"#,
         "this record's fields are in no Comtrade layout bilat reads (found: reporterISO, primaryValue)", "{\"reporterISO"),
        (#"{"data": [{"a": 1,}]}"#, "the file is not valid JSON: expected a quoted key", "}]}"),
        ("{\"data\": [\n  {\"a\": 1.2.3}]}", "the file is not valid JSON: '1.2.3' is not a JSON number", "1.2.3"),
        (#"{"data": [{"a": "unclosed}]}"#, "the file is not valid JSON: a string is never closed", ""),
        (#"{"data": []} {"data": []}"#, "the file is not valid JSON: more text after the JSON value ends", "{\"data\": []}$"),
        (String(repeating: "[", count: 100), "the file is not valid JSON: the JSON nests deeper than 64 levels", ""),
    ])
    func refusesAResponseWithoutRecords(text: String, message: String, at needle: String) throws {
        let reading = read(text)
        #expect(reading.records.isEmpty)
        let refusal = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(refusal.severity == .error && refusal.accepted != nil)
        #expect(refusal.message == message)
        switch needle {
        case "": #expect(refusal.location?.line == 1)
        case "{\"data\": []}$": #expect(refusal.location == SourceLocation(path: "r.json", line: 1, column: 14))
        default: #expect(refusal.location == (try location(of: needle, in: text)))
        }
    }

    @Test func aResponseThatIsNotUTF8IsRefusedAtTheByte() {
        let bytes = Array(#"{"data": [{"cmdDesc": "C"#.utf8) + [0xF4, 0x74, 0x65] + Array(#""}]}"#.utf8)
        let reading = ComtradeReader.read(bytes, path: "r.json")
        #expect(reading.diagnostics.map(\.location) == [SourceLocation(path: "r.json", line: 1, column: 25)])
        #expect(reading.diagnostics.first?.message.contains("not UTF-8") == true)
    }
}
