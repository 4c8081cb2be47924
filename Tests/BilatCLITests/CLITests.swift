import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The real `bilat` binary, run as a user would, with its output and exit codes.
@Suite struct CLITests {
    let folder = TemporaryFolder("cli")

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    @Test func normaliseReadsTheIssuesExamples() throws {
        let run = try bilat("normalise", "one and a half million dollars", "over a hundred officers")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("one and a half million dollars 1500000 USD"))
        #expect(lines[3].hasPrefix("over a hundred officers"))
        #expect(lines[3].contains("≥ 100 officers"))
        #expect(lines[3].contains("lower_bound"))
    }

    @Test func normaliseJSONHasExactValues() throws {
        let run = try bilat("normalise", "--format", "json", "$11.7 million", "one and a half million dollars", "over a hundred officers")
        #expect(run.status == 0)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 3)
        #expect(objects[0]["input"] as? String == "$11.7 million")
        #expect(objects.first.map { "\($0["value"] ?? "none")" } == "11700000")
        #expect(objects[0]["currency"] as? String == "USD")
        #expect(objects[1]["unit"] as? String == "USD")
        #expect(objects[2]["unit"] as? String == "officers")
        #expect(objects[2]["qualifier"] as? String == "lower_bound")
        #expect(objects[2]["currency"] == nil)
        // Exactly the digits, never 11699999.999…
        #expect(run.stdout.contains("\"value\" : 11700000\n") || run.stdout.contains("\"value\" : 11700000,"))
    }

    @Test func normalisePeriod() throws {
        let run = try bilat("normalise", "--period", "January to September 2018")
        #expect(run.status == 0)
        #expect(run.stdout.contains("January to September 2018 2018-01-01 2018-09-30 month"))
        let json = try bilat("normalise", "--period", "--format", "json", "the past ten years", "--as-of", "2022-10-04")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects[0]["start"] as? String == "2012-10-01")
        #expect(objects[0]["end"] as? String == "2022-10-31")
        #expect(objects[0]["granularity"] as? String == "month")
    }

    @Test(arguments: ["", "1.2.3 million", "$-5", "10^400", "💰"])
    func normaliseFailsOnUnreadableText(text: String) throws {
        let run = try bilat("normalise", "$2 million", text)
        #expect(run.status == 1)
        #expect(run.stdout.contains("2000000 USD"), "readable inputs are still shown")
        #expect(run.stderr.contains("error: "))
        #expect(run.stderr.contains("accepted: "))
    }

    @Test func normaliseNeedsText() throws {
        let run = try bilat("normalise")
        #expect(run.status == 64)
        #expect(run.stderr.contains("give at least one text to read, e.g. bilat normalise '$11.7 million'"))
        #expect(run.stderr.contains("Usage: bilat normalise"))
    }

    @Test func ingestReportsEveryProblemWithLocationsAndWritesNothing() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"))
        let ok = try bilat("ingest")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("figures    4 added, 0 changed, 0 removed, 0 unchanged"))
        let before = Repository.bytes(folder.file("Output/bilat.sqlite"))

        try MiniDataset.write(to: folder.file("Datasets/mini"), MiniDataset.figures(adding: """
            x1,trade_turnover,AZE,PAK,both,,2020,,$1m,,,ghost,,
            x2,trade_turnover,AZE,PAK,both,,2020-13,,$1m,,,today,,
            """))
        let bad = try bilat("ingest")
        #expect(bad.status == 1)
        let errors = bad.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "Datasets/mini/figures.csv:6:45: error: unknown source 'ghost'; accepted: one of today, undated",
            "Datasets/mini/figures.csv:7:33: error: period '2020-13' names month 13, which does not exist, and is not a fiscal year (the year after 2020 is 21, not 13); accepted: " + PeriodReader.acceptedForms,
            "2 errors; nothing was written to Output/bilat.sqlite",
        ])
        #expect(Repository.bytes(folder.file("Output/bilat.sqlite")) == before)
    }

    @Test func secondIngestSaysNothingChanged() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"))
        _ = try bilat("ingest")
        let again = try bilat("ingest")
        #expect(again.status == 0)
        #expect(again.stdout.contains("no changes; Output/bilat.sqlite left as it was"))
        #expect(again.stdout.contains("figures    0 added, 0 changed, 0 removed, 4 unchanged"))
    }

    @Test func ingestNamedFolderIntoChosenDatabase() throws {
        try MiniDataset.write(to: folder.file("data/mini"))
        let run = try bilat("ingest", "data/mini", "--db", "elsewhere/test.sqlite")
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("elsewhere/test.sqlite")))
        let figures = try bilat("figures", "--db", "elsewhere/test.sqlite", "--format", "csv")
        #expect(figures.status == 0)
        let rows = figures.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 5)
        #expect(rows[0].hasPrefix("dataset,relationship,id,indicator,reporter,partner,direction"))
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("mini,AZE-PAK,") })
        let pair = try bilat("figures", "--db", "elsewhere/test.sqlite", "--format", "csv", "--relationship", "pak-aze")
        #expect(pair.stdout == figures.stdout, "either order, any case")
        let none = try bilat("figures", "--db", "elsewhere/test.sqlite", "--format", "csv", "--relationship", "AZE-TUR")
        #expect(none.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1, "the header alone")
        #expect(try bilat("figures", "--db", "elsewhere/test.sqlite", "--relationship", "AZE").status == 64)
    }

    /// A missing store is a state of the project (exit 1), not a misuse of the command line (64).
    @Test(arguments: [["figures"], ["figures", "--indicator", "aid"], ["figures", "--db", "elsewhere.sqlite"]])
    func figuresWithoutAStoreExitsOneAndSaysWhatToRun(arguments: [String]) throws {
        let run = try BilatBinary.run(arguments, in: folder.path)
        #expect(run.status == 1)
        let store = arguments.last == "elsewhere.sqlite" ? "elsewhere.sqlite" : "Output/bilat.sqlite"
        #expect(run.stderr == "error: no store at \(store); run `bilat build` (or `bilat ingest`) in the project folder first, or pass --db PATH\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func figuresRejectsAnUnknownIndicator() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"))
        _ = try bilat("ingest")
        let run = try bilat("figures", "--indicator", "gdp")
        #expect(run.status == 1)
        // The dataset's own indicators and the built-in ones.
        #expect(run.stderr.contains("unknown indicator 'gdp'; accepted: agreements_signed, aid, arms_delivered,"))
        #expect(run.stderr.contains(", personnel_trained, re_exports,"))
    }

    @Test func buildWithoutDatasetsExplainsWhere() throws {
        let run = try bilat("build")
        #expect(run.status == 1)
        #expect(run.stderr.contains("no datasets folder at Datasets"))
        #expect(run.stderr.contains("run bilat from the project root"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try bilat("figures", "--format", "xml")
        #expect(run.status == 64)
        #expect(run.stderr.contains("xml"))
    }

    static let commands = ["init", "dataset", "build", "ingest", "figures", "growth", "check", "export", "chart", "report",
                           "normalise", "extract", "import", "mirror"]

    @Test(arguments: commands + ["dataset new", "dataset descriptor", "import comtrade"])
    func everySubcommandTeachesWithAnExample(command: String) throws {
        let run = try BilatBinary.run(command.split(separator: " ").map(String.init) + ["--help"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("OVERVIEW: "), "an abstract")
        #expect(run.stdout.contains("Example"))
        #expect(run.stdout.contains("  bilat \(command)"))
    }

    @Test func versionPrintsTheRelease() throws {
        // BilatVersion.release, wherever under Sources/Bilat/Build it is declared.
        let build = Repository.root + "/Sources/Bilat/Build"
        let sources = try FileManager.default.contentsOfDirectory(atPath: build).sorted()
            .map { try String(contentsOfFile: build + "/" + $0, encoding: .utf8) }.joined()
        let release = try #require(sources.firstMatch(of: /static let release = "([0-9A-Za-z.+-]+)"/)).1
        let run = try bilat("--version")
        #expect(run.status == 0)
        #expect(run.stdout == "\(release)\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func everySubcommandIsInTheREADME() throws {
        let help = try bilat("--help").stdout
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // Subcommand lines are indented two spaces; wrapped descriptions are indented further.
        let commands = section.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLetter == true && !$0.contains("See '") }
            .map { String($0.dropFirst(2).prefix { $0.isLetter }) }
        #expect(Set(commands) == Set(Self.commands))
        for command in commands where command != "dataset" {
            #expect(readme.contains("### `bilat \(command)"), "README has no section for bilat \(command)")
        }
        for command in ["dataset new", "dataset descriptor"] {
            #expect(readme.contains("### `bilat \(command)"), "README has no section for bilat \(command)")
        }
    }
}

