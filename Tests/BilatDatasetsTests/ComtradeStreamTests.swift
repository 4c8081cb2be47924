import BilatCore
@testable import BilatDatasets
import Testing

/// Reading a download a piece at a time gives what reading it whole gives, wherever the pieces are cut:
/// across a record, inside a quoted cell that spans lines, inside a UTF-8 character, between CR and LF.
@Suite struct ComtradeStreamTests {
    /// The fixture's rows with descriptions that need quoting (commas, a doubled quote, a line break), a
    /// non-ASCII description, more periods, and a row of the wrong width and one with an unreadable value.
    static func download(separator: String, lineEnd: String, bom: Bool) -> [UInt8] {
        var rows = ComtradeFixture.rows
        rows.append(["cmdCode": "93", "aggrLevel": "2", "cmdDesc": separator == "," ? "\"Arms and ammunition; parts, accessories\"" : "Arms and ammunition; parts, accessories"])
        rows.append(["cmdCode": "94", "aggrLevel": "2", "cmdDesc": separator == "," ? "\"Furniture, \"\"bedding\"\"\nand lamps\"" : "Furniture"])
        rows.append(["cmdCode": "09", "aggrLevel": "2", "cmdDesc": "Café, thé, maté", "PARTNERISO": "TUR", "partnerCode": "792"])
        for year in 2010...2016 {
            rows.append(["period": "\(year)", "refYear": "\(year)", "primaryValue": "\(year).5", "fobValue": "\(year).5"])
        }
        rows.append(["primaryValue": "12 thousand", "period": "2017"])
        var text = ComtradeFixture.text(rows, separator: separator).replacingOccurrences(of: "\n", with: lineEnd)
        if separator == "," { text = text.replacingOccurrences(of: "Café, thé, maté", with: "\"Café, thé, maté\"") }
        text += "AZE,too,few\(lineEnd)"
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    static let layouts: [(separator: String, lineEnd: String, bom: Bool)] = [
        (",", "\n", false), (",", "\r\n", true), ("\t", "\n", false), ("\t", "\r\n", true),
    ]

    @Test(arguments: layouts)
    func everyPieceSizeReadsTheSameRecords(layout: (separator: String, lineEnd: String, bom: Bool)) throws {
        let bytes = Self.download(separator: layout.separator, lineEnd: layout.lineEnd, bom: layout.bom)
        let whole = ComtradeReader.read(bytes, path: "TradeData.csv")
        // The file is read, with records, skips and located refusals (the unreadable value, the short row).
        #expect(whole.records.count == 19)
        #expect(whole.skipped.count == 1)
        #expect(whole.diagnostics.count == 2, "\(whole.diagnostics)")
        let ids = whole.records.map(ComtradeFigureRows.figureID)
        #expect(Set(ids).count == 19, "every record its own id: \(ids)")
        for size in Array(1...41) + [64, 97, 128, 1000, bytes.count - 1, bytes.count, bytes.count + 1] {
            var chunks = InMemoryChunks(bytes, size: size)
            var records: [ComtradeRecord] = []
            let reading = try ComtradeReader.read(&chunks, path: "TradeData.csv") { records.append($0) }
            #expect(records == whole.records, "piece size \(size)")
            #expect(records.map(ComtradeFigureRows.figureID) == ids, "piece size \(size)")
            #expect(records.map(\.primaryValue) == whole.records.map(\.primaryValue), "piece size \(size)")
            #expect(reading.skipped == whole.skipped, "piece size \(size)")
            #expect(reading.diagnostics == whole.diagnostics, "piece size \(size)")
            #expect(reading.layout?.name == whole.layout?.name)
        }
    }

    @Test func aQuotedCellAcrossLinesIsOneRecordWhereverItIsCut() throws {
        let bytes = Self.download(separator: ",", lineEnd: "\n", bom: false)
        let whole = ComtradeReader.read(bytes, path: "d.csv")
        let furniture = whole.records.first { $0.commodityCode == "94" }
        #expect(furniture?.commodityDescription == "Furniture, \"bedding\"\nand lamps")
        #expect(furniture?.location.line == 13)
        // The row after it starts two lines on.
        #expect(whole.records.first { $0.commodityCode == "09" }?.location.line == 15)
    }

    @Test func anEmptyFileIsRefusedAtAnyPieceSize() throws {
        for bytes in [[UInt8](), [0xEF, 0xBB, 0xBF], Array("\n\n".utf8)] {
            for size in [1, 2, 1000] {
                var chunks = InMemoryChunks(bytes, size: size)
                let reading = try ComtradeReader.read(&chunks, path: "e.csv") { _ in }
                #expect(reading.diagnostics.map(\.message) == ["the file is empty; it needs a header row"], "\(bytes) in \(size)")
            }
        }
    }

    @Test func theStreamedLevelsChooseAsTheWholeFilter() {
        var levels = ComtradeSeriesLevels()
        let records = ComtradeReader.read(Array(ComtradeFixture.text(ComtradeFixture.rows).utf8), path: "f.csv").records
        let candidates = records.filter { ["X", "M", "RX", "RM"].contains($0.flowCode) && $0.transportCode == "0" }
        for record in candidates { _ = levels.add(record) }
        let kept = (0..<levels.count).filter { levels.decision($0).kept }.map { candidates[$0] }
        #expect(kept == ComtradeSeriesFilter().apply(records).kept.map(\.record))
        // HS 9020 (level 4) and 902000 (level 6) of PAK's imports: the series is read at 0, its TOTAL row.
        #expect(levels.seriesCount == 5)
        #expect(kept.map(\.commodityCode) == ["TOTAL", "TOTAL", "TOTAL", "TOTAL", "TOTAL"])
    }
}
