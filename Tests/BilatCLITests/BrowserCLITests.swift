import BilatTestSupport
import Foundation
import Testing

/// Tests/Browser/check_pages.py on reports bilat builds: it passes them, and it fails, naming the page, the width
/// and the element, once a page is changed back to what phones used to get. Needs Chromium (CI installs it).
@Suite(.enabled(if: Program.find("chromium") != nil && Program.find("python3") != nil,
                "needs chromium and python3 on PATH (apt-get install chromium)"))
struct BrowserCLITests {
    let folder = TemporaryFolder("browser")
    let script = Repository.root + "/Tests/Browser/check_pages.py"

    init() throws {
        try Repository.copy(Repository.root + "/Tests/Fixtures/hostile", to: folder.file("Datasets/hostile"))
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
    }

    func check(_ path: String) throws -> BinaryRun {
        try Program.run(try #require(Program.find("python3")), [script, path], in: folder.path)
    }

    /// Replaces text in one report's CSS or markup, as an older or broken page would have it.
    func restyle(_ report: String, _ old: String, _ new: String) throws {
        let text = try folder.read(report)
        #expect(text.contains(old), "the report's CSS has \(old)")
        try folder.write(report, text.replacingOccurrences(of: old, with: new))
    }

    @Test func theHostileFixturesReportsPassAtBothWidths() throws {
        let run = try check("Output")
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("ok   Output/aze-pak/reports/2021.html at 390px"), "\(run.stdout)")
        #expect(run.stdout.contains("ok   Output/aze-pak/reports/2021.html at 1280px"), "\(run.stdout)")
        #expect(run.stdout.contains("checked 4 pages at 390, 1280 px"), "\(run.stdout)")
    }

    @Test func chartsShrunkToTheScreenAreTooSmallToRead() throws {
        try restyle("Output/aze-pak/reports/2021.html", "max-width: none;", "max-width: 100%;")
        let run = try check("Output/aze-pak/reports/2021.html")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Output/aze-pak/reports/2021.html at 390px: chart ../charts/money-usd.svg (drawn 350px wide, viewBox 760): text"),
                "\(run.stderr)")
        #expect(!run.stderr.contains("at 1280px"), "a desktop shows the chart at full size: \(run.stderr)")
    }

    @Test func aChartThatDoesNotScrollInItsFigureScrollsThePage() throws {
        try restyle("Output/aze-pak/reports/2021.html", "figure.chart { margin: 1rem 0; overflow-x: auto; }", "figure.chart { margin: 1rem 0; }")
        let run = try check("Output/aze-pak/reports/2021.html")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Output/aze-pak/reports/2021.html at 390px: scrolls sideways: the page is 780px wide in a 390px window; "
                                    + "body > main > figure.chart > img (\"../charts/money-usd.svg\") spans 20..780px"), "\(run.stderr)")
    }

    /// Without the cards, a table of seven columns is wider than a phone and its long cells stretch rows.
    @Test func aTableThatScrollsInItsBoxIsNamed() throws {
        try restyle("Output/aze-pak/reports/2021.html", "<div class=\"table cards\">", "<div class=\"table\">")
        let run = try check("Output/aze-pak/reports/2021.html")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Output/aze-pak/reports/2021.html at 390px: html > body > main > div.table: the table is "), "\(run.stderr)")
        #expect(run.stderr.contains("px wide in a 350px box, so columns are off-screen (\"Indicator | Subject | Period | As reported | Value"), "\(run.stderr)")
    }

    @Test func smallPageTextIsNamed() throws {
        try restyle("Output/aze-pak/reports/2021.html", "footer { margin-top: 3rem; font-size: 0.8rem;", "footer { margin-top: 3rem; font-size: 0.6rem;")
        let run = try check("Output/aze-pak/reports/2021.html")
        #expect(run.status == 1)
        #expect(run.stderr.contains("at 390px: html > body > footer: text \"Made by bilat from the datasets in this repository."), "\(run.stderr)")
        #expect(run.stderr.contains("renders at 9.6px"), "\(run.stderr)")
    }
}
