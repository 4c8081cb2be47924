import BilatTestSupport
import Foundation
import Testing

/// Two Comtrade releases through the real binary: the second revises a value, which revisions.csv records, a note
/// on standard error names, and the yearly report of its year lists; importing either release again is no
/// revision, and a release that cannot be imported leaves every file as it was.
@Suite struct RevisionsCLITests {
    let folder = TemporaryFolder("revisions-cli")

    /// Pakistan's imports from Azerbaijan in 2018 and Azerbaijan's exports to Pakistan in 2018 and 2019.
    static let release1 = """
        reporterISO,partnerCode,partnerISO,flowCode,refMonth,period,cmdCode,cmdDesc,aggrLevel,isLeaf,partner2ISO,customsCode,motCode,cifValue,fobValue,primaryValue,isNetWgtEstimated
        AZE,586,PAK,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,1234567.89,1234567.89,false
        PAK,31,AZE,M,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,530,,530,true
        AZE,586,PAK,X,52,2019,TOTAL,All Commodities,0,false,W00,C00,0,,2000000,2000000,false

        """
    /// The next release: Pakistan's 2018 imports revised from 530 to 612.
    static let release2 = release1.replacingOccurrences(of: ",530,,530,", with: ",612,,612,")

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    let dataset = "Datasets/azerbaijan-pakistan"

    func snapshot() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.file(dataset)) {
            files[name] = try folder.read(dataset + "/" + name)
        }
        return files
    }

    func importBothReleases() throws -> BinaryRun {
        #expect(try bilat("dataset", "new", "AZE", "PAK").status == 0)
        try folder.write("TradeData_2018.csv", Self.release1)
        try folder.write("downloads/TradeData_2018_r2.csv", Self.release2)
        let first = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset, "--accessed", "2024-05-01")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file(dataset + "/revisions.csv")), "a first import revises nothing")
        return try bilat("import", "comtrade", "downloads/TradeData_2018_r2.csv", "--into", dataset, "--accessed", "2024-11-01")
    }

    @Test func aRevisedReleaseIsRecordedAndReported() throws {
        let second = try importBothReleases()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("figures   0 added, 3 changed, 0 unchanged\nrevisions 1 added, 0 changed, 0 unchanged\n"), "\(second.stdout)")
        #expect(second.stderr == "TradeData_2018_r2.csv:3: note: revised ct-pak-aze-m-2018-total as_reported: USD 530 → USD 612 "
                + "(source comtrade-tradedata-2018 → comtrade-tradedata-2018-r2)\n", "\(second.stderr)")
        let revisions = try folder.read(dataset + "/revisions.csv")
        #expect(revisions == """
            figure_id,field,before,after,before_source,after_source,file,line,recorded
            ct-pak-aze-m-2018-total,as_reported,USD 530,USD 612,comtrade-tradedata-2018,comtrade-tradedata-2018-r2,TradeData_2018_r2.csv,3,2024-11-01

            """, "the file's name, never its folder: \(revisions)")
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let example = "$ bilat import comtrade downloads/TradeData_2018_r2.csv --into \(dataset) --accessed 2024-11-01\n"
            + second.stdout + second.stderr + "```\n"
        #expect(readme.contains(example), "README's example differs from:\n\(example)")
        #expect(readme.contains("```\n" + revisions + "```\n"), "README's revisions.csv differs from:\n\(revisions)")

        // The same release again: nothing changes, no revision is added.
        let before = try snapshot()
        let again = try bilat("import", "comtrade", "downloads/TradeData_2018_r2.csv", "--into", dataset, "--accessed", "2024-11-01")
        #expect(again.status == 0 && again.stdout.contains("is unchanged") && again.stderr.isEmpty, "\(again.stdout)\(again.stderr)")
        #expect(try snapshot() == before)

        let build = try bilat("build")
        #expect(build.status == 0, "\(build.stderr)")
        let report = try folder.read("Output/aze-pak/reports/2018.html")
        #expect(report.contains("<h2>Revised figures</h2>"), "\(report)")
        #expect(report.contains("<li>Imports (Pakistan from Azerbaijan), all goods, 2018: value USD 530 → USD 612 (source [1] → [2]), "
                                + "from TradeData_2018_r2.csv line 3, recorded 1 Nov 2024</li>"), "\(report)")
        #expect(report.contains("UN Comtrade, “UN Comtrade download TradeData_2018.csv"), "the earlier source is cited: \(report)")
        let yearly = try bilat("report", "--year", "2018", "--format", "md").stdout
        let part = yearly.components(separatedBy: "## Revised figures").last?.components(separatedBy: "## Growth").first ?? ""
        #expect(readme.contains("```\n## Revised figures" + part.dropLast() + "```\n"), "README's report part differs from:\n\(part)")
        let unrevised = try folder.read("Output/aze-pak/reports/2019.html")
        #expect(!unrevised.contains("Revised figures"), "a year with no revision has no such part")

        // The old release after the new one is a revision back, recorded as such.
        let back = try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset, "--accessed", "2024-05-01")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try folder.read(dataset + "/revisions.csv").hasSuffix(
            "ct-pak-aze-m-2018-total,as_reported,USD 612,USD 530,comtrade-tradedata-2018-r2,comtrade-tradedata-2018,TradeData_2018.csv,3,2024-05-01\n"))
        let markdown = try bilat("report", "--year", "2018", "--format", "md")
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("- Imports (Pakistan from Azerbaijan), all goods, 2018: value USD 612 → USD 530 (source [2] → [1])"),
                "\(markdown.stdout)")
    }

    /// A release with a revised value and a cell that cannot be read: the import fails, and the dataset keeps
    /// every byte (no revisions.csv, no new figure, no new source).
    @Test func aReleaseThatFailsRecordsNothing() throws {
        #expect(try bilat("dataset", "new", "AZE", "PAK").status == 0)
        try folder.write("TradeData_2018.csv", Self.release1)
        #expect(try bilat("import", "comtrade", "TradeData_2018.csv", "--into", dataset).status == 0)
        let before = try snapshot()
        try folder.write("TradeData_2018_r2.csv", Self.release2.replacingOccurrences(of: ",2000000,2000000,", with: ",2000000,2 million,"))
        let run = try bilat("import", "comtrade", "TradeData_2018_r2.csv", "--into", dataset)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains("TradeData_2018_r2.csv:4:") && run.stderr.contains("was left as it was"), "\(run.stderr)")
        #expect(!run.stderr.contains("revised"), "\(run.stderr)")
        #expect(try snapshot() == before)
    }
}
