import BilatTestSupport
import Foundation
import Testing

/// `bilat report --format md` wherever it is written, and `bilat chart` for every indicator with figures.
@Suite struct ReportChartCLITests {
    let folder = TemporaryFolder("report-chart")

    init() throws {
        try Repository.copyBundledProject(into: folder)
        let first = try BilatBinary.run(["build"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
    }

    /// Chart links are written relative to the file's folder, so each one resolves to a chart the build wrote.
    @Test(arguments: ["notes/2021.md", "deep/down/here/2021.md", "2021.md", "Output/aze-pak/reports/2021.md"])
    func markdownChartLinksResolveFromTheFilesFolder(out: String) throws {
        try FileManager.default.createDirectory(atPath: (folder.file(out) as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let run = try BilatBinary.run(["report", "--year", "2021", "--out", out], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try folder.read(out)
        let links = text.matches(of: /!\[[^\]]*\]\(([^)]+)\)/).map { String($0.output.1) }
        #expect(!links.isEmpty)
        let base = (folder.file(out) as NSString).deletingLastPathComponent
        for link in links {
            #expect(link.hasSuffix(".svg"))
            #expect(FileManager.default.fileExists(atPath: base + "/" + link), "\(out): \(link)")
        }
    }

    @Test func markdownKeepsNumbersAndSignsAsWritten() throws {
        let run = try BilatBinary.run(["report", "--year", "2018"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| $8.34\u{00A0}million |"))
        #expect(run.stdout.contains("+22.5%"))
        #expect(!run.stdout.contains("\\."), "no escaped dots")
        #expect(!run.stdout.contains("\\+"), "no escaped plus signs")
        #expect(!run.stdout.contains("\\[1\\]"), "source numbers read [1]")
    }

    /// Every indicator with figures in the bundled data either draws a chart or says why not and where its
    /// figures are instead.
    @Test(arguments: [
        ("trade_turnover", "Output/aze-pak/charts/trade_turnover.svg"),
        ("personnel_trained", "Output/aze-pak/charts/personnel_trained.svg"),
    ])
    func anIndicatorWithAChartDrawsIt(indicator: String, path: String) throws {
        let run = try BilatBinary.run(["chart", indicator], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(path))
    }

    @Test(arguments: [
        ("aid", "'aid' has 2 figures", "money-usd (Output/aze-pak/charts/money-usd.svg)"),
        ("defence_deal_value", "'defence_deal_value' has 1 figure, and a chart needs two or more", "money-usd"),
        ("imports", "'imports' has 1 figure", "money-usd"),
        ("investment_pledged", "'investment_pledged' has 1 figure", "money-usd"),
        ("agreements_signed", "'agreements_signed' has 1 figure", "Output/csv/figures.csv"),
        ("medical_aid", "'medical_aid' has 1 figure", "bilat figures --indicator medical_aid"),
        ("students_funded", "'students_funded' has 1 figure", "Output/csv/figures.csv"),
        ("universities_covered", "'universities_covered' has 1 figure", "Output/csv/figures.csv"),
    ])
    func anIndicatorWithoutAChartSaysWhyAndWhere(indicator: String, why: String, instead: String) throws {
        let run = try BilatBinary.run(["chart", indicator], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains(why), "\(run.stderr)")
        #expect(run.stderr.contains(instead), "\(run.stderr)")
        #expect(!run.stderr.contains("no chart for"))
    }

    @Test func aUnknownNameStillListsTheCharts() throws {
        let run = try BilatBinary.run(["chart", "gdp"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no chart for 'gdp'; accepted: events, money-usd, personnel_trained, trade_turnover"))
    }
}
