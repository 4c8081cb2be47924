import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

/// The three IMF layouts read into the same figures; units, periods, skips and refusals.
@Suite struct ImfReaderTests {
    func reading(_ text: String, path: String = "imf.csv") -> ImfReading {
        ImfReader.read(Array(text.utf8), path: path)
    }

    /// id, as_reported and status of each figure, in file order.
    func figures(_ text: String) -> [[String]] {
        let read = reading(text)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        return read.observations.map {
            let cells = ImfFigureRows.figureCells($0, sourceID: "imf-x")
            return [cells["id"] ?? "", cells["as_reported"] ?? "", cells["status"] ?? ""]
        }
    }

    static let millions: [[String]] = [
        ["imf-aze-pak-exports-2018", "USD 1.23456789 million", ""],
        ["imf-aze-pak-exports-2018-05", "USD 0.028421 million", ""],
        ["imf-aze-wld-exports-2018", "USD 9 million", ""],
        ["imf-pak-aze-imports-2018", "USD 0.00053 million", "estimated"],
    ]

    struct Layout: Sendable, CustomStringConvertible {
        var text: String
        var kind: ImfLayout.Kind
        var expected: [[String]]
        var description: String { "\(kind) \(expected.first?[1] ?? "")" }
    }

    @Test(arguments: [
        Layout(text: ImfFixture.timeSeries, kind: .dotsTimeSeries, expected: millions),
        // The panel has no Status: the same figures, the import unflagged.
        Layout(text: ImfFixture.panel, kind: .dotsPanel,
               expected: millions.map { $0[0] == "imf-pak-aze-imports-2018" ? [$0[0], $0[1], ""] : $0 }),
        Layout(text: ImfFixture.imtsMillions, kind: .imtsSDMX, expected: millions),
        Layout(text: ImfFixture.imtsUnits, kind: .imtsSDMX, expected: [
            ["imf-aze-pak-exports-2018", "USD 1234567.89", ""],
            ["imf-aze-pak-exports-2018-05", "USD 28421", ""],
            ["imf-aze-wld-exports-2018", "USD 9000000", ""],
            ["imf-pak-aze-imports-2018", "USD 530", "estimated"],
        ]),
    ])
    func eachLayoutGivesTheSameFigures(_ layout: Layout) {
        #expect(reading(layout.text).layout?.kind == layout.kind)
        #expect(figures(layout.text) == layout.expected)
    }

