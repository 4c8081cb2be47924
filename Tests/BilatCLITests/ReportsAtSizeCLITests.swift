import BilatTestSupport
import Foundation
import Testing

/// A relationship with more series than a report shows: each table shows its 20 largest series, says how many
/// there are and links to every row in a CSV beside the report; the build charts the 5 largest series of each
/// indicator and the report says so.
@Suite struct ReportsAtSizeCLITests {
    let folder = TemporaryFolder("reports-at-size")
    /// Subjects `goods 0` … `goods 29`, worth $1–30 million, and two hostile ones: the largest (shown) and the
    /// smallest (only in the CSV).
    static let subjects = (0..<30).map { ("goods \($0)", $0 + 1) } + [("<script>x</script>", 500), ("=HYPERLINK(\"x\")", 0)]

    /// Three years of each subject's trade turnover; the smallest ten cite a source no shown row cites.
    static func figures(subjects: [(String, Int)]) -> String {
        var rows = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
        for (i, (subject, millions)) in subjects.enumerated() {
            for year in 2018...2020 {
                let quoted = "\"" + subject.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                rows += "f\(i)-\(year),trade_turnover,AZE,PAK,both,\(quoted),\(year),,$\(millions + year - 2018) million,,,\(millions <= 10 ? "undated" : "today"),,\n"
            }
        }
        return rows
    }

    init() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["figures.csv": Self.figures(subjects: Self.subjects)])
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
    }

    func rows(_ page: String, table index: Int) -> [String] {
        let tables = page.components(separatedBy: "<table>").dropFirst().map { $0.components(separatedBy: "</table>")[0] }
        guard index < tables.count else { return [] }
        return tables[index].components(separatedBy: "<tr>").dropFirst(2).map { $0 }
    }

    @Test func aYearlyReportShowsItsLargestSeriesAndLinksEveryRow() throws {
        let page = try folder.read("Output/aze-pak/reports/2019.html")
        let figures = rows(page, table: 0)
        #expect(figures.count == 20)
        #expect(page.contains("This table shows the 20 largest of 32 series (by the largest value each reaches), 32 rows in all. "
                              + "<a href=\"2019-figures.csv\">Every row (CSV)</a>"))
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;") && !page.contains("<script>"), "the largest series, escaped")
        #expect(page.contains(">goods 29<") && page.contains(">goods 11<") && !page.contains(">goods 10<"), "goods 11–29 and the script are the largest 20")
        #expect(!page.contains("HYPERLINK"))
        // No shown row cites the source the smallest series cite, so the page lists only the one it cites.
        #expect(page.contains("Ties at 30") && !page.contains("Pakistan&#39;s role"))
    }

    @Test func theFullTableIsASpreadsheetSafeCSVBesideTheReport() throws {
        let bytes = try #require(FileManager.default.contents(atPath: folder.file("Output/aze-pak/reports/2019-figures.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a BOM, as the build's other CSV files")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "Indicator,Subject,Period,As reported,Value,Marks,Source")
        #expect(lines.count == 33, "every row: 32 series, one figure each in 2019")
        #expect(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "a formula stays text")
        #expect(text.contains("\"Today.Az, “Ties at 30”\"") && text.contains("\"shunculture, “Pakistan's role”\""), "sources by name")
    }

    @Test(arguments: [("growth", 32), ("query", 32)])
    func otherTablesAreBoundedToo(kind: String, rowsInAll: Int) throws {
        let page = try folder.read("Output/aze-pak/reports/2019.html")
        #expect(page.contains("<a href=\"2019-\(kind).csv\">Every row (CSV)</a>"))
        let csv = try folder.read("Output/aze-pak/reports/2019-\(kind).csv")
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == rowsInAll + 1)
        if kind == "query" { #expect(page.contains("This table shows the first 20 of 32 rows.")) }
    }

    @Test func theBuildChartsTheLargestSeriesOfEachIndicatorAndSaysSo() throws {
        let charts = try FileManager.default.contentsOfDirectory(atPath: folder.file("Output/aze-pak/charts"))
        let series = charts.filter { $0.hasPrefix("trade_turnover-") }.sorted()
        #expect(series.count == 5, "\(series)")
        #expect(series.contains { $0.contains("script") } && series.contains("trade_turnover-goods-29-usd.svg"))
        let page = try folder.read("Output/aze-pak/reports/2019.html")
        #expect(page.contains("5 of this relationship&#39;s 32 series with two or more figures are charted: the 5 largest of each indicator"))
        // The side-by-side money chart draws the largest 20 of 96 figures, and says so.
        let money = try folder.read("Output/aze-pak/charts/money-usd.svg")
        #expect(money.contains("(the 20 largest of 96 figures)"))
        // `bilat chart` still draws a series the build leaves out.
        let one = try BilatBinary.run(["chart", "trade_turnover", "--subject", "goods 3", "--out", "g3.svg"], in: folder.path)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try folder.read("g3.svg").contains("goods 3"))
    }

    @Test func markdownLinksToTheCSVTheBuildWrote() throws {
        try FileManager.default.createDirectory(atPath: folder.file("notes"), withIntermediateDirectories: true)
        let run = try BilatBinary.run(["report", "--year", "2019", "--out", "notes/2019.md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try folder.read("notes/2019.md")
        #expect(text.contains("[Every row (CSV)](../Output/aze-pak/reports/2019-figures.csv)"))
        #expect(FileManager.default.fileExists(atPath: folder.file("Output/aze-pak/reports/2019-figures.csv")))
    }

    @Test func aSecondBuildIsTheSameAndCheckPasses() throws {
        let check = try BilatBinary.run(["build", "--check"], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let other = TemporaryFolder("reports-at-size-again")
        try MiniDataset.write(to: other.file("Datasets/mini"), ["figures.csv": Self.figures(subjects: Self.subjects)])
        #expect(try BilatBinary.run(["build"], in: other.path).status == 0)
        for name in ["reports/2019.html", "reports/2019-figures.csv", "reports/overview-growth.csv", "charts/money-usd.svg"] {
            #expect(try folder.read("Output/aze-pak/" + name) == other.read("Output/aze-pak/" + name), "\(name)")
        }
    }

    /// When the project shrinks under the limit, the tables show every row again and their CSV files go.
    @Test func fewerSeriesRemoveTheCSVFiles() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["figures.csv": Self.figures(subjects: Array(Self.subjects.prefix(12)))])
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("removed Output/aze-pak/reports/2019-figures.csv: no longer made by this build"))
        let page = try folder.read("Output/aze-pak/reports/2019.html")
        #expect(!page.contains("Every row (CSV)"))
        // Twelve series are still more than a build charts of one indicator.
        #expect(page.contains("5 of this relationship&#39;s 12 series with two or more figures are charted"))
        #expect(rows(page, table: 0).count == 12)
    }
}
