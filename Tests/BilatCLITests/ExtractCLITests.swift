import BilatTestSupport
import Foundation
import Testing

/// `bilat extract` through the real binary: CSV output, --append then ingest, errors that leave the
/// dataset untouched, and hostile input.
@Suite struct ExtractCLITests {
    let folder = TemporaryFolder("extract-cli")
    let vocabulary = Repository.root + "/Datasets/extraction"

    /// Written for this test; the bundled dataset has the 2021 turnover from this source already.
    static let article = """
        Azerbaijan-Pakistan trade climbs in first nine months

        BAKU, Oct 4 - Trade between Azerbaijan and Pakistan reached $10.4 million in January-September 2022, up 18.5% \
        on the same months a year earlier, according to customs data. Azerbaijani exports to Pakistan made up \
        $2.6 million of that.

        Last year the two countries traded goods worth $11.7 million. Over the past decade, Pakistan has trained \
        more than 150 Azerbaijani cadets, the third such programme in the region.

        Subscribe for $3.99 a month. Call +994 12 555 01 23.

        """

    func bilat(_ arguments: String...) throws -> BinaryRun {
        try BilatBinary.run(arguments, in: folder.path)
    }

    func copyDataset() throws -> String {
        let target = folder.file("Datasets/azerbaijan-pakistan")
        try FileManager.default.createDirectory(atPath: folder.file("Datasets"), withIntermediateDirectories: true)
        try Repository.copy(Repository.bundledDataset, to: target)
        return target
    }

