import BilatTestSupport
import Foundation
import Testing

/// `bilat mirror`, `mirror.csv`, the mirror chart and the report cell through the real binary, on a project with
/// both sides' Comtrade figures for AZE–PAK (as `bilat import comtrade` writes them) and two news figures.
@Suite struct MirrorCLITests {
    let folder = TemporaryFolder("mirror-cli")
    static let dataset = "Datasets/azerbaijan-pakistan"

    /// Rows as the Comtrade importer writes them: 2018 both ways from both sides, 2019 from AZE only.
    static let comtradeFigures = """
        ct-aze-pak-m-2018-total,imports,AZE,PAK,from_partner,all goods,2018,,USD 1234567.89,,,comtrade-tradedata-2018,,UN Comtrade flow M; CIF
        ct-pak-aze-x-2018-total,exports,PAK,AZE,to_partner,all goods,2018,,USD 900000,,,comtrade-tradedata-2018,,UN Comtrade flow X; FOB
        ct-aze-pak-x-2018-total,exports,AZE,PAK,to_partner,all goods,2018,,USD 500000,,,comtrade-tradedata-2018,,UN Comtrade flow X; FOB
        ct-pak-aze-m-2018-total,imports,PAK,AZE,from_partner,all goods,2018,,USD 530000,,,comtrade-tradedata-2018,,UN Comtrade flow M; CIF
        ct-aze-pak-m-2019-total,imports,AZE,PAK,from_partner,all goods,2019,,USD 1500000,,,comtrade-tradedata-2018,,UN Comtrade flow M; CIF
        news-2018-turnover,trade_turnover,AZE,PAK,both,,2018,,$1.7 million,,,report-2019,,
        news-2019-turnover,trade_turnover,AZE,PAK,both,,2019,,$2.1 million,,,report-2021,,
        news-2020-turnover,trade_turnover,AZE,PAK,both,,2020,,$2.4 million,,,report-2021,,

        """

    static let sources = """
        comtrade-tradedata-2018,UN Comtrade,"UN Comtrade download TradeData_2018.csv, reported by AZE PAK, 2018 to 2019",,https://comtradeplus.un.org/,,,2024-05-01
        report-2019,Report.az,Trade with Pakistan grew,,,2019-01-15,,
        report-2021,Report.az,Trade with Pakistan grew again,,,2021-01-15,,

        """

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    /// A new AZE–PAK dataset with the rows above appended under the headers `bilat dataset new` wrote.
    func project() throws {
        let made = try bilat("dataset", "new", "AZE", "PAK")
        try #require(made.status == 0, "\(made.stderr)")
        for (file, rows) in [("figures.csv", Self.comtradeFigures), ("sources.csv", Self.sources)] {
            let path = Self.dataset + "/" + file
            var text = try folder.read(path)
            if !text.hasSuffix("\n") { text += "\n" }
            try folder.write(path, text + rows)
        }
    }

    static let table = """
        factor 1/1.06: importer's CIF value × 1/1.06 = its FOB value (to the cent); asymmetry = importer at FOB − exporter (FOB); asymmetry % = asymmetry ÷ exporter's value × 100

        AZE-PAK: AZE→PAK all goods (USD), PAK's imports against AZE's exports
        period importer CIF at FOB  exporter FOB asymmetry %     reported note
        ------ ------------ ------- ------------ --------- ----- -------- ----
        2018   530,000      500,000 500,000      0         0.0 % both

        AZE-PAK: PAK→AZE all goods (USD), AZE's imports against PAK's exports
        period importer CIF at FOB       exporter FOB asymmetry  %       reported      note
        ------ ------------ ------------ ------------ ---------- ------- ------------- ------------------------------------------
        2018   1,234,567.89 1,164,686.69 900,000      264,686.69 +29.4 % both
        2019   1,500,000    1,415,094.34                                 importer only PAK did not report exports to AZE for 2019

        warnings above 20 %: 1
          mirror-asymmetry:ct-aze-pak-m-2018-total+ct-pak-aze-x-2018-total
            AZE records 29.4 % more imports from PAK (all goods, 2018) than PAK records as exports: 1234567.89 USD CIF × 1/1.06 = 1164686.69 FOB against 900000 FOB (ct-aze-pak-m-2018-total against ct-pak-aze-x-2018-total); more than the 20 % threshold. Usual explanations: CIF/FOB valuation beyond the factor, re-exports, transit through third countries, timing (shipped in one period, recorded in the next), calendar against fiscal years

        """

