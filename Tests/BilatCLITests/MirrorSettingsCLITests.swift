import BilatTestSupport
import Foundation
import Testing

/// `Datasets/mirror-settings.csv` through the real binary: `bilat check`, `bilat mirror`, the build's
/// findings.csv, mirror.csv, mirror charts and reports all use the project's factor and threshold, the command
/// line and a report cell still override it, a bad file writes nothing, and the build rebuilds what it changes.
@Suite struct MirrorSettingsCLITests {
    /// The AZE–PAK Comtrade project of `MirrorCLITests`.
    let mirror = MirrorCLITests()
    var folder: TemporaryFolder { mirror.folder }
    static let settingsPath = "Datasets/mirror-settings.csv"

    func bilat(_ arguments: String...) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }

    /// 1/1.3 and 5 %: PAK→AZE 2018 is 949,667.61 at FOB against 900,000 (+5.5 %), AZE→PAK 2018 407,692.31
    /// against 500,000 (−18.5 %): two warnings where the defaults give one.
    func settings(_ rows: String = "AZE-PAK,1/1.3,5\n") throws {
        try folder.write(Self.settingsPath, "relationship,factor,threshold_percent\n" + rows)
    }

    func mirrorWarnings(_ csv: String) -> [Substring] { csv.split(separator: "\r\n").filter { $0.contains("mirror-asymmetry") } }

    @Test func checkUsesTheProjectsFactorAndThreshold() throws {
        try mirror.project()
        try settings()
        let run = try bilat("check", "--format", "csv")
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = mirrorWarnings(run.stdout)
        #expect(warnings.count == 2, "\(run.stdout)")
        #expect(warnings.allSatisfy { $0.contains("more than the 5 % threshold") }, "\(warnings)")
        #expect(run.stdout.contains("AZE records 5.5 % more imports from PAK (all goods, 2018) than PAK records as exports: "
                                    + "1234567.89 USD CIF × 1/1.3 = 949667.61 FOB against 900000 FOB"), "\(run.stdout)")
    }

    @Test func mirrorUsesTheProjectsSettingsAndItsFlagsStillOverride() throws {
        try mirror.project()
        try settings()
        let run = try bilat("mirror")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("factor 1/1.3: importer's CIF value × 1/1.3 = its FOB value"), "\(run.stdout)")
        #expect(run.stdout.contains("2018   1,234,567.89 949,667.61   900,000      49,667.61 +5.5 % both"), "\(run.stdout)")
        #expect(run.stdout.contains("\nwarnings above 5 %: 2\n"), "\(run.stdout)")

        let factor = try bilat("mirror", "--factor", "1/1.06")
        #expect(factor.stdout.hasPrefix("factor 1/1.06:"), "\(factor.stdout)")
        #expect(factor.stdout.contains("\nwarnings above 5 %: 1\n"), "the project's threshold, the flag's factor: \(factor.stdout)")
        let threshold = try bilat("mirror", "--threshold", "50")
        #expect(threshold.stdout.hasPrefix("factor 1/1.3:"), "\(threshold.stdout)")
        #expect(threshold.stdout.contains("\nwarnings above 50 %: 0\n"), "\(threshold.stdout)")
        let csv = try bilat("mirror", "--format", "csv")
        #expect(csv.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",× 1/1.3,") }, "\(csv.stdout)")
    }

    @Test func helpNamesTheFile() throws {
        let run = try bilat("mirror", "--help")
        #expect(run.status == 0)
        let flat = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("A project sets its own factor and threshold in Datasets/mirror-settings.csv"), "\(run.stdout)")
        #expect(flat.contains("Default: the project's (Datasets/mirror-settings.csv), else 1/1.06."), "\(run.stdout)")
    }

    @Test func theStarRowCoversEveryRelationshipWithoutItsOwn() throws {
        try mirror.project()
        try settings("*,0.95,1\nARM-AZE,1/1.3,5\n")
        let run = try bilat("mirror", "--format", "csv")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Datasets/mirror-settings.csv:3:1: warning: no relationship ARM-AZE in the project, so this row applies to nothing; "
                                    + "accepted: one of: AZE-PAK"), "\(run.stderr)")
        #expect(run.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",× 0.95,") }, "\(run.stdout)")
    }

    /// The build's outputs, each with the project's factor (and threshold where a warning is raised).
    @Test func theBuildsOutputsUseTheProjectsSettings() throws {
        try mirror.project()
        try settings()
        let build = try bilat("build")
        #expect(build.status == 0, "\(build.stderr)")
        let mirrorCSV = try folder.read("Output/csv/mirror.csv")
        let rows = mirrorCSV.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 3 && rows.allSatisfy { $0.contains(",× 1/1.3,") }, "\(mirrorCSV)")
        #expect(mirrorCSV.contains(",1234567.89,× 1/1.3,949667.61,"), "\(mirrorCSV)")
        let findings = try folder.read("Output/csv/findings.csv")
        #expect(mirrorWarnings(findings).count == 2, "\(findings)")
        #expect(mirrorWarnings(findings).allSatisfy { $0.contains("× 1/1.3") && $0.contains("more than the 5 % threshold") }, "\(findings)")
        let chart = try folder.read("Output/aze-pak/charts/mirror-pak-to-aze-all-goods-usd.svg")
        #expect(chart.contains("CIF value × 1/1.3 gives its FOB value"), "\(chart)")
        #expect(!chart.contains("1/1.06"), "\(chart)")
        let report = try folder.read("Output/aze-pak/reports/2018.html")
        #expect(report.contains("Factor 1/1.3: importer&#39;s CIF value × 1/1.3 = its FOB value"), "\(report)")
        #expect(report.contains("<p>2 pairs are more than 5% apart, a mirror-asymmetry warning each: Azerbaijan to Pakistan: all goods (US$) 2018 (−18.5%); "
                                + "Pakistan to Azerbaijan: all goods (US$) 2018 (+5.5%)."), "\(report)")
        let check = try bilat("build", "--check")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// A cell's own option replaces the project's for that option only.
    @Test func aReportCellsOptionsStillOverride() throws {
        try mirror.project()
        try settings()
        try folder.write("mirror.md", "# Mirror\n\n```bilat mirror factor=1/1.06\n```\n")
        let run = try bilat("report", "--year", "2018", "--notebook", "mirror.md", "--format", "md")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Factor 1/1.06:"), "\(run.stdout)")
        #expect(run.stdout.contains("1 pair is more than 5% apart"), "the project's threshold: \(run.stdout)")
    }

    @Test func aBadSettingsFileIsRefusedAtItsCellAndNothingIsWritten() throws {
        try mirror.project()
        try settings("AZE-PAK,1.06,5\nPAK-AZE,0.9,5\n")
        for command in [["build"], ["check"], ["mirror"]] {
            let run = try BilatBinary.run(command, in: folder.path)
            #expect(run.status == 1, "\(command): \(run.stdout)")
            #expect(run.stderr.contains("Datasets/mirror-settings.csv:2:9: error: the factor '1.06' is not a CIF→FOB factor; accepted: "
                                        + "a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"), "\(run.stderr)")
            #expect(run.stderr.contains("Datasets/mirror-settings.csv:3:1: error: a second row for AZE-PAK; line 2 sets it already"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.file("Output/bilat.sqlite")), "\(command) wrote the store")
        }
    }
}

