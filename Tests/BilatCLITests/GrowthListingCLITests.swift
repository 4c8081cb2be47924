import BilatTestSupport
import Foundation
import Testing

/// `bilat growth` reads the store without rows' locations and works growth out relationship by relationship; its
/// listing must still cover every relationship and dataset, fiscal years, open starts, and its filters.
@Suite struct GrowthListingCLITests {
    let folder = TemporaryFolder("growth-listing")

    /// Fiscal years of Pakistan (07-01), a total with an open start, and a second relationship (AZE–TUR), beside the
    /// bundled dataset and the two datasets of one relationship in Tests/Fixtures/disagreements.
    static let extraFigures = """
        fy2019-pbs,exports,PAK,AZE,to_partner,,FY2019-20,,$10.5 million,,,shunculture-2024-role,,
        fy2020-pbs,exports,PAK,AZE,to_partner,,FY2020-21,,$12.6 million,,,shunculture-2024-role,,
        fy2022-pbs,exports,PAK,AZE,to_partner,,FY2022-23,,$15.0 million,,,shunculture-2024-role,,
        sofar-2024,exports,PAK,AZE,to_partner,,../2024-03,,$40 million,,,shunculture-2024-role,,
        tur-2019,trade_turnover,AZE,TUR,both,,2019,,$4.1 billion,,,shunculture-2024-role,,
        tur-2020,trade_turnover,AZE,TUR,both,,2020,,$4.3 billion,,,shunculture-2024-role,,
        tur-rice-2020,exports,AZE,TUR,to_partner,rice,2020,,$12 million,,,shunculture-2024-role,,
        tur-rice-2021,exports,AZE,TUR,to_partner,rice,2021,,$15 million,,,shunculture-2024-role,,

        """

    init() throws {
        let mine = folder.file("Datasets/azerbaijan-pakistan")
        try Repository.copy(Repository.bundledDataset, to: mine)
        for name in ["azerbaijan-pakistan-press", "azerbaijan-pakistan-statistics"] {
            try Repository.copy(Repository.root + "/Tests/Fixtures/disagreements/" + name, to: folder.file("Datasets/" + name))
        }
        let figures = mine + "/figures.csv", parties = mine + "/parties.csv"
        var text = try String(contentsOfFile: figures, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        try (text + Self.extraFigures).write(toFile: figures, atomically: true, encoding: .utf8)
        try (try String(contentsOfFile: parties, encoding: .utf8) + "TUR,Türkiye,\n").write(toFile: parties, atomically: true, encoding: .utf8)
    }

    func growth(_ arguments: [String]) throws -> String {
        let run = try BilatBinary.run(["growth"] + arguments, in: folder.path)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout
    }

    /// CSV rows (after the header) split into cells; no cell here holds a comma inside quotes that matters to the
    /// columns compared (dataset, relationship, series, id, comparison), which come before any quoted text.
    static func rows(_ csv: String) -> [String] { Array(csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }) }

    @Test func everyRelationshipDatasetFiscalYearAndNoOpenStart() throws {
        let csv = try growth(["--format", "csv"])
        let rows = Self.rows(csv)
        #expect(rows.contains { $0.hasPrefix("azerbaijan-pakistan,AZE-TUR,") })
        #expect(rows.contains { $0.hasPrefix("azerbaijan-pakistan-statistics,AZE-PAK,") })
        #expect(rows.contains { $0.hasPrefix("azerbaijan-pakistan-press,AZE-PAK,") })
        // FY2020-21 against FY2019-20 is year on year; FY2022-23 against FY2020-21 is two years' CAGR.
        let fy2020 = try #require(rows.first { $0.contains(",fy2020-pbs,") })
        #expect(fy2020.contains(",fy2019-pbs,year_on_year,1,2100000,20,"), "\(fy2020)")
        let fy2022 = try #require(rows.first { $0.contains(",fy2022-pbs,") })
        #expect(fy2022.contains(",fy2020-pbs,compound,2,"), "\(fy2022)")
        #expect(!csv.contains("sofar-2024"), "a total with an open start is no point of a series")
        // Every format lists the same rows: as many table rows as CSV rows, and JSON objects.
        let json = try growth(["--format", "json"])
        #expect(json.components(separatedBy: "\n  {").count - 1 == rows.count)
        let table = try growth([])
        #expect(table.contains("AZE-TUR: trade_turnover AZE–TUR (USD)"))
        #expect(table.contains("AZE-PAK: exports PAK→AZE (USD)"))
    }

    /// Each filter gives the full listing's rows that it names, in the same order and bytes.
    @Test(arguments: [
        (["--indicator", "exports"], 2, "exports"),
        (["--subject", "RICE"], 2, "rice"),
        (["--relationship", "TUR-AZE"], 1, "AZE-TUR"),
    ])
    func filtersGiveTheFullListingsRows(filter: [String], column: Int, wanted: String) throws {
        let all = Self.rows(try growth(["--format", "csv"]))
        let filtered = Self.rows(try growth(["--format", "csv"] + filter))
        #expect(!filtered.isEmpty)
        let expected = all.filter { row in
            let cells = row.components(separatedBy: ",")
            guard cells.count > column else { return false }
            switch filter[0] {
            case "--indicator": return cells[2].hasPrefix(wanted + " ")
            case "--subject": return cells[2].lowercased().contains(wanted)
            default: return cells[1] == wanted
            }
        }
        #expect(filtered == expected, "\(filter): \(filtered.count) rows against \(expected.count)")
    }

    @Test func oneDatasetOfTheRelationship() throws {
        let all = Self.rows(try growth(["--format", "csv"]))
        let press = Self.rows(try growth(["--format", "csv", "--dataset", "azerbaijan-pakistan-press"]))
        #expect(!press.isEmpty)
        #expect(press.allSatisfy { $0.hasPrefix("azerbaijan-pakistan-press,") })
        #expect(press.count < all.count)
    }
}
