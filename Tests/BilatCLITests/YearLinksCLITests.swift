import BilatTestSupport
import Foundation
import Testing

/// Each yearly report links to the nearest years before and after it that have a report, in HTML and Markdown,
/// with links relative to the file written; a report whose neighbour appears or goes is rebuilt.
@Suite struct YearLinksCLITests {
    let folder = TemporaryFolder("year-links")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        let first = try BilatBinary.run(["build"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
    }

    /// The `<nav>` of every report the bundled dataset builds, one line each, against a golden file: gaps between
    /// years (2005 → 2013) are bridged, the first and last years link one way only, the overview to no year.
    @Test func everyBuiltReportLinksToItsNeighbouringYears() throws {
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.file("Output/aze-pak/reports")).sorted()
        var lines: [String] = []
        for name in reports {
            let page = try folder.read("Output/aze-pak/reports/" + name)
            let nav = page.components(separatedBy: "\n").first { $0.hasPrefix("<nav>") } ?? "(no nav)"
            lines.append(name + ": " + nav)
        }
        let golden = Repository.root + "/Tests/BilatCLITests/Golden/year-links.txt"
        let mismatch = Golden.mismatch(lines.joined(separator: "\n") + "\n", golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test(arguments: [
        (2005, "[← 2003](../Output/aze-pak/reports/2003.html) · [2013 →](../Output/aze-pak/reports/2013.html)"),
        (1991, "[Overview](../Output/aze-pak/reports/overview.html) · [1992 →](../Output/aze-pak/reports/1992.html)"),
        (2024, "[← 2022](../Output/aze-pak/reports/2022.html)"),
        // A year without a report still links to the years around it.
        (2010, "[← 2005](../Output/aze-pak/reports/2005.html) · [2013 →](../Output/aze-pak/reports/2013.html)"),
    ])
    func markdownEndsWithLinksRelativeToTheFileWritten(year: Int, links: String) throws {
        let run = try BilatBinary.run(["report", "--year", String(year), "--out", "notes/\(year).md"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try folder.read("notes/\(year).md").components(separatedBy: "\n")
        #expect(lines.first == "# Azerbaijan–Pakistan in \(year)")
        let last = try #require(lines.last { !$0.isEmpty })
        #expect(last.hasPrefix("[Index](../Output/index.html) · [Overview](../Output/aze-pak/reports/overview.html)"), "\(last)")
        #expect(last.hasSuffix(links), "\(last)")
        if year == 2024 { #expect(!last.contains("→]"), "no later year: \(last)") }
        if year == 1991 { #expect(!last.contains("[←"), "no earlier year: \(last)") }
    }

    /// A path with spaces and brackets stays one link: percent-encoded in Markdown, and in HTML's href.
    @Test func linksOutsideTheProjectAreEncoded() throws {
        let project = folder.file("my project (copy)")
        try Repository.copy(Repository.bundledDataset, to: project + "/Datasets/azerbaijan-pakistan")
        #expect(try BilatBinary.run(["build"], in: project).status == 0)
        let md = try BilatBinary.run(["report", "--year", "2005", "--out", "../elsewhere/2005.md"], in: project)
        #expect(md.status == 0, "\(md.stderr)")
        let text = try folder.read("elsewhere/2005.md")
        #expect(text.contains("[← 2003](../my%20project%20%28copy%29/Output/aze-pak/reports/2003.html)"), "\(text)")
        let html = try BilatBinary.run(["report", "--year", "2005", "--format", "html", "--out", "../elsewhere/2005.html"], in: project)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try folder.read("elsewhere/2005.html")
        #expect(page.contains("<a href=\"../my%20project%20%28copy%29/Output/aze-pak/reports/2013.html\">2013 →</a>"), "\(page)")
    }

    /// A figure in a new year between two others: its report is new, and the two around it now link to it.
    @Test func aNewYearRebuildsTheReportsAroundIt() throws {
        let figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
        try (try folder.read("Datasets/azerbaijan-pakistan/figures.csv")
             + "vaccine-2010,medical_aid,AZE,PAK,to_partner,plague vaccine,2010,,\"5,000 ampoules\",,,shunculture-2024-role,,\n")
            .write(toFile: figures, atomically: false, encoding: .utf8)
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("rebuilt Output/aze-pak/reports/2010.html: new output"), "\(run.stdout)")
        #expect(run.stdout.contains("rebuilt Output/aze-pak/reports/2005.html: links changed (1 changed)"), "\(run.stdout)")
        #expect(run.stdout.contains("rebuilt Output/aze-pak/reports/2013.html: links changed (1 changed)"), "\(run.stdout)")
        #expect(!run.stdout.contains("reports/2003.html"), "a year two away keeps its links: \(run.stdout)")
        #expect(try folder.read("Output/aze-pak/reports/2005.html").contains("<a href=\"2010.html\">2010 →</a>"))
        #expect(try folder.read("Output/aze-pak/reports/2013.html").contains("<a href=\"2010.html\">← 2010</a>"))
    }
}
