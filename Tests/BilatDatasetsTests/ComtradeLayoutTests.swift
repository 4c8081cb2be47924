import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

/// Every layout bilat reads, written with the same rows: each must give the same records and the same figures.
@Suite struct ComtradeLayoutTests {
    typealias Fixture = ComtradeLayoutFixture

    func read(_ text: String) -> ComtradeReading { ComtradeReader.read(Array(text.utf8), path: "c.csv") }

    /// Kept figures as "id indicator partner period as_reported": what the guards and ids made of the records.
    func figures(_ reading: ComtradeReading) -> [String] {
        ComtradeSeriesFilter().apply(reading.records).kept.compactMap { kept in
            ComtradeFigureRows.figureCells(kept, sourceID: "comtrade-c").map {
                [$0["id"], $0["indicator"], $0["partner"], $0["period"], $0["as_reported"]].map { $0 ?? "-" }.joined(separator: " ")
            }
        }
    }

    /// What every layout has in common; valuation and breakdown codes exist only in some.
    func common(_ r: ComtradeRecord) -> String {
        [r.reporterISO, r.partnerIsWorld ? "World" : r.partnerISO, r.flowCode, r.period.description, r.commodityCode,
         r.commodityDescription, String(r.aggregateLevel), String(r.isLeaf), r.primaryValue?.plainText ?? "-",
         r.legacyEstimationFlag].joined(separator: "|")
    }

    static let layoutNames: [Fixture.Layout: String] = [
        .legacyAPINumbered: ComtradeLayout.legacyAPI.name, .legacyAPILetters: ComtradeLayout.legacyAPI.name,
        .legacyAPIHandMade: ComtradeLayout.legacyAPI.name, .legacyBulkGoodsNumbered: ComtradeLayout.legacyBulkGoods.name,
        .legacyBulkGoodsLetters: ComtradeLayout.legacyBulkGoods.name, .legacyBulkServices: ComtradeLayout.legacyBulkServices.name,
        .legacyAPIJSON: ComtradeLayout.legacyJSON.name,
        .comtradePlusCSV: ComtradeLayout.comtradePlus.name, .comtradePlusTSV: ComtradeLayout.comtradePlus.name,
        .apiJSON: ComtradeLayout.comtradePlus.name, .apiJSONOneLine: ComtradeLayout.comtradePlus.name,
        .apiJSONDataArray: ComtradeLayout.comtradePlus.name,
    ]