    @Test func tableIsTheReadmeExample() throws {
        try project()
        let run = try bilat("mirror")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == Self.table, "\(Golden.diff(expected: Self.table, actual: run.stdout))")
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat mirror --relationship AZE-PAK\n" + Self.table), "README's example differs from:\n\(run.stdout)")
        let narrowed = try bilat("mirror", "--relationship", "pak-aze")
        #expect(narrowed.stdout == Self.table)
    }

    @Test func csvNamesTheFactorOnEveryRow() throws {
        try project()
        let run = try bilat("mirror", "--format", "csv")
        #expect(run.status == 0, "\(run.stderr)")
        let expected = [
            "relationship,datasets,exporter,importer,subject,unit,period,period_start,period_end,reported,importer_id,importer_value_cif,factor,importer_value_fob,exporter_id,exporter_value_fob,asymmetry,asymmetry_percent,note,sources",
            "AZE-PAK,azerbaijan-pakistan,AZE,PAK,all goods,USD,2018 (year),2018-01-01,2018-12-31,both,ct-pak-aze-m-2018-total,530000,× 1/1.06,500000,ct-aze-pak-x-2018-total,500000,0,0,,comtrade-tradedata-2018",
            "AZE-PAK,azerbaijan-pakistan,PAK,AZE,all goods,USD,2018 (year),2018-01-01,2018-12-31,both,ct-aze-pak-m-2018-total,1234567.89,× 1/1.06,1164686.69,ct-pak-aze-x-2018-total,900000,264686.69,29.409632,,comtrade-tradedata-2018",
            "AZE-PAK,azerbaijan-pakistan,PAK,AZE,all goods,USD,2019 (year),2019-01-01,2019-12-31,importer_only,ct-aze-pak-m-2019-total,1500000,× 1/1.06,1415094.34,,,,,PAK did not report exports to AZE for 2019,comtrade-tradedata-2018",
        ].joined(separator: "\r\n") + "\r\n"
        #expect(run.stdout == expected, "\(Golden.diff(expected: expected, actual: run.stdout))")
    }

    @Test func jsonCarriesExactValues() throws {
        try project()
        let run = try bilat("mirror", "--format", "json", "--factor", "0.95")
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        let row = try #require(rows.count > 1 ? rows[1] : nil)
        #expect(row["factor"] as? String == "0.95")
        #expect(row["reported"] as? String == "both")
        #expect(row["importer_id"] as? String == "ct-aze-pak-m-2018-total")
        // 1234567.89 × 0.95 = 1172839.4955, to the cent.
        #expect((row["importer_value_fob"] as? NSNumber)?.stringValue == "1172839.5")
        #expect((row["asymmetry"] as? NSNumber)?.stringValue == "272839.5")
    }

    @Test func factorAndThresholdChangeTheWarnings() throws {
        try project()
        let run = try bilat("mirror", "--factor", "1/1.3", "--threshold", "0")
        #expect(run.status == 0, "\(run.stderr)")
        // 1234567.89 / 1.3 = 949667.61, 5.5 % over 900,000; 530000 / 1.3 = 407692.31, 18.5 % under 500,000.
        #expect(run.stdout.contains("warnings above 0 %: 2\n"), "\(run.stdout)")
        #expect(run.stdout.contains("2018   1,234,567.89 949,667.61   900,000      49,667.61 +5.5 % both"), "\(run.stdout)")
    }

    @Test(arguments: [(["--factor", "1.06"], "--factor takes a number above 0 and at most 1, or a fraction such as 1/1.06, not '1.06'"),
                      (["--threshold=-5"], "--threshold takes a percentage of 0 or more, such as 20, not '-5'"),
                      (["--relationship", "AZE"], "--relationship takes two party ids joined by '-', such as AZE-PAK, not 'AZE'")])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        try project()
        let run = try BilatBinary.run(["mirror"] + arguments, in: folder.path)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func helpTeaches() throws {
        let run = try bilat("mirror", "--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("bilat mirror --factor 1/1.1 --threshold 10"), "\(run.stdout)")
        #expect(run.stdout.contains("asymmetry % = asymmetry ÷ exporter's"), "\(run.stdout)")
    }

    @Test func checkRaisesTheWarning() throws {
        try project()
        let run = try bilat("check", "--format", "csv")
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stdout.split(separator: "\r\n").filter { $0.contains("mirror-asymmetry") }
        #expect(warnings.count == 1, "\(run.stdout)")
    }

    /// The build writes mirror.csv, a chart per flow both sides report, and the mirror table and warning in the
    /// yearly report; a year with no pairs says so.
    @Test func buildPutsMirrorFlowsIntoTheYearlyReport() throws {
        try project()
        let build = try bilat("build")
        #expect(build.status == 0, "\(build.stderr)")
        let bytes = try #require(Repository.bytes(folder.file("Output/csv/mirror.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "the spreadsheet flavour starts with a BOM")
        let csv = try folder.read("Output/csv/mirror.csv")
        #expect(csv.contains("relationship,datasets,exporter,importer,subject,unit,period,"), "\(csv)")
        #expect(csv.split(separator: "\r\n").count == 4, "\(csv)")

        let report = try folder.read("Output/aze-pak/reports/2018.html")
        #expect(report.contains("<h2>Mirror flows</h2>"), "\(report)")
        #expect(report.contains("<p>2 of 2 flows by period are reported by both sides. Factor 1/1.06: importer&#39;s CIF value × 1/1.06 = its FOB value (to the cent); "
                                + "asymmetry = importer at FOB − exporter (FOB); asymmetry % = asymmetry ÷ exporter&#39;s value × 100.</p>"), "\(report)")
        #expect(report.contains("<tr><td data-label=\"Flow\">Pakistan to Azerbaijan: all goods (US$)</td><td data-label=\"Period\">2018</td>"
                                + "<td class=\"num\" data-label=\"Importer (CIF)\">1,234,567.89</td><td class=\"num\" data-label=\"Importer at FOB\">1,164,686.69</td>"
                                + "<td class=\"num\" data-label=\"Exporter (FOB)\">900,000</td><td class=\"num\" data-label=\"Asymmetry\">264,686.69</td>"
                                + "<td class=\"num\" data-label=\"%\">+29.4%</td><td data-label=\"Reported by\">both</td><td data-label=\"Note\"></td>"
                                + "<td data-label=\"Source\">[1]</td></tr>"),
                "\(report)")
        #expect(report.components(separatedBy: "<li>The two sides&#39; reports differ (warning): Azerbaijan records 29.4% more imports from Pakistan (all goods, 2018)").count == 2,
                "the warning is listed once, among the findings: \(report)")
        #expect(report.contains("<p>1 pair is more than 20% apart, a mirror-asymmetry warning each: Pakistan to Azerbaijan: all goods (US$) 2018 (+29.4%). "
                                + "Usual explanations: CIF/FOB valuation beyond the factor, re-exports"), "\(report)")
        #expect(report.contains("<img src=\"../charts/mirror-pak-to-aze-all-goods-usd.svg\""), "\(report)")
        let chart = try folder.read("Output/aze-pak/charts/mirror-pak-to-aze-all-goods-usd.svg")
        #expect(chart.contains("<title id=\"title\">Mirror flows, Pakistan to Azerbaijan: all goods</title>"), "\(chart)")

        let later = try folder.read("Output/aze-pak/reports/2019.html")
        #expect(later.contains("<td data-label=\"Reported by\">importer only</td><td data-label=\"Note\">Pakistan did not report exports to Azerbaijan for 2019</td>"), "\(later)")
        let none = try folder.read("Output/aze-pak/reports/2020.html")
        #expect(none.contains("<p>No mirror flows in 2020: neither party&#39;s imports from the other nor its exports to the other are reported here, "
                              + "so there is nothing to pair.</p>"), "\(none)")
        #expect(later.contains("<p>No period has reports from both sides, so there is no asymmetry to measure.</p>"), "\(later)")
        #expect(!report.contains("No pair&#39;s asymmetry"), "2018 has a warning")
    }

    /// The cell's own factor and threshold, and a factor it cannot read refused at the cell's line.
    @Test func reportCellTakesAFactorAndAThreshold() throws {
        try project()
        try folder.write("mirror.md", "# Mirror\n\n```bilat mirror factor=1/1.3 threshold=50\n```\n")
        let run = try bilat("report", "--year", "2018", "--notebook", "mirror.md", "--format", "md")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Pakistan to Azerbaijan: all goods (US$) | 2018 | 1,234,567.89 | 949,667.61 | 900,000 | 49,667.61 | +5.5% | both |  | [1] |"), "\(run.stdout)")
        #expect(run.stdout.contains("No pair's asymmetry is more than 50% of the exporter's value."), "\(run.stdout)")
        try folder.write("bad.md", "# Mirror\n\n```bilat mirror factor=1.06\n```\n")
        let bad = try bilat("report", "--year", "2018", "--notebook", "bad.md", "--format", "md")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.md:3:1: error: the mirror cell's factor '1.06' is not a CIF→FOB factor; accepted: a number above 0 and at most 1, "
                                    + "or a fraction such as factor=1/1.06"), "\(bad.stderr)")
    }
}