/// The bundled dataset through the real binary, as the README's first command runs it.
@Suite struct BundledBuildTests {
    let folder = TemporaryFolder("build")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
    }

    @Test func buildIngestsAndSummarises() throws {
        let first = try BilatBinary.run(["build"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("figures    16 added, 0 changed, 0 removed, 0 unchanged"))
        #expect(first.stdout.contains("azerbaijan-pakistan: 5 sources, 16 figures, 24 events, 20 indicators"), "its own 11 and the other built-in ones")
        #expect(first.stdout.contains("trade_turnover        5 figures, 2017–2021"))
        #expect(first.stdout.contains("rebuilt Output/csv/figures.csv: new output"))
        #expect(first.stdout.contains("rebuilt Output/aze-pak/charts/trade_turnover.svg: new output"))
        let second = try BilatBinary.run(["build"], in: folder.path)
        #expect(second.stdout.contains("no changes; Output/bilat.sqlite left as it was"))
        #expect(!second.stdout.contains("rebuilt "), "an unchanged build rewrites no file")
        // No Notebooks/ here: the built-in notebooks still make the overview and the yearly reports.
        #expect(second.stdout.contains("nothing to rebuild: all 30 outputs are up to date"))
    }

    @Test func addingOneRowAddsOneFigure() throws {
        _ = try BilatBinary.run(["build"], in: folder.path)
        let figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
        let row = "turnover-2022-test,trade_turnover,AZE,PAK,both,,2022,,$12.5 million,,,todayaz-2022-30years,,\n"
        try (try String(contentsOfFile: figures, encoding: .utf8) + row).write(toFile: figures, atomically: true, encoding: .utf8)
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.stdout.contains("figures    1 added, 0 changed, 0 removed, 16 unchanged"))
        #expect(run.stdout.contains("sources    0 added, 0 changed, 0 removed, 5 unchanged"))
    }

    @Test func figuresCSVMatchesTheGoldenFile() throws {
        _ = try BilatBinary.run(["build"], in: folder.path)
        let run = try BilatBinary.run(["figures", "--format", "csv"], in: folder.path)
        #expect(run.status == 0)
        let golden = Repository.root + "/Tests/BilatCLITests/Golden/figures.csv"
        let mismatch = Golden.mismatch(run.stdout, golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    /// The default table and the findings as CSV, as a user sees them, against committed bytes.
    @Test(arguments: [(["figures"], "figures-table.txt"), (["check", "--format", "csv"], "check.csv")])
    func listingsMatchTheirGoldenFiles(arguments: [String], golden: String) throws {
        _ = try BilatBinary.run(["build"], in: folder.path)
        let run = try BilatBinary.run(arguments, in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        let mismatch = Golden.mismatch(run.stdout, golden: Repository.root + "/Tests/BilatCLITests/Golden/" + golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func figuresJSONShowsTheIssuesExamples() throws {
        _ = try BilatBinary.run(["build"], in: folder.path)
        let run = try BilatBinary.run(["figures", "--format", "json"], in: folder.path)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 16)
        let byID = Dictionary(objects.map { ("\($0["id"] ?? "")", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byID.count == 16, "every id once")
        #expect(byID["turnover-2021-todayaz"]?["value"].map { "\($0)" } == "11700000")
        #expect(byID["jf17-deal-2022-02-shunculture"]?["value"].map { "\($0)" } == "1600000000")
        #expect(run.stdout.contains("\"value\" : 1600000000\n"), "exact digits, as a JSON number")
        #expect(byID["officers-trained-todayaz"]?["qualifier"] as? String == "lower_bound")
        #expect(byID["officers-trained-todayaz"]?["as_reported"] as? String == "over a hundred")
    }
}

/// `bilat growth` and `bilat check` through the real binary.
@Suite struct AnalysisCommandTests {
    let folder = TemporaryFolder("analysis")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
    }

    func bilat(_ arguments: String...) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }

    @Test func growthTableShowsCAGRAndDerivedBases() throws {
        let run = try bilat("growth", "--indicator", "trade_turnover")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "trade_turnover AZE–PAK (USD)")
        #expect(lines.contains { $0.hasPrefix("2016 ") && $0.contains("5.80 million (derived)") })
        #expect(lines.contains { $0.hasPrefix("2021 ") && $0.contains("+12.4 % a year") && $0.contains("estimated") })
        #expect(lines.contains { $0.hasPrefix("2018-01/2018-09") && $0.contains("2017-01/2017-09") && $0.contains("partial") })
    }

    @Test func growthGoldenCSV() throws {
        let run = try bilat("growth", "--format", "csv")
        #expect(run.status == 0)
        let mismatch = Golden.mismatch(run.stdout, golden: Repository.root + "/Tests/BilatCLITests/Golden/growth.csv")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func growthFiltersBySubject() throws {
        let run = try bilat("growth", "--subject", "officers", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["officers-trained-todayaz"])
        #expect((rows[0]["reason"] as? String)?.contains("windows are not compared") == true)
    }

    @Test func growthRejectsAnUnknownIndicator() throws {
        let run = try bilat("growth", "--indicator", "gdp")
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown indicator 'gdp'; accepted: agreements_signed, aid"))
    }

    @Test func checkListsFindingsWithRows() throws {
        let run = try bilat("check")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("warnings: 2 (1 accepted)\n"))
        #expect(run.stdout.contains("  [accepted] lookalike-measures:officers-trained-todayaz+units-trained-shunculture"))
        #expect(run.stdout.contains("    at Datasets/azerbaijan-pakistan/statuses.csv:2"))
        #expect(run.stdout.contains("accepted because: Two different measures by design"))
    }

    @Test func strictFailsOnlyOnUnacceptedErrors() throws {
        #expect(try bilat("check", "--strict").status == 0, "warnings alone pass")
        let figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
        let row = "turnover-2021-other,trade_turnover,AZE,PAK,both,,2021,,$15.2 million,,,shunculture-2024-role,,\n"
        try (try String(contentsOfFile: figures, encoding: .utf8) + row).write(toFile: figures, atomically: false, encoding: .utf8)
        let run = try bilat("check", "--strict", "--format", "json")
        #expect(run.status == 1)
        #expect(run.stderr.contains("1 error finding not accepted"))
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let conflict = try #require(findings.first { $0["kind"] as? String == "conflict" })
        #expect(conflict["sources"] as? [String] == ["shunculture-2024-role", "todayaz-2022-30years"])
        #expect((conflict["rows"] as? [String])?.contains("Datasets/azerbaijan-pakistan/figures.csv:18") == true)
    }
}

/// `bilat export` and `bilat chart` through the real binary.
@Suite struct OutputCommandTests {
    let folder = TemporaryFolder("outputs")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
    }

    func bilat(_ arguments: String...) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }

    @Test func exportWritesFourFilesOnceAndInTheChosenFlavour() throws {
        let run = try bilat("export", "--out", "csv", "--flavour", "plain")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote     csv/figures.csv\nwrote     csv/growth.csv\nwrote     csv/events.csv\nwrote     csv/sources.csv\nwrote     csv/findings.csv\nwrote     csv/mirror.csv\n")
        #expect(try folder.read("csv/figures.csv").hasPrefix("dataset,relationship,id,indicator"))
        let again = try bilat("export", "--out", "csv", "--flavour", "plain")
        #expect(again.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged ") })
        _ = try bilat("export", "--out", "csv")
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder.file("csv/figures.csv"))).prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func exportRejectsAnUnknownFlavour() throws {
        let run = try bilat("export", "--flavour", "numbers")
        #expect(run.status == 64)
        #expect(run.stderr.contains("numbers"))
    }

    @Test func chartWritesOneSVG() throws {
        let run = try bilat("chart", "trade_turnover", "--out", "t.svg")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote     t.svg\n")
        #expect(try folder.read("t.svg").contains("<title id=\"title\">Trade turnover, Azerbaijan–Pakistan</title>"))
        let byDefault = try bilat("chart", "events")
        #expect(byDefault.stdout == "wrote     Output/aze-pak/charts/events.svg\n")
    }

    @Test func chartNamesTheChartsThereAre() throws {
        let run = try bilat("chart", "gdp")
        #expect(run.status == 1)
        #expect(run.stderr.contains("no chart for 'gdp'; accepted: events, money-usd, personnel_trained, trade_turnover"))
    }
}

