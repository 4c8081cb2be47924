import BilatTestSupport
import Foundation
import Testing

/// A source's url is a link in the reports, and ingest refuses one that is not http or https.
@Suite struct SourceURLCLITests {
    let folder = TemporaryFolder("source-url-cli")
    var sources: String { folder.file("Datasets/azerbaijan-pakistan/sources.csv") }

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
    }

    func setURL(_ url: String) throws {
        let text = try String(contentsOfFile: sources, encoding: .utf8)
        try text.replacingOccurrences(of: "Vugar Khalilov,,2022-10-04", with: "Vugar Khalilov,\"\(url)\",2022-10-04")
            .write(toFile: sources, atomically: false, encoding: .utf8)
    }

    @Test func aWebAddressIsALinkInHTMLAndMarkdown() throws {
        try setURL("https://today.az/news/politics/223370.html?a=1&b=2")
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try folder.read("Output/aze-pak/reports/2022.html")
        #expect(html.contains("<a href=\"https://today.az/news/politics/223370.html?a=1&amp;b=2\">https://today.az/news/politics/223370.html?a=1&amp;b=2</a>"))
        let md = try BilatBinary.run(["report", "--year", "2022", "--format", "md"], in: folder.path)
        #expect(md.stdout.contains("[https://today.az/news/politics/223370.html?a=1&amp;b=2](https://today.az/news/politics/223370.html?a=1&b=2)"),
                "\(md.stdout)")
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "ftp://e.org/x", "today.az/news"])
    func anotherSchemeIsRefusedAtItsCell(url: String) throws {
        try setURL(url)
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 1)
        #expect(build.stderr.contains("Datasets/azerbaijan-pakistan/sources.csv:6:134: error: url '\(url)'"), "\(build.stderr)")
        #expect(build.stderr.contains("accepted: an http:// or https:// address"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/aze-pak/reports/2022.html")))
    }
}