    @Test(arguments: Fixture.Layout.allCases)
    func everyLayoutGivesTheSameRecordsAndFigures(layout: Fixture.Layout) throws {
        let reading = read(Fixture.text(layout))
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.layout?.name == Self.layoutNames[layout])
        let reference = read(Fixture.text(.comtradePlusCSV)).records.map(common)
        #expect(reference.count == Fixture.rows.count - 1)
        #expect(reading.records.map(common) == reference)
        #expect(figures(reading) == Fixture.figures)
        // The missing value is skipped with its reason, never read as 0.
        let valueColumn = layout == .legacyAPIHandMade ? "TradeValueUS" : layout == .legacyAPIJSON ? "TradeValue"
            : layout.rawValue.hasPrefix("legacy") ? "Trade Value (US$)" : "primaryValue"
        #expect(reading.skipped.map(\.reason) == ["\(valueColumn) is empty or null: a missing figure, not zero"])
        #expect(!reading.records.contains { $0.primaryValue == 0 })
    }

    @Test func legacyNumberedFlowsAndWorldBecomeCurrentCodes() throws {
        let records = read(Fixture.text(.legacyAPINumbered)).records
        #expect(records.map(\.flowCode) == ["X", "RX", "X", "M", "M", "X", "RM"])
        let world = try #require(records.first { $0.partnerIsWorld })
        #expect(world.partnerISO == "WLD" && world.partnerCode == "0")
        #expect(records.map(\.period) == [.year(2018), .year(2018), .year(2018), .year(2018), .year(2018), .month(year: 2018, month: 5), .year(2018)])
        let first = try #require(records.first)
        #expect(first.primaryValue == Decimal(string: "1234567") && first.valuation == .unknown)
        #expect(first.partner2ISO == "" && first.customsCode == "" && first.transportCode == "")
        #expect(records.last?.primaryValue?.plainText == "12345678901234567890")
    }

    /// Legacy header, new codes (flow code 0, letters under Trade Flow, W00, totals spelled out, CIF and FOB columns).
    @Test func legacyHeaderWithNewCodesKeepsValuationAndTotals() throws {
        let reading = read(Fixture.text(.legacyAPILetters))
        #expect(reading.records.map { "\($0.flowCode) \($0.valuation.rawValue)" } == ["X fob", "RX unknown", "X fob", "M cif", "M cif", "X fob", "RM unknown"])
        let world = try #require(reading.records.first { $0.partnerIsWorld })
        #expect(world.partnerISO == "W00")
        #expect(reading.records.allSatisfy { $0.partner2ISO == "W00" && $0.customsCode == "C00" && $0.transportCode == "0" })
    }

    @Test func theLegacyFlagBecomesTheFiguresNote() throws {
        let reading = read(Fixture.text(.legacyAPINumbered))
        let kept = ComtradeSeriesFilter().apply(reading.records).kept
        let imports = try #require(kept.first { $0.indicator == "imports" })
        let cells = try #require(ComtradeFigureRows.figureCells(imports, sourceID: "comtrade-c"))
        #expect(cells["note"] == "UN Comtrade flow M; legacy estimation flag 6")
        #expect(cells["subject"] == "HS 9020 Breathing appliances and gas masks, n.e.s.")
    }

    // MARK: bad input

    /// One legacy row with some cells changed, as a 35-column file (or the layout given).
    func legacyText(_ changes: [String: String], header: [String] = Fixture.legacyAPIHeader) -> String {
        Fixture.csv(header: header, [Fixture.Row()]) { Fixture.legacyCells($0, style: .numbered).merging(changes) { $1 } }
    }

    /// The column of a header cell in row 2 of `text`: one past the characters (and commas) before it.
    func column(of name: String, in text: String, header: [String] = Fixture.legacyAPIHeader) throws -> Int {
        let line = try #require(text.components(separatedBy: "\r\n").dropFirst().first)
        let position = try #require(header.firstIndex(of: name))
        var cells: [String] = []
        var cell = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            if character == "," && !quoted { cells.append(cell); cell = "" } else { cell.append(character) }
        }
        cells.append(cell)
        return cells.prefix(position).reduce(1) { $0 + $1.count + 1 }
    }

    /// (changed cells, the column refused, the message)
    @Test(arguments: [
        (["Trade Flow Code": "5"], "Trade Flow Code", "Trade Flow Code '5' is not a legacy Comtrade flow (Trade Flow 'Export')"),
        (["Trade Flow Code": "0"], "Trade Flow Code", "Trade Flow Code '0' is not a legacy Comtrade flow (Trade Flow 'Export')"),
        (["Trade Value (US$)": "1,234"], "Trade Value (US$)", "Trade Value (US$) '1,234' is not a number"),
        (["Trade Value (US$)": "n/a"], "Trade Value (US$)", "Trade Value (US$) 'n/a' is not a number"),
        (["Period": "201813"], "Period", "Period '201813' is not a Comtrade period"),
        (["Year": "2017"], "Period", "Period '2018' is not in the row's Year 2017"),
        (["Flag": "E"], "Flag", "Flag 'E' is not an estimation flag"),
        (["Is Leaf Code": "2"], "Is Leaf Code", "Is Leaf Code '2' is not a yes/no flag"),
        (["Aggregate Level": "six"], "Aggregate Level", "Aggregate Level 'six' is not an aggregation level"),
        (["Reporter ISO": "", "Reporter Code": ""], "Reporter ISO", "Reporter ISO '' is empty"),
        (["Partner ISO": "", "Partner Code": ""], "Partner ISO", "Partner ISO '' is empty"),
        (["CIF Trade Value (US$)": "12a"], "CIF Trade Value (US$)", "CIF Trade Value (US$) '12a' is not a number"),
    ])
    func refusesUnreadableLegacyCells(changes: [String: String], name: String, message: String) throws {
        let text = legacyText(changes)
        let reading = read(text)
        #expect(reading.records.isEmpty)
        let diagnostic = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(diagnostic.severity == .error && diagnostic.accepted != nil)
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == SourceLocation(path: "c.csv", line: 2, column: try column(of: name, in: text)))
    }

    /// Areas without an ISO code (legacy services reporters, partners such as 490 "Other Asia, nes" and 899
    /// "Areas, nes") are skipped at their cell with the code, never refused and never read as a country.
    @Test(arguments: [
        (["Reporter ISO": "", "Classification": "EB02", "Commodity Code": "200", "Commodity": "Total EBOPS 2002 Services"],
         Fixture.legacyBulkServicesHeader, "Reporter ISO", "Reporter Code 31 (Azerbaijan) has no ISO code"),
        (["Partner ISO": "", "Partner Code": "490", "Partner": "Other Asia, nes"], Fixture.legacyAPIHeader, "Partner ISO",
         "Partner Code 490 (Other Asia, nes) has no ISO code"),
        (["Partner ISO": "", "Partner Code": "899", "Partner": "Areas, nes"], Fixture.legacyBulkGoodsHeader, "Partner ISO",
         "Partner Code 899 (Areas, nes) has no ISO code"),
    ])
    func anAreaWithoutISOCodeIsSkippedAtItsCell(changes: [String: String], header: [String], cell: String, reason: String) throws {
        let text = legacyText(changes, header: header)
        let reading = read(text)
        #expect(reading.diagnostics.isEmpty && reading.records.isEmpty)
        let skip = try #require(reading.skipped.first)
        #expect(skip.reason == reason + ": a Comtrade area, not a country; bilat stores countries and World")
        #expect(skip.location == SourceLocation(path: "c.csv", line: 2, column: try column(of: cell, in: text, header: header)))
    }

    @Test func worldWithoutISOCodeIsWorld() throws {
        let reading = read(legacyText(["Partner ISO": "", "Partner Code": "0", "Partner": "World"]))
        let record = try #require(reading.records.first)
        #expect(record.partnerIsWorld && ComtradeFigureRows.partyID(iso: record.partnerISO, code: record.partnerCode) == "WLD")
    }

    @Test func aHeaderInNoLayoutListsEveryLayoutAndTheHeaderFound() throws {
        let reading = read("Classification,Year,Period,Trade Flow Code,Reporter ISO,Partner ISO,Trade Value (US$)\nH5,2018,2018,2,AZE,PAK,5\n")
        let refusal = try #require(reading.diagnostics.first)
        #expect(refusal.message == "the header row is in no Comtrade layout bilat reads (found: Classification, Year, Period, Trade Flow Code, Reporter ISO, Partner ISO, Trade Value (US$))")
        #expect(refusal.location == SourceLocation(path: "c.csv", line: 1, column: 1))
        #expect(refusal.accepted == ComtradeLayout.described)
        for layout in ComtradeLayout.known {
            #expect(refusal.accepted?.contains(layout.name + " with the columns " + layout.required.joined(separator: ", ")) == true)
        }
        #expect(ComtradeLayout.known.map(\.name) == [
            "UN Comtrade+ (comtradeplus CSV, bulk tab-separated text or API JSON)",
            "UN Comtrade legacy CSV (comtrade.un.org website or API download, 35 columns)",
            "UN Comtrade legacy bulk goods CSV (22 columns)",
            "UN Comtrade legacy bulk services CSV (18 columns)",
            "UN Comtrade legacy API JSON (comtrade.un.org/api/get, \"dataset\" records)",
        ])
        #expect(ComtradeLayout.legacyBulkServices.required == [
            "Trade Flow Code", "Trade Flow", "Reporter ISO", "Partner Code", "Partner ISO", "Period", "Commodity Code",
            "Aggregate Level", "Is Leaf Code", "Trade Value (US$)",
        ])
    }

    @Test func headersMatchIgnoringCaseSpacesAndPunctuationWithExtraColumns() throws {
        let header = Fixture.legacyBulkGoodsHeader.map { $0.uppercased() } + ["Downloaded"]
        let text = Fixture.csv(header: header, names: Fixture.legacyBulkGoodsHeader + ["Downloaded"], [Fixture.Row()]) {
            Fixture.legacyCells($0, style: .numbered).merging(["Downloaded": "2021-10-01"]) { $1 }
        }
        let reading = read(text)
        #expect(reading.layout?.name == ComtradeLayout.legacyBulkGoods.name)
        #expect(reading.records.map(common) == ["AZE|PAK|X|2018|TOTAL|All Commodities|0|false|1234567|0"])
    }
}
