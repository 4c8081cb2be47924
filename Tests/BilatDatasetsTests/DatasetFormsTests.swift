import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// Ranges, multiples, levels at a date and shares as figures.csv rows: what a valid row becomes, and where each
/// mistake is reported (file, line and the column of the cell at fault).
@Suite struct DatasetFormsTests {
    static let header = ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with", "as_reported",
                         "unit", "status", "source_id", "as_of", "note"]

    /// The 1-based column where `cell` starts in a row written without quotes.
    static func column(of cell: String, in row: String) -> Int {
        let cells = row.split(separator: ",", omittingEmptySubsequences: false)
        guard let index = header.firstIndex(of: cell) else { return 0 }
        return 1 + cells.prefix(index).reduce(0) { $0 + $1.count + 1 }
    }

    func read(_ row: String) -> (Dataset?, [Diagnostic]) {
        DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: row)))
    }

    @Test func aMultipleIsAStatedChange() throws {
        let (dataset, diagnostics) = read("x1,trade_turnover,AZE,PAK,both,,2019,2018,tripled,,,today,,")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let f = try #require(dataset?.figures.last)
        #expect(f.isStatedChange && f.quantity.isChange)
        #expect(f.quantity.valueText == "200")
        #expect(f.comparedWith?.label == "2018")
    }

    @Test func aRangeIsOneFigure() throws {
        let (dataset, diagnostics) = read("x1,trade_turnover,AZE,PAK,both,,2019,,$17–25 million,,,today,,")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let f = try #require(dataset?.figures.last)
        #expect(f.quantity.valueText == "17000000")
        #expect(f.quantity.highText == "25000000")
        #expect(f.quantity.currency == .USD)
    }

    @Test func aCountRangeTakesTheUnitColumn() throws {
        let (dataset, diagnostics) = read("x1,personnel_trained,PAK,AZE,to_partner,,2019,,between 17 and 25,officers,,today,,")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let f = try #require(dataset?.figures.last)
        #expect(f.quantity.noun == "officers")
        #expect(f.quantity.highText == "25")
    }

    /// A level at a date holds at the row's as_of, else at its source's publication date; the period cell may be
    /// empty or name that date.
    @Test(arguments: [
        ("x1,trade_turnover,AZE,PAK,both,,,,current trade of $30 million,,,today,,", "2022-10-04", "2022-10-04"),
        ("x1,trade_turnover,AZE,PAK,both,,2022-10-04,,current trade of $30 million,,,today,,", "2022-10-04", "2022-10-04"),
        ("x1,trade_turnover,AZE,PAK,both,,,,$30 million a year,,,undated,2023-06,", "2023-06", "2023-06"),
        ("x1,trade_turnover,AZE,PAK,both,,,,annual trade of $30 million,,,today,2022,", "2022", "2022"),
    ])
    func aLevelHoldsAtItsSourcesDate(_ row: String, _ period: String, _ periodText: String) throws {
        let (dataset, diagnostics) = read(row)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let f = try #require(dataset?.figures.last)
        #expect(f.quantity.isLevelAtDate)
        #expect(f.period.label == period)
        #expect(f.periodText == periodText)
    }

    @Test(arguments: [
        ("x1,exports,AZE,PAK,to_partner,,2021,,90% of the trade,,,today,,", "trade_turnover", ""),
        ("x1,exports,AZE,PAK,to_partner,rice,2021,,about 40% of exports,,,today,,", "exports", "rice"),
        ("x1,imports,AZE,PAK,from_partner,,2021,,12% of trade_turnover,,,today,,", "trade_turnover", ""),
    ])
    func aShareNamesItsTotal(_ row: String, _ total: String, _ subject: String) throws {
        let (dataset, diagnostics) = read(row)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let f = try #require(dataset?.figures.last)
        #expect(f.quantity.shareOf == total)
        #expect(f.quantity.kind == .percent && !f.isStatedChange)
        #expect(f.subject == subject)
    }

    /// Each refusal, with the column of the cell it is in.
    @Test(arguments: [
        ("x1,trade_turnover,AZE,PAK,both,,2019,,tripled,,,today,,", "compared_with",
         "a stated change ('tripled') needs compared_with"),
        ("x1,trade_turnover,AZE,PAK,both,,2019,,grew 2.4 times,,,today,,", "compared_with",
         "a stated change ('grew 2.4 times') needs compared_with"),
        ("x1,trade_turnover,AZE,PAK,both,,2019,,$30–25 million,,,today,,", "as_reported",
         "the low end of the range (30000000) is above its high end (25000000)"),
        ("x1,exports,AZE,PAK,to_partner,,2021,,90% of arms_sales,,,today,,", "as_reported",
         "is a share of 'arms_sales', which is not an indicator of this dataset"),
        ("x1,exports,AZE,PAK,to_partner,,2021,,90% of GDP,,,today,,", "as_reported", "'GDP' is not a total bilat knows"),
        ("x1,exports,AZE,PAK,to_partner,,2021,2020,90% of the trade,,,today,,", "compared_with",
         "is a share of a total, not a stated change, and takes no compared_with"),
        ("x1,exports,AZE,PAK,to_partner,,2021,,40% of exports,,,today,,", "as_reported",
         "is a share of exports, the row's own indicator, with no subject"),
        ("x1,personnel_trained,PAK,AZE,to_partner,,2021,,40% of exports,,,today,,", "as_reported",
         "personnel_trained is measured in count but its total exports in money"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,current trade of $30 million,,,today,,", "period",
         "is a level at a date, which holds at 2022-10-04 (its source's publication date), not over 2021"),
        ("x1,trade_turnover,AZE,PAK,both,,,,current trade of $30 million,,,undated,,", "period",
         "the row has no as_of and its source no published date"),
        ("x1,trade_turnover,AZE,PAK,both,,,,$30 million,,,today,,", "period", "empty period"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,500 млн долларов,,,today,,", "as_reported", "'млн' is written in Cyrillic"),
    ])
    func refusals(_ row: String, _ cell: String, _ message: String) {
        let (dataset, diagnostics) = read(row)
        #expect(dataset == nil)
        let at = "Datasets/mini/figures.csv:6:\(Self.column(of: cell, in: row)): error: "
        #expect(diagnostics.contains { $0.description.hasPrefix(at) && $0.description.contains(message) },
                "\(at) \(message): \(diagnostics.map(\.description))")
    }
}
