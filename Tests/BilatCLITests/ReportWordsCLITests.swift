import BilatTestSupport
import Foundation
import Testing

/// The bundled reports in readers' words, checked as a reader would read them: golden Markdown reports that
/// print a diff, and the HTML pages a build writes.
@Suite struct ReportWordsCLITests {
    let folder = TemporaryFolder("report-words")

    init() throws {
        try Repository.copyBundledProject(into: folder)
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test("the bundled reports match their golden Markdown", arguments: [
        (["report", "--year", "2017", "--format", "md"], "report-2017.md"),
        (["report", "--year", "2018", "--format", "md"], "report-2018.md"),
        (["report", "--notebook", "Notebooks/overview.md", "--format", "md"], "report-overview.md"),
    ])
    func goldenMarkdown(arguments: [String], golden: String) throws {
        let run = try BilatBinary.run(arguments, in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let mismatch = Golden.mismatch(run.stdout, golden: Repository.root + "/Tests/BilatCLITests/Golden/" + golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }


    @Test("readers' words on the built pages, ids and formulas only in details", arguments: [
        ("2017.html", "implied by the 2016 figure", false),
        ("overview.html", "implied by the 2017 figure and the stated 26.55% increase", true),
        ("2017.html", "implied by the Jan–Sep 2018 figure and the stated 22.46% increase", true),
        ("2017.html", "implied by the 2017 trade turnover less imports", true),
        ("2017.html", "Trade turnover, Azerbaijan–Pakistan (US$)", true),
        ("2017.html", "trade_turnover", false),
        ("2017.html", "turnover-2017-shunculture", false),
        ("2017.html", "lookalike-measures", false),
        ("2017.html", "The query returned no rows", false),
        ("2017.html", "SQLite", false),
        ("overview.html", "Sources differ on a deal's status (warning): JF-17 Thunder fighters: shunculture has the deal agreed as of Feb 2022, but Today.Az (from Azernews) still has it under negotiation as of 4 Oct 2022.", true),
        ("overview.html", "2022-10-04", false),
        ("overview.html", "300,000+\u{00A0}ampoules", true),
        ("overview.html", "$1.64\u{00A0}million", true),
        ("overview.html", "$1.64M", false),
        ("overview.html", "~ 1", false),
        ("2018.html", "+22.46% on Jan–Sep 2017", true),
        ("2018.html", "22.5 %", false),
    ])
    func pageText(page: String, text: String, present: Bool) throws {
        let visible = ReportText.visible(try folder.read("Output/aze-pak/reports/" + page))
        #expect(visible.contains(text) == present, "\(page): \(present ? "missing" : "unexpected") \(text)")
    }

    /// The ids and formulas the page leaves out are one click away.
    @Test func formulasAreInDetails() throws {
        let page = try folder.read("Output/aze-pak/reports/2017.html")
        let details = page.matches(of: /<details>[\s\S]*?<\/details>/).map { String($0.output) }.joined()
        #expect(details.contains("turnover-2017-shunculture − imports-2017-shunculture"))
        #expect(details.contains("lookalike-measures:officers-trained-todayaz+units-trained-shunculture"))
    }

    /// Marks say what a period covers, and "estimated" carries into what is worked out from an estimate.
    @Test("each figure's marks", arguments: [
        ("overview.html", "Defence deal value", "Feb 2022", "a date"),
        ("overview.html", "Investment pledged", "Jul 2024", "a date"),
        ("overview.html", "Personnel trained", "Oct 2012–Oct 2022", "multi-year window, approximate period"),
        ("overview.html", "Trade turnover", "Jan–Sep 2018", "part of a year"),
        ("overview.html", "Trade turnover", "2017", "estimated"),
        // Implied figures: the 2016 turnover from the estimated 2017 one, exports from it and the imports.
        ("overview.html", "Trade turnover", "2016", "implied, estimated"),
        ("overview.html", "Exports", "2017", "implied, estimated"),
        ("overview.html", "Trade turnover", "Jan–Sep 2017", "implied, part of a year"),
    ])
    func figureMarks(page: String, indicator: String, period: String, marks: String) throws {
        let rows = try Self.rows(folder.read("Output/aze-pak/reports/" + page), afterHeading: "All figures")
        let row = rows.first { $0.count == 7 && $0[0] == indicator && $0[2] == period }
        #expect(row?[5] == marks, "\(indicator) \(period): \(row ?? [])")
    }

    @Test("growth from an estimate is marked estimated, a window is no part of a year", arguments: [
        ("Trade turnover, Azerbaijan–Pakistan (US$)", "2021", "estimated"),
        ("Trade turnover, Azerbaijan–Pakistan (US$)", "2017", "estimated, compared with an implied figure"),
        ("Trade turnover, Azerbaijan–Pakistan (US$)", "2016", "implied, estimated"),
        ("Personnel trained, Pakistan to Azerbaijan: Azerbaijani military units (units)", "2014–2024", "multi-year window"),
        ("Defence deal value, Pakistan to Azerbaijan: JF-17 Thunder fighters (US$)", "Feb 2022", "a date"),
    ])
    func growthMarks(series: String, period: String, marks: String) throws {
        let rows = try Self.rows(folder.read("Output/aze-pak/reports/overview.html"), afterHeading: "Growth across all series")
        let row = rows.first { $0.count == 8 && $0[0] == series && $0[1] == period }
        #expect(row?[6] == marks, "\(series) \(period): \(row ?? [])")
    }

    /// The "as the sources give it" table never says `exact` beside an estimated figure.
    @Test func storedTableSaysEstimated() throws {
        let rows = try Self.rows(folder.read("Output/aze-pak/reports/2017.html"), afterHeading: "Trade turnover as the sources give it")
        let estimated = rows.first { $0.count == 6 && $0[2] == "7,340,000" }
        #expect(estimated?[4] == "estimated", "\(estimated ?? [])")
        #expect(rows.first?.first == "Period")
    }

    @Test func markdownTablesSayEstimatedToo() throws {
        let run = try BilatBinary.run(["report", "--year", "2017", "--format", "md"], in: folder.path)
        #expect(run.stdout.contains("| Exports |  | 2017 | implied by the 2017 trade turnover less imports | $1.64\u{00A0}million | implied, estimated | [4] |"))
        #expect(run.stdout.contains("| 2017 | $7.34 million | 7,340,000 | US$ | estimated | shunculture |"))
    }

    /// The cells of the first table after a heading, header row first.
    static func rows(_ html: String, afterHeading heading: String) -> [[String]] {
        guard let start = html.range(of: "<h2>\(heading.replacingOccurrences(of: "'", with: "&#39;"))</h2>") else { return [] }
        let rest = html[start.upperBound...]
        guard let end = rest.range(of: "</table>") else { return [] }
        let table = String(rest[..<end.lowerBound])
        return table.matches(of: /<tr>([\s\S]*?)<\/tr>/).map { row in
            String(row.output.1).matches(of: /<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/).map { ReportText.visible(String($0.output.1)).trimmingCharacters(in: .whitespaces) }
        }
    }
}
