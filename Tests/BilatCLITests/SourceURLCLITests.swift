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

    @Test func theAccessedDateIsShownWithTheSource() throws {
        let text = try String(contentsOfFile: sources, encoding: .utf8)
        try text.replacingOccurrences(of: "Vugar Khalilov,,2022-10-04,,\n", with: "Vugar Khalilov,,2022-10-04,,2024-01-15\n")
            .write(toFile: sources, atomically: false, encoding: .utf8)
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try folder.read("Output/aze-pak/reports/2022.html")
        #expect(html.contains("accessed 15 Jan 2024"), "\(html)")
        let md = try BilatBinary.run(["report", "--year", "2022", "--format", "md"], in: folder.path)
        #expect(md.stdout.contains("accessed 15 Jan 2024"), "\(md.stdout)")
    }

    @Test func aWebAddressIsALinkInHTMLAndMarkdown() throws {
        try setURL("https://today.az/news/politics/223370.html?a=1&b=2")
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
        let html = try folder.read("Output/aze-pak/reports/2022.html")
        #expect(html.contains("<a href=\"https://today.az/news/politics/223370.html?a=1&amp;b=2\">https://today.az/news/politics/223370.html?a=1&amp;b=2</a>"))
        let md = try BilatBinary.run(["report", "--year", "2022", "--format", "md"], in: folder.path)
        #expect(md.stdout.contains("[https://today.az/news/politics/223370.html?a=1&b=2](https://today.az/news/politics/223370.html?a=1&b=2)"),
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

/// A source has one number on every page of its relationship: the overview and each year cite it the same way.
@Suite struct SourceNumberCLITests {
    @Test func aSourceKeepsItsNumberOnEveryPage() throws {
        let folder = TemporaryFolder("source-numbers")
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        let build = try BilatBinary.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.stderr)")
        // Sources in id order: todayaz-2022-30years is the fifth of five.
        let number = { (page: String) throws -> String? in
            let html = try folder.read("Output/aze-pak/reports/\(page).html")
            guard let item = html.range(of: "Today.Az (from Azernews), “") else { return nil }
            let before = html[..<item.lowerBound]
            guard let value = before.range(of: "<li value=\"", options: .backwards) else { return nil }
            return String(before[value.upperBound...].prefix { $0 != "\"" })
        }
        #expect(try number("overview") == "5")
        #expect(try number("2022") == "5")
        #expect(try number("2021") == "5")
        let y2022 = try folder.read("Output/aze-pak/reports/2022.html")
        #expect(y2022.contains("[5]") && !y2022.contains("<li value=\"1\">"), "only the sources 2022 cites are listed")

        // A new source first in id order shifts every number: each page is rebuilt, and the build is what a full one makes.
        let sources = folder.file("Datasets/azerbaijan-pakistan/sources.csv")
        try (try String(contentsOfFile: sources, encoding: .utf8) + "aaa-first,A publisher,A title,,,2020,,\n")
            .write(toFile: sources, atomically: false, encoding: .utf8)
        let again = try BilatBinary.run(["build"], in: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("rebuilt Output/aze-pak/reports/2022.html: source numbers changed"), "\(again.stdout)")
        #expect(try number("2022") == "6")
        #expect(try BilatBinary.run(["build", "--check"], in: folder.path).status == 0)
    }
}
