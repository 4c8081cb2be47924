import BilatCore
import BilatDatasets
import Foundation
import BilatTestSupport
import Testing

@Suite struct DatasetReaderTests {
    @Test func readsAValidDataset() throws {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let d = try #require(dataset)
        #expect(d.title == "Mini")
        #expect(d.figures.map(\.id) == ["t2021", "g2017", "officers", "units"])
        let t2021 = d.figures[0]
        #expect(t2021.quantity.valueText == "11700000")
        #expect(t2021.quantity.currency == .USD)
        #expect(t2021.period.label == "2021")
        let growth = d.figures[1]
        #expect(growth.comparedWith?.label == "2016")
        #expect(growth.quantity.valueText == "26.55")
        // The window counts back from the source's publication date …
        let officers = d.figures[2]
        #expect(officers.period.start.description == "2012-10-01")
        #expect(officers.period.end.description == "2022-10-31")
        #expect(officers.quantity.noun == "officers")
        #expect(officers.quantity.qualifier == .lowerBound)
        // … or from the row's as_of when the source is undated.
        let units = d.figures[3]
        #expect(units.period.start.description == "2014-01-01")
        #expect(units.note == "two measures, not one")
        #expect(d.events.map(\.sourceIDs) == [["today"], ["today", "undated"]])
        #expect(d.sources[0].published?.label == "2022-10-04")
    }

