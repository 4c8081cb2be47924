import BilatTestSupport
import Foundation
import Testing

/// A relationship whose sources disagree more often than a page can list: a report names the first 50 open
/// errors (and the first 50 findings in its findings section), says how many there are and where every one is.
@Suite struct FindingsAtSizeCLITests {
    let folder = TemporaryFolder("findings-at-size")

    /// `count` subjects, each reported for 2019 by two sources that disagree by more than rounding allows.
    static func figures(conflicts count: Int) -> String {
        var rows = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
        for i in 0..<count {
            rows += "a\(i),trade_turnover,AZE,PAK,both,goods \(i),2019,,$\(i + 10) million,,,undated,,\n"
            rows += "b\(i),trade_turnover,AZE,PAK,both,goods \(i),2019,,$\(i + 90) million,,,today,,\n"
        }
        return rows
    }

    func build(conflicts: Int) throws -> String {
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["figures.csv": Self.figures(conflicts: conflicts)])
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try BilatBinary.run(["report", "--year", "2019", "--format", "md", "--out", "2019.md"], in: folder.path)
        #expect(report.status == 0, "\(report.stderr)")
        return try folder.read("2019.md")
    }

    @Test(arguments: [(conflicts: 60, listed: 50), (conflicts: 12, listed: 12)])
    func aReportListsTheFirstFiftyOpenErrorsAndSaysWhereTheRestAre(conflicts: Int, listed: Int) throws {
        let page = try build(conflicts: conflicts)
        #expect(page.contains("\(conflicts) open errors in these figures, not yet explained or accepted:"))
        let summary = page.components(separatedBy: "not yet explained or accepted:").dropFirst().first ?? ""
        let bullets = summary.components(separatedBy: "\n\n").dropFirst().first?.split(separator: "\n").filter { $0.hasPrefix("- ") } ?? []
        #expect(bullets.count == listed, "\(bullets.prefix(3))")
        let note = "These are the first 50 of \(conflicts) open errors. Every finding, with its rows and sources, is in the build's csv/findings.csv"
        #expect(page.contains(note) == (conflicts > listed))
        // Every finding is in findings.csv, however many the page leaves out.
        let csv = try folder.read("Output/csv/findings.csv")
        #expect(csv.components(separatedBy: "\r\n").filter { $0.contains(",conflict,") }.count == conflicts)
    }
}