    @Test func csvHasTheFiguresColumnsThenTheReviewColumns() throws {
        try folder.write("article.txt", Self.article)
        let run = try bilat("extract", "article.txt", "--published", "2022-10-04", "--format", "csv", "--vocabulary", vocabulary)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].hasPrefix("id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note,known,confidence,cues"))
        #expect(lines.count == 6, "\(run.stdout)")
        #expect(run.stdout.contains(",trade_turnover,AZE,PAK,both,,2022-01/2022-09,,$10.4 million,"))
        #expect(run.stdout.contains(",trade_turnover,AZE,PAK,both,,2022-01/2022-09,2021-01/2021-09,up 18.5%,"))
        #expect(run.stdout.contains(",exports,AZE,PAK,to_partner,,2022-01/2022-09,,$2.6 million,"))
        #expect(run.stdout.contains(",trade_turnover,AZE,PAK,both,,2021,,$11.7 million,"))
        #expect(run.stdout.contains(",personnel_trained,PAK,AZE,to_partner,Azerbaijani cadets,~2012-10/2022-10,,more than 150,cadets,"))
        #expect(!run.stdout.contains("3.99"), "a subscription price is not a figure")
    }

    @Test func theREADMEShowsTheRealOutput() throws {
        try folder.write("article.txt", Self.article)
        let run = try bilat("extract", "article.txt", "--published", "2022-10-04", "--vocabulary", vocabulary)
        #expect(run.status == 0)
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("$ bilat extract article.txt --published 2022-10-04\n" + run.stdout), "README's example differs from:\n\(run.stdout)")
        #expect(readme.contains(Self.article.trimmingCharacters(in: .newlines)), "README's article differs from the test's")
    }

    @Test func appendThenIngestAcceptsTheRowsAndSkipsKnownOnes() throws {
        let dataset = try copyDataset()
        try folder.write("article.txt", Self.article)
        let before = try folder.read("Datasets/azerbaijan-pakistan/figures.csv")
        let run = try bilat("extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset,
                            "--vocabulary", vocabulary, "--format", "json", "--append")
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        let known = rows.filter { $0["known"] as? Bool == true }
        #expect(known.map { $0["as_reported"] as? String } == ["$11.7 million"], "the dataset has it already")
        #expect(run.stderr.contains("appended 4 rows to"))
        let after = try folder.read("Datasets/azerbaijan-pakistan/figures.csv")
        #expect(after.hasPrefix(before))
        #expect(after.split(separator: "\n").count == before.split(separator: "\n").count + 4)

        let ingest = try bilat("ingest", dataset, "--db", folder.file("store.sqlite"))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("figures    20 added"), "\(ingest.stdout)")

        // A second run finds all of them known and appends nothing.
        let again = try bilat("extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset,
                              "--vocabulary", vocabulary, "--append")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try folder.read("Datasets/azerbaijan-pakistan/figures.csv") == after)
    }

    /// The bundled dataset declares Pakistan's fiscal year (1 July): an article's "FY2020-21" is read in it, appended
    /// with bilat's own label, and read back by ingest as the same fiscal year.
    @Test func aFiscalLabelIsReadInTheDatasetsFiscalYearAndIngests() throws {
        let dataset = try copyDataset()
        try folder.write("article.txt", "Pakistan's exports to Azerbaijan were $125 million in FY2020-21, up 25% on FY2019-20.\n")
        let run = try bilat("extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset,
                            "--vocabulary", vocabulary, "--format", "csv", "--append")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(",exports,PAK,AZE,to_partner,,FY2020-07/2021-06,,$125 million,"), "\(run.stdout)")
        #expect(run.stdout.contains(",exports,PAK,AZE,to_partner,,FY2020-07/2021-06,FY2019-07/2020-06,up 25%,"), "\(run.stdout)")
        #expect(run.stderr.contains("appended 2 rows to"))
        let ingest = try bilat("ingest", dataset, "--db", folder.file("store.sqlite"))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let figures = try bilat("figures", "--indicator", "exports", "--format", "csv", "--db", folder.file("store.sqlite"))
        #expect(figures.status == 0, "\(figures.stderr)")
        #expect(figures.stdout.contains("FY2020-07/2021-06"), "\(figures.stdout)")
    }

    /// Shares and amounts per year go through the dataset's own reader: appended, then ingested without an error.
    @Test func sharesAndYearlyLevelsAppendAndIngest() throws {
        let dataset = try copyDataset()
        try folder.write("article.txt", "Pakistani exports make up 90% of bilateral trade with Azerbaijan. "
                         + "In 2020 Azerbaijani exports accounted for 40% of total trade with Pakistan. "
                         + "Trade between Azerbaijan and Pakistan is worth $30 million a year.\n")
        let run = try bilat("extract", "article.txt", "--source", "todayaz-2022-30years", "--dataset", dataset,
                            "--vocabulary", vocabulary, "--format", "csv", "--append")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(",exports,PAK,AZE,to_partner,,2022,,90% of bilateral trade,"), "\(run.stdout)")
        #expect(run.stdout.contains(",exports,AZE,PAK,to_partner,,2020,,40% of total trade,"), "\(run.stdout)")
        #expect(run.stdout.contains(",trade_turnover,AZE,PAK,both,,2022-10-04,,$30 million a year,"), "the source's publication date: \(run.stdout)")
        #expect(run.stderr.contains("appended 3 rows to"), "\(run.stderr)")
        let ingest = try bilat("ingest", dataset, "--db", folder.file("store.sqlite"))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(!ingest.stderr.contains("error"), "\(ingest.stderr)")
    }

    @Test func anAppendThatWouldNotValidateLeavesTheFileUntouched() throws {
        let dataset = try copyDataset()
        try folder.write("article.txt", Self.article)
        let before = Repository.bytes(dataset + "/figures.csv")
        let run = try bilat("extract", "article.txt", "--source", "no-such-source", "--published", "2022-10-04",
                            "--dataset", dataset, "--vocabulary", vocabulary, "--append")
        #expect(run.status == 1)
        #expect(run.stderr.contains("figures.csv:"))
        #expect(run.stderr.contains("error: unknown source 'no-such-source'; accepted: one of"))
        #expect(run.stderr.contains("was left as it was"))
        #expect(Repository.bytes(dataset + "/figures.csv") == before)
    }

    @Test func twoCandidatesForOneFigureAppendOnlyTheFirst() throws {
        let dataset = try copyDataset()
        try folder.write("two.txt", "In 2019 trade between Azerbaijan and Pakistan was $8 million. A later estimate put 2019 turnover at $9 million.\n")
        let run = try bilat("extract", "two.txt", "--source", "todayaz-2022-30years", "--dataset", dataset, "--vocabulary", vocabulary, "--append")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("two.txt:1:101: note: not appended: '$9 million' is a second trade_turnover figure for 2019 from this source"), "\(run.stderr)")
        #expect(run.stderr.contains("appended 1 row to"))
        #expect(try bilat("ingest", dataset, "--db", folder.file("store.sqlite")).status == 0)
    }

    @Test func aBadVocabularyRowIsLocated() throws {
        try folder.write("vocab/cues.csv", "indicator,role,phrase,direction,reason\ntrade_turnover,cue,turnover,sideways,\n")
        try folder.write("vocab/countries.csv", "code,name\nAZE,Azerbaijan\n")
        try folder.write("article.txt", Self.article)
        let run = try bilat("extract", "article.txt", "--vocabulary", "vocab")
        #expect(run.status == 1)
        #expect(run.stderr.contains("vocab/cues.csv:2:29: error: direction 'sideways' is not known; accepted: empty, or both, to_partner, from_partner"), "\(run.stderr)")
    }

    @Test func misuseExitsWith64() throws {
        let none = try bilat("extract")
        #expect(none.status == 64)
        #expect(none.stderr.contains("give at least one article"))
        try folder.write("article.txt", Self.article)
        let append = try bilat("extract", "article.txt", "--append")
        #expect(append.status == 64)
        #expect(append.stderr.contains("--append needs --dataset"))
    }

    @Test func hostileFilesGiveAClearError() throws {
        try folder.write("binary.txt", bytes: [0x54, 0x72, 0x61, 0x64, 0x65, 0x0A, 0x00, 0xFF, 0x10])
        let binary = try bilat("extract", "binary.txt", "--vocabulary", vocabulary)
        #expect(binary.status == 1)
        #expect(binary.stderr.contains("binary.txt:2:1: error: binary data (a NUL byte), not an article"), "\(binary.stderr)")

        try folder.write("latin1.txt", bytes: Array("Trade reached $5 million in 2020.\nCaf".utf8) + [0xE9, 0x0A])
        let latin = try bilat("extract", "latin1.txt", "--vocabulary", vocabulary)
        #expect(latin.status == 1)
        #expect(latin.stderr.contains("latin1.txt:2:4: error: bytes that are not UTF-8"), "\(latin.stderr)")

        // 50 MB, made here rather than committed.
        let handle = try #require(FileHandle(forWritingAtPath: { _ = FileManager.default.createFile(atPath: folder.file("big.txt"), contents: nil); return folder.file("big.txt") }()))
        let block = Data(String(repeating: "Trade reached $5 million in 2020. ", count: 30_000).utf8)
        for _ in 0..<50 { handle.write(block) }
        try handle.close()
        let big = try bilat("extract", "big.txt", "--vocabulary", vocabulary)
        #expect(big.status == 1)
        #expect(big.stderr.contains("big.txt:1:1: error: big.txt is 51.0 MB; bilat extract reads articles up to 20.0 MB"), "\(big.stderr)")

        let missing = try bilat("extract", "nothing.txt", "--vocabulary", vocabulary)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.txt: no such file"))
    }

    @Test func hostileTextGivesABoundedCorrectResult() throws {
        // One line of about 1 MB, a number of 10,000 digits, nested quotes, a BOM and CRLF.
        try folder.write("line.txt", String(repeating: "Trade with Pakistan reached $5 million in 2020 and ", count: 20_000))
        let line = try bilat("extract", "line.txt", "--vocabulary", vocabulary, "--published", "2022-10-04", "--format", "csv")
        #expect(line.status == 0, "\(line.stderr)")
        #expect(line.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2, "one figure, repeated")

        let digits = "\u{FEFF}Trade between Azerbaijan and Pakistan reached $" + String(repeating: "7", count: 10_000)
            + " in 2020.\r\nHe said \"she said 'turnover was \"$3 million\" in 2019' to him\".\r\n"
        try folder.write("odd.txt", digits)
        let odd = try bilat("extract", "odd.txt", "--vocabulary", vocabulary, "--format", "json")
        #expect(odd.status == 0, "\(odd.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(odd.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["as_reported"] as? String } == ["$3 million"])
        #expect(rows.first?["line"] as? Int == 2)
    }

    @Test func showDroppedSaysWhichRuleDroppedEachNumber() throws {
        try folder.write("article.txt", Self.article)
        let run = try bilat("extract", "article.txt", "--published", "2022-10-04", "--vocabulary", vocabulary, "--show-dropped")
        #expect(run.status == 0)
        #expect(run.stderr.contains("article.txt:7:15: note: dropped '$3.99': page furniture (subscription, advert, contact line, byline)\n"), "\(run.stderr)")
        #expect(run.stderr.contains("article.txt:3:78: note: dropped 'January-September 2022': part of a date or period"))
        #expect(run.stderr.contains("article.txt:7:36: note: dropped '994': a reference, phone number"))
    }
}