    /// The optional `key` column of figures, events and statuses; and whether a status gave its own as_of.
    @Test func readsKeysAndWhetherAStatusGaveItsDate() throws {
        let figures = MiniDataset.figures.replacingOccurrences(of: "direction,subject,", with: "direction,subject,key,")
            .replacingOccurrences(of: "both,,2021,", with: "both,,turnover-deal,2021,")
            .replacingOccurrences(of: "both,,2017,", with: "both,,,2017,")
            .replacingOccurrences(of: "military officers,", with: "military officers,,")
            .replacingOccurrences(of: "military units,", with: "military units,,")
        let events = "id,key,date,title,source_ids,note\ne1,Relations-1992,1992-06-09,Diplomatic relations established,today,\n"
        let statuses = "id,subject,key,status,as_of,source_id,note\ns1,JF-17,jf17,agreed,2022-02,undated,\ns2,JF-17,,signed,,today,\n"
        var texts = ["figures.csv": figures, "events.csv": events, "statuses.csv": statuses]
        var headers = ["sources.csv": MiniDataset.sources, "parties.csv": MiniDataset.parties, "indicators.csv": MiniDataset.indicators]
        for (name, text) in texts { headers[name] = text }
        texts["datapackage.json"] = DescriptorWriter.descriptor(
            .init(name: "mini", title: "Mini"),
            headers: headers.mapValues { $0.split(separator: "\n")[0].split(separator: ",").map(String.init) })
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(texts))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let d = try #require(dataset)
        #expect(d.figures.map(\.linkKey) == ["turnover-deal", "", "", ""])
        #expect(d.events.map(\.linkKey) == ["Relations-1992"])
        #expect(d.statuses.map(\.linkKey) == ["jf17", ""])
        #expect(d.statuses.map(\.asOfGiven) == [true, false])
        #expect(d.statuses.last?.asOf.label == "2022-10-04", "the source's publication date")
    }

    /// One bad row per case: each must be reported at its file, line and column, and nothing returned.
    @Test(arguments: [
        ("x1,trade_turnover,AZE,PAK,both,,2021,,$5m,,,nobody,,", "Datasets/mini/figures.csv:6:45: error: unknown source 'nobody'"),
        ("x1,trade_turnover,AZE,PAK,both,,2020,,$5 zillion,,,today,,", "Datasets/mini/figures.csv:6:39: error: cannot read '$5 zillion' at character 4"),
        ("x1,trade_turnover,AZE,PAK,both,,2021-13,,$5m,,,today,,", "Datasets/mini/figures.csv:6:33: error: period '2021-13' names month 13"),
        ("t2021,trade_turnover,AZE,PAK,both,,2020,,$5m,,,today,,", "Datasets/mini/figures.csv:6:1: error: duplicate id 't2021' (first used on line 2)"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,$5m,,,today", "Datasets/mini/figures.csv:6:1: error: this row has 12 cells but the header has 14"),
        ("x1,trade_volume,AZE,PAK,both,,2021,,$5m,,,today,,", "Datasets/mini/figures.csv:6:4: error: unknown indicator 'trade_volume'"),
        ("x1,trade_turnover,AZE,IND,both,,2021,,$5m,,,today,,", "Datasets/mini/figures.csv:6:23: error: unknown party 'IND'"),
        ("x1,trade_turnover,AZE,PAK,sideways,,2021,,$5m,,,today,,", "Datasets/mini/figures.csv:6:27: error: direction 'sideways' is not known"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,100,,,today,,", "error: trade_turnover is measured in money, but '100' has no currency"),
        ("x1,personnel_trained,PAK,AZE,to_partner,,2021,,$5m,,,today,,", "error: personnel_trained counts things, but '$5m' is an amount of money"),
        ("x1,personnel_trained,PAK,AZE,to_partner,,2021,,40,,,today,,", "error: the count '40' does not say what it counts"),
        // TIV is its own unit: never money, never a count of things.
        ("x1,arms_tiv,PAK,AZE,to_partner,,2021,,$5m,,,today,,", "error: arms_tiv is measured in TIV (SIPRI trend-indicator values), but '$5m' is not"),
        ("x1,arms_tiv,PAK,AZE,to_partner,,2021,,40,aircraft,,today,,", "error: arms_tiv is measured in TIV (SIPRI trend-indicator values), but '40' is not"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,90 million TIV,,,today,,", "error: trade_turnover is measured in money, but '90 million TIV' is in TIV, which is not money"),
        ("x1,personnel_trained,PAK,AZE,to_partner,,2021,,5 TIV,,,today,,", "error: personnel_trained counts things, but '5 TIV' is in TIV"),
        ("x1,personnel_trained,PAK,AZE,to_partner,,2021,,40 officers,units,,today,,", "error: unit 'units' disagrees with 'officers'"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,12%,,,today,,", "error: a percentage needs compared_with"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,2020,$5m,,,today,,", "error: a figure with compared_with is a stated change and must be a percentage"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,2022,5% drop,,,today,,", "error: compared_with 2022 does not come before the period 2021"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,$5m,,guessed,today,,", "error: status 'guessed' is not known"),
        ("x1,trade_turnover,AZE,PAK,both,,the past decade,,$5m,,,undated,,", "error: period 'the past decade' counts back from a date, but none is known"),
        ("x1,trade_turnover,AZE,AZE,both,,2021,,$5m,,,today,,", "error: reporter and partner are both AZE"),
        ("x1,trade_turnover,AZE,PAK,both,,2021,,$7m,,,today,,", "error: the same figure as line 2"),
    ])
    func reportsBadFigureRows(row: String, expected: String) {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: row)))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains(expected) }, "\(diagnostics.map(\.description))")
        #expect(diagnostics.allSatisfy { $0.location?.path.hasPrefix("Datasets/mini/") == true })
    }

    /// The other tables' rows: a duplicate id in each, and an indicator's unknown unit_kind, each located.
    @Test(arguments: [
        ("sources.csv", MiniDataset.sources + "today,Other,Another title,,,2022-10-05,,\n",
         "Datasets/mini/sources.csv:4:1: error: duplicate id 'today' (first used on line 2)"),
        ("parties.csv", MiniDataset.parties + "PAK,Pakistan again\n",
         "Datasets/mini/parties.csv:4:1: error: duplicate id 'PAK' (first used on line 3)"),
        ("indicators.csv", MiniDataset.indicators + "trade_turnover,Trade again,Twice.,money\n",
         "Datasets/mini/indicators.csv:4:1: error: duplicate id 'trade_turnover' (first used on line 2)"),
        ("events.csv", MiniDataset.events + "e1,2001-01-01,Again,today,\n",
         "Datasets/mini/events.csv:4:1: error: duplicate id 'e1' (first used on line 2)"),
        ("indicators.csv", MiniDataset.indicators + "ships,Ships,Ships delivered.,fleet\n",
         "Datasets/mini/indicators.csv:4:30: error: unit_kind 'fleet' is not known"),
    ])
    func reportsBadRowsInTheOtherTables(file: String, contents: String, expected: String) {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files([file: contents]))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.hasPrefix(expected) }, "\(diagnostics.map(\.description))")
        #expect(diagnostics.allSatisfy { $0.accepted != nil }, "every error says what is accepted")
    }

    @Test func collectsEveryProblemAtOnce() {
        let rows = """
            x1,trade_turnover,AZE,PAK,both,,2021,,$5m,,,nobody,,
            x2,trade_turnover,AZE,PAK,both,,20xx,,$5m,,,today,,
            """
        let (_, diagnostics) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: rows)))
        #expect(diagnostics.count == 2)
        #expect(diagnostics.map { $0.location?.line } == [6, 7])
    }

    @Test func missingFileIsNamed() {
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["events.csv": Optional<String>.none]))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.hasPrefix("Datasets/mini/events.csv:1:1: error: missing file events.csv") })
    }

    @Test func truncatedFileIsReported() {
        let truncated = String(MiniDataset.figures.dropLast(30)) + ",\"cut off"
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["figures.csv": truncated]))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains("never closed; the file may be truncated") })
    }

    @Test func eventSourcesMustExist() {
        let events = MiniDataset.events + "e3,2003-05,Defence cooperation,today;ghost,\n"
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["events.csv": events]))
        #expect(dataset == nil)
        #expect(diagnostics.map(\.description) == ["Datasets/mini/events.csv:4:32: error: unknown source 'ghost'; accepted: source ids separated by ';', from today, undated"])
    }

    @Test func descriptorMustMatchTheHeaders() {
        let descriptor = MiniDataset.descriptor.replacingOccurrences(of: "{\"name\": \"note\", \"type\": \"string\"}]}}\n]", with: "]}}\n]")
        let (dataset, diagnostics) = DatasetReader.read(MiniDataset.files(["datapackage.json": descriptor]))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains("describes events.csv with fields [id, date, title, source_ids] but its header is [id, date, title, source_ids, note]") })
    }

    @Test func descriptorMustBeJSON() {
        let (_, diagnostics) = DatasetReader.read(MiniDataset.files(["datapackage.json": "{ not json"]))
        #expect(diagnostics.contains { $0.description.hasPrefix("Datasets/mini/datapackage.json:1:1: error: datapackage.json is not valid JSON") })
    }

    @Test func estimatedInTheTextSetsTheStatus() throws {
        let (dataset, _) = DatasetReader.read(MiniDataset.files(MiniDataset.figures(adding: "x1,trade_turnover,AZE,PAK,both,,2017,,an estimated $7.34 million,,,undated,,")))
        let figure = try #require(dataset?.figures.last)
        #expect(figure.status == .estimated)
        #expect(figure.quantity.valueText == "7340000")
    }
}