/// `bilat build` rebuilds exactly the outputs whose inputs changed, says why, and `--check` catches the rest.
@Suite struct IncrementalBuildTests {
    let folder = TemporaryFolder("incremental")
    var figures: String { folder.file("Datasets/azerbaijan-pakistan/figures.csv") }

    init() throws {
        try Repository.copyBundledProject(into: folder)
        let first = try BilatBinary.run(["build"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
    }

    func build(_ extra: String...) throws -> BinaryRun { try BilatBinary.run(["build"] + extra, in: folder.path) }

    /// Output path → reason, from the "rebuilt" lines.
    func rebuilt(_ run: BinaryRun) -> [String: String] {
        var out: [String: String] = [:]
        for line in run.stdout.split(separator: "\n") where line.contains("rebuilt Output/") {
            let rest = line.components(separatedBy: "rebuilt Output/")[1]
            let parts = rest.components(separatedBy: ": ")
            out[parts[0]] = parts.dropFirst().joined(separator: ": ")
        }
        return out
    }

    func append(_ row: String) throws {
        try (try String(contentsOfFile: figures, encoding: .utf8) + row + "\n").write(toFile: figures, atomically: false, encoding: .utf8)
    }

    func replace(_ old: String, with new: String) throws {
        let text = try String(contentsOfFile: figures, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: figures, atomically: false, encoding: .utf8)
    }

    @Test func aFreshBuildMakesEveryOutputAndASecondRebuildsNothing() throws {
        for path in ["index.html", "manifest.json", "aze-pak/reports/overview.html", "aze-pak/reports/2018.html", "aze-pak/reports/2021.html", "aze-pak/reports/2022.html",
                     "csv/figures.csv", "aze-pak/charts/trade_turnover.svg"] {
            #expect(FileManager.default.fileExists(atPath: folder.file("Output/" + path)), "\(path)")
        }
        let again = try build()
        #expect(rebuilt(again).isEmpty)
        #expect(again.stdout.contains("nothing to rebuild: all 30 outputs are up to date"))
        #expect(!again.stdout.contains("\r"), "no progress bar when output is not a terminal")
        let check = try build("--check")
        #expect(check.status == 0)
        #expect(check.stdout.contains("Output/ is up to date"))
    }

    /// A build with nothing changed prints what the full build printed, and any change since takes the full path.
    @Test func aBuildWithNothingChangedSaysWhatTheLastOneSaid() throws {
        let full = try build("--force")
        let again = try build()
        let lines = { (run: BinaryRun) in run.stdout.split(separator: "\n").filter { !$0.contains("rebuilt") && !$0.contains("nothing to rebuild") } }
        #expect(lines(again) == lines(full))
        #expect(again.stdout.contains("nothing to rebuild: all 30 outputs are up to date"))
        // Same size, new content: the modification time gives it away.
        let report = folder.file("Output/aze-pak/reports/2021.html")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        try String(text.reversed()).write(toFile: report, atomically: false, encoding: .utf8)
        #expect(rebuilt(try build()) == ["aze-pak/reports/2021.html": "file edited by hand"])
        let notebook = folder.file("Notebooks/overview.md")
        try (try String(contentsOfFile: notebook, encoding: .utf8) + "\nOne more line.\n").write(toFile: notebook, atomically: false, encoding: .utf8)
        #expect(rebuilt(try build())["aze-pak/reports/overview.html"] == "notebook changed (1 changed)")
        #expect(try build("--check").status == 0)
    }

    @Test func strictFailsOnAnUnchangedBuildToo() throws {
        try append("turnover-2021-other,trade_turnover,AZE,PAK,both,,2021,,$19 million,,,shunculture-2024-role,,")
        #expect(try build().status == 0)
        let strict = try build("--strict")
        #expect(strict.stdout.contains("nothing to rebuild"))
        #expect(strict.status == 1, "\(strict.stdout)")
        #expect(strict.stderr.contains("not accepted (--strict)"))
    }

    @Test func addingA2023FigureRebuildsOnlyWhatIncludes2023() throws {
        try append("vaccine-2023,medical_aid,AZE,PAK,to_partner,plague vaccine,2023,,\"5,000 ampoules\",,,shunculture-2024-role,,")
        let run = try build()
        // 2022 and 2024 link to the years before and after them, now 2023.
        #expect(Set(rebuilt(run).keys) == ["csv/figures.csv", "csv/growth.csv", "aze-pak/charts/medical_aid.svg", "aze-pak/reports/2023.html",
                                           "aze-pak/reports/2022.html", "aze-pak/reports/2024.html", "aze-pak/reports/overview.html", "index.html"])
        #expect(rebuilt(run)["csv/figures.csv"] == "figures changed (1 added)")
        #expect(rebuilt(run)["aze-pak/reports/2023.html"] == "new output")
        #expect(rebuilt(run)["aze-pak/reports/2022.html"]?.hasPrefix("links changed") == true, "\(rebuilt(run))")
    }