    @Test func aFigureRowSaysWhatTheIMFMeansByIt() throws {
        let first = try #require(reading(ImfFixture.timeSeries).observations.first)
        let cells = ImfFigureRows.figureCells(first, sourceID: "imf-dots")
        #expect(cells == [
            "id": "imf-aze-pak-exports-2018", "indicator": "exports", "reporter": "AZE", "partner": "PAK",
            "direction": "to_partner", "subject": "all goods", "period": "2018", "as_reported": "USD 1.23456789 million",
            "source_id": "imf-dots",
            "note": "IMF DOTS TXG_FOB_USD: exports FOB; US$ millions; " + ImfFigureRows.partnerDerivedNote,
        ])
        let imports = try #require(reading(ImfFixture.imtsUnits).observations.last)
        let importCells = ImfFigureRows.figureCells(imports, sourceID: "imf-imts")
        #expect(importCells["direction"] == "from_partner")
        #expect(importCells["note"] == "IMF IMTS MG_CIF_USD: imports CIF; US$; " + ImfFigureRows.partnerDerivedNote + "; IMF status E")
    }

    @Test(arguments: [
        (ImfFixture.timeSeries, [
            "imf.csv:2:119: 1 period cell is empty (2019): missing figures, not zero",
            "imf.csv:4:116: 2 period cells are empty (2019, 2018-05): missing figures, not zero",
            "imf.csv:5:130: 2 period cells are empty (2019, 2018-05): missing figures, not zero",
            "imf.csv:7:114: the partner '163' (Euro Area) is an IMF aggregate, not a country; bilat keeps countries and World (WLD)",
            "imf.csv:8:73: the trade balance (TBG_USD) is exports less imports; bilat reads the two flows",
        ]),
        (ImfFixture.imtsUnits, [
            "imf.csv:3:47: OBS_VALUE is empty or null: a missing figure, not zero",
            "imf.csv:7:36: the partner 'G163' is an IMF aggregate, not a country; bilat keeps countries and World (WLD)",
            "imf.csv:8:25: the trade balance (TBG_USD) is exports less imports; bilat reads the two flows",
        ]),
    ])
    func skippedRowsSayWhy(text: String, expected: [String]) {
        let skipped = reading(text).skipped.map { "\($0.location): \($0.reason)" }
        #expect(skipped == expected)
    }

    @Test func thePanelNotesColumnsItDoesNotRead() {
        let skipped = reading(ImfFixture.panel).skipped.map { "\($0.location): \($0.reason)" }
        #expect(skipped.first?.hasPrefix("imf.csv:1:") == true && skipped.first?.contains("column TBG_USD: the trade balance") == true, "\(skipped)")
        #expect(skipped.contains("imf.csv:7:41: the partner '163' (Euro Area) is an IMF aggregate, not a country; bilat keeps countries and World (WLD)"), "\(skipped)")
        #expect(skipped.filter { $0.contains("missing figure") }.count == 6, "\(skipped)")
    }

    @Test(arguments: [
        ("2018", "2018"), ("2018Q1", "2018-Q1"), ("2018-Q4", "2018-Q4"), ("2018M5", "2018-05"), ("2018M05", "2018-05"),
        ("2018-M12", "2018-12"), ("2018-05", "2018-05"),
    ])
    func periodsReadAsBilatWritesThem(text: String, expected: String) {
        #expect(ImfValues.period(text)?.description == expected)
    }

    @Test(arguments: ["", "18", "2018Q5", "2018M13", "2018M0", "2018-5", "2018H1", "20189"])
    func otherPeriodsAreNot(text: String) {
        #expect(ImfValues.period(text) == nil)
    }

    @Test(arguments: [
        ("SCALE", "0", "USD 1234567.89"), ("SCALE", "", "USD 1234567.89"), ("SCALE", "3", "USD 1234567.89 thousand"),
        ("SCALE", "6", "USD 1234567.89 million"), ("SCALE", "9", "USD 1234567.89 billion"), ("UNIT_MULT", "6", "USD 1234567.89 million"),
    ])
    func theUnitComesFromTheScaleColumns(column: String, scale: String, expected: String) throws {
        let text = "COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE,\(column)\nAZE,XG_FOB_USD,PAK,2018,1234567.89,\(scale)\n"
        let read = reading(text)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        let o = try #require(read.observations.first)
        #expect(ImfFigureRows.asReported(o) == expected)
    }

    /// SDMX-CSV 2.0 leads with STRUCTURE, STRUCTURE_ID, ACTION; a download with labels names columns "CODE: Label".
    @Test(arguments: [
        "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,IMF.STA:IMTS(1.0.0),I,AZE,XG_FOB_USD,PAK,Q,2018-Q3,250\n",
        "DATAFLOW,COUNTRY: Country,INDICATOR: Indicator,COUNTERPART_COUNTRY: Counterpart country,FREQUENCY: Frequency,TIME_PERIOD: Time period,OBS_VALUE\n"
            + "IMF.STA:IMTS(1.0.0),AZE,XG_FOB_USD,PAK,Q,2018Q3,250\n",
    ])
    func otherSDMXCSVHeadersAreRead(text: String) {
        #expect(figures(text) == [["imf-aze-pak-exports-2018-q3", "USD 250", ""]])
    }

    @Test func withoutAScaleColumnIMTSIsUSDollars() throws {
        let read = reading("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,2018,1.5E7\n")
        let o = try #require(read.observations.first)
        #expect(ImfFigureRows.asReported(o) == "USD 15000000")
    }

    @Test(arguments: [
        // An unknown unit, a currency, two multipliers that disagree: refused at the cell.
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE,SCALE\nAZE,XG_FOB_USD,PAK,2018,5,2\n",
         "imf.csv:2:27: error: SCALE '2' is not a unit bilat reads"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE,UNIT\nAZE,XG_FOB_USD,PAK,2018,5,EUR\n",
         "imf.csv:2:27: error: UNIT 'EUR' is not US dollars"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE,SCALE,UNIT_MULT\nAZE,XG_FOB_USD,PAK,2018,5,6,0\n",
         "imf.csv:2:1: error: SCALE and UNIT_MULT give different units (6 and 0)"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,2018,\"1,234\"\n",
         "imf.csv:2:25: error: OBS_VALUE '1,234' is not a number"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,2018,-5\n",
         "imf.csv:2:25: error: OBS_VALUE '-5' is negative"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,2018H1,5\n",
         "imf.csv:2:20: error: TIME_PERIOD '2018H1' is not an IMF period"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,M,2018,5\n",
         "imf.csv:2:20: error: FREQUENCY 'M' does not agree with TIME_PERIOD '2018'"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,NGDP_USD,PAK,2018,5\n",
         "imf.csv:2:5: error: INDICATOR 'NGDP_USD' is not an IMF trade indicator bilat reads"),
        ("COUNTRY,INDICATOR,COUNTERPART_COUNTRY,TIME_PERIOD,OBS_VALUE\nAZE,XG_FOB_USD,PAK,2018\n",
         "imf.csv:2:1: error: this row has 4 cells but the header has 5"),
        (ImfFixture.timeSeries.replacingOccurrences(of: "\"1.23456789\"", with: "\"1 234\""),
         "imf.csv:2:\(column(of: "\"1.23456789\"", in: ImfFixture.timeSeries)): error: the 2018 cell '1 234' is not a number"),
        (ImfFixture.timeSeries.replacingOccurrences(of: "\"Status\",\"E\"", with: "\"Flag\",\"E\""),
         "imf.csv:6:\(column(of: "\"Status\",\"E\"", in: ImfFixture.timeSeries)): error: Attribute 'Flag' is neither Value nor Status"),
        (ImfFixture.panel.replacingOccurrences(of: "\"2018M05\"", with: "\"May 2018\""),
         "imf.csv:4:\(column(of: "\"2018M05\"", in: ImfFixture.panel)): error: Time Period 'May 2018' is not an IMF period"),
    ])
    func badCellsAreRefusedWhereTheyLie(text: String, expected: String) {
        let errors = reading(text).diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 1 && errors.first?.hasPrefix(expected) == true, "\(errors)")
    }

    /// The 1-based column where `cell` starts on its line of `text`.
    static func column(of cell: String, in text: String) -> Int {
        for line in text.components(separatedBy: "\n") {
            if let range = line.range(of: cell) { return line.distance(from: line.startIndex, to: range.lowerBound) + 1 }
        }
        return 0
    }

    @Test(arguments: ["not a header at all\n1,2,3\n", ""])
    func anUnknownLayoutIsRefusedListingTheLayoutsRead(text: String) throws {
        let read = reading(text)
        #expect(read.layout == nil && read.observations.isEmpty)
        let error = try #require(read.diagnostics.first)
        #expect(error.location == SourceLocation(path: "imf.csv", line: 1, column: 1))
        #expect(error.description.contains("IMF IMTS SDMX-CSV") && error.description.contains("IMF DOTS timeSeries CSV")
                && error.description.contains("IMF DOTS panel CSV"), "\(error)")
        if !text.isEmpty { #expect(error.description.contains("(found: not a header at all)"), "\(error)") }
    }

    @Test(arguments: [("912", "AZE"), ("564", "PAK"), ("1", "WLD"), ("001", "WLD"), ("W00", "WLD"), ("G001", "WLD"),
                      ("AZ", "AZE"), ("pk", "PAK"), ("TUR", "TUR")])
    func areaCodesBecomeParties(code: String, party: String) {
        #expect(ImfAreas.read(code) == .party(party))
    }

    @Test(arguments: [("163", ImfAreas.Reading.aggregate), ("110", .aggregate), ("G163", .aggregate), ("999", .unknown),
                      ("XX", .unknown), ("Euro", .unknown)])
    func aggregatesAndUnknownCodesAreNotParties(code: String, reading: ImfAreas.Reading) {
        #expect(ImfAreas.read(code) == reading)
    }

    @Test func everyMappedCodeIsACountryBilatNames() {
        for iso3 in Set(ImfAreas.byIMFCode.values).union(ImfAreas.byISO2.values) {
            #expect(CountryNames.name(iso3) != nil, "\(iso3)")
        }
        #expect(Set(ImfAreas.byIMFCode.values).count == ImfAreas.byIMFCode.count)
    }

    @Test func theSourceNamesDatasetFileReportersPeriodsAndUnit() throws {
        let read = reading(ImfFixture.timeSeries)
        let layout = try #require(read.layout)
        let source = ImfFigureRows.sourceCells(fileName: "DOT_timeSeries.csv", layout: layout, observations: read.observations,
                                               accessed: "2023-02-28")
        #expect(source == [
            "id": "imf-dot-timeseries", "publisher": "IMF", "url": "https://data.imf.org/", "accessed": "2023-02-28",
            "title": "IMF Direction of Trade Statistics (DOTS) download DOT_timeSeries.csv, reported by AZE PAK, 2018 to 2018-05, in US$ millions",
        ])
    }
}