/// The optional files: deal statuses and accepted findings.
@Suite struct OptionalTablesTests {
    static let statuses = """
        id,subject,status,as_of,source_id,note
        s1,JF-17 Thunder fighters,under_negotiation,,today,
        s2,JF-17 Thunder fighters,agreed,2022-02,undated,dated by the source

        """
    static let accepted = "finding,reason\nlookalike-measures:officers+units,Different measures by design.\n"

    /// The descriptor with resources for the optional files added.
    static func descriptor(with names: [String: String]) -> String {
        let extra = names.map { name, header in
            let fields = header.split(separator: ",").map { "{\"name\": \"\($0)\", \"type\": \"string\"}" }.joined(separator: ", ")
            return ",\n{\"name\": \"\(name)\", \"path\": \"\(name).csv\", \"schema\": {\"fields\": [\(fields)]}}"
        }.joined()
        return MiniDataset.descriptor.replacingOccurrences(of: "\n]}", with: extra + "\n]}")
    }

    static func files(statuses: String = statuses, accepted: String = accepted) -> DatasetFiles {
        MiniDataset.files([
            "statuses.csv": statuses, "accepted.csv": accepted,
            "datapackage.json": descriptor(with: ["statuses": "id,subject,status,as_of,source_id,note", "accepted": "finding,reason"]),
        ])
    }

    @Test func readsStatusesAndAcceptances() throws {
        let (dataset, diagnostics) = DatasetReader.read(Self.files())
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let d = try #require(dataset)
        #expect(d.statuses.map(\.stage) == [.underNegotiation, .agreed])
        #expect(d.statuses[0].asOf.label == "2022-10-04", "defaults to the source's published date")
        #expect(d.statuses[1].asOf.label == "2022-02")
        #expect(d.accepted == [AcceptedFinding(findingID: "lookalike-measures:officers+units", reason: "Different measures by design.")])
        #expect(d.rowLocations["statuses/s2"] == SourceLocation(path: "Datasets/mini/statuses.csv", line: 3, column: 1))
        #expect(d.rowLocations["figures/units"]?.line == 5)
    }

    @Test(arguments: [
        ("s3,JF-17,sold,2022,today,", "statuses.csv:4:10: error: status 'sold' is not known; accepted: reported, under_negotiation, agreed, signed, delivered"),
        ("s3,JF-17,agreed,,undated,", "statuses.csv:4:17: error: no date for this status: the source is undated"),
        ("s3,JF-17,agreed,2022,ghost,", "statuses.csv:4:22: error: unknown source 'ghost'"),
    ])
    func reportsBadStatusRows(row: String, expected: String) {
        let (dataset, diagnostics) = DatasetReader.read(Self.files(statuses: Self.statuses + row + "\n"))
        #expect(dataset == nil)
        #expect(diagnostics.contains { $0.description.contains(expected) }, "\(diagnostics.map(\.description))")
    }

    @Test func acceptingTwiceOrWithoutReasonIsAnError() {
        let accepted = Self.accepted + "lookalike-measures:officers+units,again\nconflict:a+b,\n"
        let (_, diagnostics) = DatasetReader.read(Self.files(accepted: accepted))
        #expect(diagnostics.map(\.description).contains { $0.contains("accepted.csv:3:1: error: finding 'lookalike-measures:officers+units' is accepted twice (first on line 2)") })
        #expect(diagnostics.map(\.description).contains { $0.contains("accepted.csv:4:14: error: empty reason") })
    }

    @Test func optionalFilesMustBeDescribedWhenPresent() {
        let files = MiniDataset.files(["statuses.csv": Self.statuses])
        let (_, diagnostics) = DatasetReader.read(files)
        #expect(diagnostics.contains { $0.description.contains("datapackage.json has no resource with path statuses.csv") })
    }
}