    @Test func changingAFigureRebuildsItsYearItsChartsAndWhatEmbedsThem() throws {
        try replace("$11.7 million", with: "$11.8 million")
        let changed = rebuilt(try build())
        #expect(changed["aze-pak/reports/2021.html"]?.contains("figures changed (1 changed)") == true)
        #expect(changed["aze-pak/charts/trade_turnover.svg"] == "figures changed (1 changed)")
        #expect(changed["aze-pak/reports/1991.html"] == nil, "a year without the series is untouched")
        #expect(changed["csv/events.csv"] == nil && changed["aze-pak/charts/events.svg"] == nil)
    }

    @Test func deletingAFigureRebuildsItsYear() throws {
        try replace("aid-earthquake-2005-shunculture,aid,AZE,PAK,to_partner,earthquake relief,2005,,one and a half million dollars,,,shunculture-2024-role,,\n", with: "")
        let changed = rebuilt(try build())
        #expect(changed["aze-pak/reports/2005.html"]?.contains("figures changed (1 removed)") == true)
        #expect(changed["csv/figures.csv"] == "figures changed (1 removed)")
    }

    @Test func editingANotebookRebuildsItsReportsOnly() throws {
        let notebook = folder.file("Notebooks/yearly-report.md")
        try (try String(contentsOfFile: notebook, encoding: .utf8) + "\nA closing line.\n").write(toFile: notebook, atomically: false, encoding: .utf8)
        let changed = rebuilt(try build())
        #expect(changed["aze-pak/reports/2021.html"] == "notebook changed (1 changed)")
        #expect(changed.keys.allSatisfy { $0.hasPrefix("aze-pak/reports/") && $0 != "aze-pak/reports/overview.html" })
        #expect(changed.count == 18)
    }

