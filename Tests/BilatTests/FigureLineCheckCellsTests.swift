import BilatCore
import BilatDatasets
import BilatRender
import BilatTestSupport
import Testing

/// An importer's line is checked from the cells it wrote, not parsed again: that must give what checking the
/// written line gives, for cells the writer quotes, doubles quotes in, or marks as a formula.
@Suite struct FigureLineCheckCellsTests {
    static let header = ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with",
                         "as_reported", "unit", "status", "source_id", "as_of", "note"]

    @Test(arguments: [
        ["x", "trade_turnover", "AZE", "PAK", "both", "", "2020", "", "$1m", "", "", "today", "", ""],
        ["x", "trade_turnover", "AZE", "PAK", "both", "HS 03 Fish, \"fresh\"\r\nand frozen", "2020", "", "USD 12.5", "", "", "today", "", "a; b"],
        ["x", "trade_turnover", "AZE", "PAK", "both", " padded ", "2020", "", "$1m", "", "", "today", "", "-minus first"],
        ["x", "trade_turnover", "AZE", "PAK", "both", "=formula", "2020", "", "$1m", "", "", "today", "", ""],
        ["x", "trade_turnover", "AZE", "AZE", "both", "", "2020", "", "$1m", "", "", "today", "", ""],
        ["x", "trade_turnover", "AZE", "PAK", "sideways", "", "2020", "", "$1m", "", "", "today", "", ""],
        ["x", "trade_turnover", "AZE", "PAK", "both", "", "2020", "", "twelve", "", "", "today", "", ""],
        ["", "trade_turnover", "AZE", "PAK", "both", "", "2020", "", "$1m", "", "", "today", "", ""],
    ])
    func cellsAreCheckedAsTheirLineIs(cells: [String]) throws {
        let dataset = try #require(DatasetReader.read(MiniDataset.files()).dataset)
        var check = try #require(FigureLineCheck(header: Self.header, sources: dataset.sources, parties: dataset.parties,
                                                 indicators: dataset.indicators))
        var line: [UInt8] = []
        CSVWriter.appendCells(cells.map { CSVWriter.Cell.orEmpty($0) }, to: &line)
        let fromLine = check.key(of: line[...])
        #expect(check.key(cells: cells, line: line[...]) == fromLine)
    }

    @Test func aValidRowHasAKeyAndABadOneNone() throws {
        let dataset = try #require(DatasetReader.read(MiniDataset.files()).dataset)
        var check = try #require(FigureLineCheck(header: Self.header, sources: dataset.sources, parties: dataset.parties,
                                                 indicators: dataset.indicators))
        let good = ["x", "trade_turnover", "AZE", "PAK", "both", "", "2020", "", "$1m", "", "", "today", "", ""]
        var bad = good
        bad[3] = "AZE"
        #expect(check.key(cells: good, line: []) != nil)
        #expect(check.key(cells: bad, line: []) == nil)
    }
}