/// What a build rebuilds when the settings file appears or changes: the outputs that show the factor or the
/// warnings, and nothing else.
@Suite struct MirrorSettingsRebuildTests {
    let mirror = MirrorCLITests()
    var folder: TemporaryFolder { mirror.folder }

    func build() throws -> BinaryRun {
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    /// The outputs a build printed as rebuilt.
    func rebuilt(_ run: BinaryRun) -> Set<String> {
        Set(run.stdout.split(separator: "\n").compactMap { line in
            line.contains("rebuilt Output/") ? line.components(separatedBy: "rebuilt Output/")[1].components(separatedBy: ":").first : nil
        })
    }

    @Test func editingTheFileRebuildsTheMirrorOutputsOnly() throws {
        try mirror.project()
        _ = try build()
        #expect(try build().stdout.contains("nothing to rebuild"))

        try folder.write(MirrorSettingsCLITests.settingsPath, "relationship,factor,threshold_percent\nAZE-PAK,1/1.3,5\n")
        let factor = try build()
        // The factor is drawn in the charts, listed in mirror.csv, shown in the reports' mirror cells (2018 and
        // 2019 have pairs; the overview every year's); the new warning reaches findings.csv, the reports that
        // list it and the index's count of open findings.
        #expect(rebuilt(factor) == ["csv/mirror.csv", "csv/findings.csv", "aze-pak/charts/mirror-pak-to-aze-all-goods-usd.svg",
                                    "aze-pak/charts/mirror-aze-to-pak-all-goods-usd.svg", "aze-pak/reports/2018.html",
                                    "aze-pak/reports/2019.html", "aze-pak/reports/overview.html", "index.html"], "\(factor.stdout)")
        #expect(factor.stdout.contains("rebuilt Output/csv/mirror.csv: mirror settings changed"), "\(factor.stdout)")
        #expect(try build().stdout.contains("nothing to rebuild"), "a second build with the same file")

        // A threshold alone changes the warnings, not the factor charts and mirror.csv show.
        try folder.write(MirrorSettingsCLITests.settingsPath, "relationship,factor,threshold_percent\nAZE-PAK,1/1.3,50\n")
        let threshold = try build()
        #expect(rebuilt(threshold) == ["csv/findings.csv", "aze-pak/reports/2018.html", "aze-pak/reports/2019.html",
                                       "aze-pak/reports/overview.html", "index.html"], "\(threshold.stdout)")

        // Back to no file: the defaults, and the outputs of a build that never had one.
        try FileManager.default.removeItem(atPath: folder.file(MirrorSettingsCLITests.settingsPath))
        let removed = try build()
        #expect(rebuilt(removed).contains("csv/mirror.csv"), "\(removed.stdout)")
        #expect(try folder.read("Output/csv/mirror.csv").contains(",× 1/1.06,"))
    }

    /// A row for a relationship the project does not have changes no output.
    @Test func aRowForAnotherRelationshipRebuildsNothing() throws {
        try mirror.project()
        _ = try build()
        try folder.write(MirrorSettingsCLITests.settingsPath, "relationship,factor,threshold_percent\nARM-AZE,0.9,1\n")
        let run = try build()
        #expect(rebuilt(run).isEmpty, "\(run.stdout)")
        #expect(run.stdout.contains("nothing to rebuild"), "\(run.stdout)")
        #expect(run.stderr.contains("mirror-settings.csv:2:1: warning: no relationship ARM-AZE in the project"), "\(run.stderr)")
    }
}
