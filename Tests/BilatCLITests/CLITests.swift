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
        #expect("\(objects[0]["value"]!)" == "11700000")
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
            "Datasets/mini/figures.csv:7:33: error: period '2020-13' names month 13, which does not exist; accepted: " + errors[1].components(separatedBy: "accepted: ")[1],
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
        #expect(rows[0].hasPrefix("dataset,id,indicator,reporter,partner,direction"))
    }

    @Test func figuresWithoutADatabaseExplainsWhatToDo() throws {
        let run = try bilat("figures")
        #expect(run.status == 64)
        #expect(run.stderr.contains("no database at Output/bilat.sqlite; run `bilat build`"))
    }

    @Test func figuresRejectsAnUnknownIndicator() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"))
        _ = try bilat("ingest")
        let run = try bilat("figures", "--indicator", "gdp")
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown indicator 'gdp'; accepted: personnel_trained, trade_turnover"))
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

    @Test(arguments: ["build", "ingest", "figures", "growth", "check", "export", "chart", "normalise"])
    func everySubcommandTeachesWithAnExample(command: String) throws {
        let run = try bilat(command, "--help")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example"))
        #expect(run.stdout.contains("bilat \(command)"))
    }

    @Test func everySubcommandIsInTheREADME() throws {
        let help = try bilat("--help").stdout
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // Subcommand lines are indented two spaces; wrapped descriptions are indented further.
        let commands = section.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLetter == true && !$0.contains("See '") }
            .map { String($0.dropFirst(2).prefix { $0.isLetter }) }
        #expect(Set(commands) == ["build", "ingest", "figures", "growth", "check", "export", "chart", "normalise"])
        for command in commands {
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
        #expect(first.stdout.contains("azerbaijan-pakistan: 5 sources, 16 figures, 24 events, 11 indicators"))
        #expect(first.stdout.contains("trade_turnover        5 figures, 2017–2021"))
        #expect(first.stdout.contains("wrote     Output/csv/figures.csv"))
        #expect(first.stdout.contains("wrote     Output/charts/trade_turnover.svg"))
        let second = try BilatBinary.run(["build"], in: folder.path)
        #expect(second.stdout.contains("no changes; Output/bilat.sqlite left as it was"))
        #expect(!second.stdout.contains("wrote "), "an unchanged build rewrites no file")
        #expect(second.stdout.contains("unchanged Output/charts/events.svg"))
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

    @Test func figuresJSONShowsTheIssuesExamples() throws {
        _ = try BilatBinary.run(["build"], in: folder.path)
        let run = try BilatBinary.run(["figures", "--format", "json"], in: folder.path)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 16)
        let byID = Dictionary(uniqueKeysWithValues: objects.map { ($0["id"] as! String, $0) })
        #expect("\(byID["turnover-2021-todayaz"]!["value"]!)" == "11700000")
        #expect("\(byID["jf17-deal-2022-02-shunculture"]!["value"]!)" == "1600000000")
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
        #expect(run.stdout == "wrote     csv/figures.csv\nwrote     csv/growth.csv\nwrote     csv/events.csv\nwrote     csv/sources.csv\n")
        #expect(try folder.read("csv/figures.csv").hasPrefix("dataset,id,indicator"))
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
        #expect(byDefault.stdout == "wrote     Output/charts/events.svg\n")
    }

    @Test func chartNamesTheChartsThereAre() throws {
        let run = try bilat("chart", "gdp")
        #expect(run.status == 1)
        #expect(run.stderr.contains("no chart for 'gdp'; accepted: events, money-usd, personnel_trained, trade_turnover"))
    }
}