    @Test func deletedAndHandEditedOutputsAreRebuiltAndCheckSeesThem() throws {
        try FileManager.default.removeItem(atPath: folder.file("Output/aze-pak/reports/2019.html"))
        try "edited".write(toFile: folder.file("Output/csv/events.csv"), atomically: false, encoding: .utf8)
        let check = try build("--check")
        #expect(check.status == 1)
        #expect(check.stdout.split(separator: "\n").map(String.init) == ["stale: csv/events.csv", "missing: aze-pak/reports/2019.html"])
        #expect(check.stderr.contains("Output/ is not what a build would make (2 problems)"))
        let run = try build()
        #expect(rebuilt(run) == ["csv/events.csv": "file edited by hand", "aze-pak/reports/2019.html": "file missing"])
        #expect(try build("--check").status == 0)
    }

    /// bilat removes what an earlier build recorded as its own and no longer makes, and nothing else.
    @Test func aBuildRemovesOnlyFilesItRecorded() throws {
        let notes = ["Output/aze-pak/reports/stray.html", "Output/reports/2021.html", "Output/notes.txt", "Output/csv/mine.csv"]
        for path in notes {
            try FileManager.default.createDirectory(atPath: (folder.file(path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "mine".write(toFile: folder.file(path), atomically: false, encoding: .utf8)
        }
        try "---\ntitle: Deals\n---\n```bilat summary\n```\n".write(toFile: folder.file("Notebooks/deals.md"), atomically: false, encoding: .utf8)
        #expect(try build().status == 0)
        #expect(try build("--check").status == 0, "files bilat never wrote are not its business")
        try FileManager.default.removeItem(atPath: folder.file("Notebooks/deals.md"))
        let check = try build("--check")
        #expect(check.stdout.contains("unexpected: aze-pak/reports/deals.html"))
        let run = try build()
        #expect(run.stdout.contains("removed Output/aze-pak/reports/deals.html: no longer made by this build"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/aze-pak/reports/deals.html")))
        for path in notes { #expect(try folder.read(path) == "mine", "\(path)") }
        #expect(try build("--check").status == 0)
    }

    @Test func forceRebuildsEverything() throws {
        let changed = rebuilt(try build("--force"))
        #expect(changed.count == 30)
        #expect(changed.values.allSatisfy { $0 == "forced" })
        #expect(try build("--check", "--force").status == 64)
    }

    @Test func reportsSayWhatTheIssueAsks() throws {
        let r2022 = try folder.read("Output/aze-pak/reports/2022.html")
        #expect(r2022.contains("JF-17 Thunder fighters") && r2022.contains("$1.6\u{00A0}billion"))
        #expect(r2022.contains("flood relief") && r2022.contains("$2\u{00A0}million"))
        #expect(r2022.contains("Azerbaijan-Armenia Conflict: Pakistan&#39;s Involvement And Role"))
        #expect(r2022.contains("Azerbaijan-Pakistan ties: 30 years on the path of strategic partnership"))
        let r2021 = try folder.read("Output/aze-pak/reports/2021.html")
        #expect(r2021.contains("$11.7\u{00A0}million") && r2021.contains("+12.4% a year"))
        let r2018 = try folder.read("Output/aze-pak/reports/2018.html")
        #expect(r2018.contains("There is no full-year 2018 figure for trade turnover: only Jan–Sep 2018 is reported"))
        #expect(r2018.contains("never compared with a full year"))
        let index = try folder.read("Output/index.html")
        #expect(index.contains("<a href=\"aze-pak/reports/2018.html\">2018</a>"))
        #expect(index.contains("Azerbaijan–Pakistan: the relationship across time"))
        for page in [r2022, r2021, r2018, index] {
            let outside = ReportPages.withoutChartImages(page).replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(!outside.contains("<script") && !outside.contains("http") && !outside.contains(" src="),
                    "no scripts, and nothing loaded but the relationship's own chart files")
        }
        #expect(r2021.contains("<img src=\"../charts/trade_turnover.svg\" alt=\"Trade turnover, Azerbaijan–Pakistan\">"))
        #expect(FileManager.default.fileExists(atPath: folder.file("Output/aze-pak/charts/trade_turnover.svg")))
    }

    @Test func reportCommandRendersMarkdownAndHTML() throws {
        let md = try BilatBinary.run(["report", "--year", "2018"], in: folder.path)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# Azerbaijan–Pakistan in 2018\n"))
        #expect(md.stdout.contains("![Trade turnover, Azerbaijan–Pakistan](Output/aze-pak/charts/trade_turnover.svg)"))
        let html = try BilatBinary.run(["report", "--year", "2018", "--format", "html", "--out", "r.html"], in: folder.path)
        #expect(html.stdout == "wrote     r.html\n")
        #expect(try folder.read("r.html").hasPrefix("<!DOCTYPE html>"))
        let missing = try BilatBinary.run(["report", "--notebook", "Notebooks/nope.md"], in: folder.path)
        #expect(missing.status == 64)
    }

    @Test func aBadNotebookIsALocatedError() throws {
        try "```bilat pie\n```\n".write(toFile: folder.file("Notebooks/mine.md"), atomically: false, encoding: .utf8)
        let run = try build()
        #expect(run.status == 1)
        #expect(run.stderr.contains("Notebooks/mine.md:1:10: error: unknown cell kind 'pie'; accepted: ```bilat summary"))
    }

    @Test func aUsersOwnNotebookIsRendered() throws {
        try "---\ntitle: Deals\n---\n```bilat figures indicator=defence_deal_value\n```\n".write(toFile: folder.file("Notebooks/deals.md"), atomically: false, encoding: .utf8)
        let changed = rebuilt(try build())
        #expect(changed["aze-pak/reports/deals.html"] == "new output")
        #expect(try folder.read("Output/aze-pak/reports/deals.html").contains("JF-17 Thunder fighters"))
    }
}

/// Hostile text in every field stays text in the reports.
@Suite struct HostileReportTests {
    @Test func reportsEscapeEverything() throws {
        let folder = TemporaryFolder("hostile-reports")
        try Repository.copy(Repository.root + "/Tests/Fixtures/hostile", to: folder.file("Datasets/hostile"))
        try Repository.copy(Repository.root + "/Notebooks", to: folder.file("Notebooks"))
        let run = try BilatBinary.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["aze-pak/reports/2021.html", "aze-pak/reports/2022.html", "aze-pak/reports/overview.html", "index.html"] {
            let page = ReportPages.withoutChartImages(try folder.read("Output/" + name))
            #expect(!page.contains("<script"), "\(name)")
            #expect(!page.contains("<img"), "\(name)")
            #expect(!page.contains("<b>bold"), "\(name)")
            #expect(!page.contains("href=\"javascript:"), "\(name)")
        }
        let report = try folder.read("Output/aze-pak/reports/2021.html")
        #expect(report.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(report.contains("&lt;img src=x onerror=alert(1)&gt;"))
        let md = try BilatBinary.run(["report", "--year", "2021"], in: folder.path).stdout
        // `<` is what opens a tag; a `>` inside a line is only text.
        #expect(md.contains("&lt;script>") && !md.contains("<script"))
        #expect(md.contains("\\<img") == false && md.contains("&lt;img"))
    }
}

/// What report pages are checked for, without the chart images a build links (`../charts/NAME.svg`).
enum ReportPages {
    static func withoutChartImages(_ page: String) -> String {
        page.replacingOccurrences(of: #"<img src="\.\./charts/[^"/<>]+\.svg" alt="[^"<>]*">"#, with: "", options: .regularExpression)
    }
}
