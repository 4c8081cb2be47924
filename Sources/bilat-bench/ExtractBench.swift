import ArgumentParser
import Bilat
import BilatCore
import Foundation

/// `bilat-bench extract`: extractor throughput over a large generated corpus of news-like articles.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure bilat extract's throughput (characters/s) over a generated corpus; --compare adds quantulum3.",
        discussion: """
            Generates a deterministic corpus of articles in the forms the extractor reads (figures, periods, \
            changes, parts of totals) and the distractors it drops (ordinals, dates, prices, page furniture), \
            then runs the extractor over it in process. Prints the median of --runs runs.

            Examples:
              swift run -c release bilat-bench extract --megabytes 20
              swift run -c release bilat-bench extract --megabytes 5 --compare
              swift run -c release bilat-bench extract --megabytes 1 --strict
              swift run -c release bilat-bench extract --megabytes 2 --dump /tmp/rows.txt     # before a change
              swift run -c release bilat-bench extract --megabytes 2 --verify /tmp/rows.txt   # after it: same output?
            """)

    @Option(help: "Corpus size in megabytes of text.") var megabytes: Int = 20
    @Option(help: "Repetitions; the median is printed.") var runs: Int = 3
    @Option(help: "The vocabulary folder.") var vocabulary: String = ExtractionVocabularyFiles.defaultFolder
    @Option(help: "Characters of the corpus quantulum3 is timed on (it is about 100× slower).") var compareCharacters: Int = 200_000
    @Flag(help: "Also time quantulum3 on a slice of the same corpus, when Python has it.") var compare = false
    @Flag(help: "Also print the strict precision and recall of both halves of the strict development set.") var strict = false
    @Option(help: "The strict development set (parties.csv, tuning/, test/).") var strictSet: String = "Tests/Fixtures/extract-strict"
    @Option(help: "The old development set (articles.csv, articles/), for --dump and --verify.") var devSet: String = "Tests/Fixtures/extract"
    @Option(help: "Write every candidate and dropped number of the corpus and both development sets to this file.") var dump: String?
    @Option(help: "Check the candidates and dropped numbers are those of a file --dump wrote (with the same --megabytes); fail on the first difference.") var verify: String?

    func run() throws {
        let vocabularyValue = try ExtractionVocabularyFiles.load(vocabulary)
        let extractor = Extractor(vocabulary: vocabularyValue)
        let articles = ExtractCorpus.articles(bytes: megabytes * 1_000_000, seed: 7)
        let characters = articles.reduce(0) { $0 + $1.count }
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        let settings = ExtractionSettings(sourceID: "bench", published: try? PeriodReader.parse("2022-10-04"), reporter: "AZE", partner: "PAK")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; runs: \(runs) (medians)")
        print("corpus: \(articles.count) articles, \(characters) characters, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
        if dump != nil || verify != nil {
            let lines = try ExtractDump.lines(extractor: extractor, corpus: articles, settings: settings, strictSet: strictSet, devSet: devSet)
            if let dump {
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dump))
                print("dump: \(lines.count) lines written to \(dump)")
            }
            if let verify {
                let saved = try String(contentsOfFile: verify, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
                if let difference = ExtractDump.firstDifference(lines, saved: saved) {
                    throw ExtractDump.DumpError(description: "verify: the output differs from \(verify) at \(difference)")
                }
                print("verify: all \(lines.count) lines are the same as \(verify)")
            }
        }
        var candidates = 0
        var cpuSamples: [Double] = []
        let seconds = Measure.time(runs: runs) {
            candidates = 0
            let cpuBefore = Self.processCPUSeconds()
            for text in articles {
                candidates += extractor.extract(ArticleText(text), settings: settings).candidates.count
            }
            cpuSamples.append(Self.processCPUSeconds() - cpuBefore)
        }
        let rate = Double(characters) / seconds
        let cpu = Measure.median(cpuSamples)
        print(row("bilat extract", String(format: "%.2f MB/s", Double(bytes) / seconds / 1e6),
                  String(format: "%.0f characters/s, %.2f s, %d candidates", rate, seconds, candidates)))
        // On a shared machine the wall time follows the load; the CPU time of the same runs follows it much less.
        print(row("bilat extract, per CPU second", String(format: "%.2f MB/s", Double(bytes) / max(cpu, 0.001) / 1e6),
                  String(format: "%.2f CPU s a run (median)", cpu)))

        if strict {
            for half in StrictExtractionScoring.halves {
                let score = try StrictExtractionScoring.score(strictSet, half: half, extractor: extractor).score
                print(row("strict set, \(half) half", String(format: "P %.3f R %.3f", score.precision, score.recall),
                          "\(score.correct) of \(score.proposed) proposed right, \(score.correct) of \(score.expected) expected found; failed: \(score.breakdownText)"))
            }
        }

        guard compare else { return }
        guard let python = Measure.which("python3"), (try? Measure.child(python, ["-c", "import quantulum3"]).status) == 0 else {
            print(row("quantulum3", "not installed", "pip install quantulum3"))
            return
        }
        var slice = ""
        for text in articles where slice.count < compareCharacters { slice += text + "\n\n" }
        let path = NSTemporaryDirectory() + "/bilat-bench-quantulum-\(getpid()).txt"
        try Data(slice.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import sys, time
            from quantulum3 import parser
            text = open(sys.argv[1], encoding='utf-8').read()
            paragraphs = text.split('\\n\\n')
            start = time.perf_counter(); n = 0
            for p in paragraphs: n += len(parser.parse(p))
            print(len(text), time.perf_counter() - start, n)
            """
        let result = try Measure.child(python, ["-c", script, path])
        let parts = result.output.split(whereSeparator: \.isWhitespace).suffix(3).compactMap { Double($0) }
        guard result.status == 0, parts.count == 3 else {
            print(row("quantulum3", "failed", result.output.split(separator: "\n").last.map(String.init) ?? ""))
            return
        }
        let theirs = parts[0] / parts[1]
        print(row("quantulum3 parser.parse", String(format: "%.0f characters/s", theirs),
                  String(format: "%.0f characters in %.2f s, %.0f quantities; bilat extract = %.0f× faster", parts[0], parts[1], parts[2], rate / theirs)))
    }

    /// User and system CPU seconds this process has used so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func row(_ name: String, _ value: String, _ note: String) -> String {
        name.padding(toLength: 46, withPad: " ", startingAt: 0) + value.padding(toLength: 22, withPad: " ", startingAt: 0) + note
    }
}

/// A deterministic corpus of short news-like articles: the same seed gives the same text.
enum ExtractCorpus {
    static let figures = [
        "Trade between Azerbaijan and Pakistan reached $%M million in %Y, up %P%% on %Y0.",
        "In the first half of %Y, turnover came to US$ %M mn, of which $%S million were Azerbaijani exports to Pakistan.",
        "Pakistani exports to Azerbaijan rose to about $%M million last year, officials said.",
        "Over the past decade Pakistan has trained more than %N Azerbaijani cadets.",
        "Azerbaijan allocated USD %S million in humanitarian assistance to Pakistan on %D.",
        "The two sides signed %W agreements on Tuesday, including a memorandum on customs data.",
        "Between January and June, bilateral trade was %P%% higher than in the same months a year earlier.",
        "Imports from Pakistan fell by a fifth from a year earlier to $%S million in %Y.",
        "The contract for %N fighters is worth around $%M million, according to the ministry.",
    ]
    static let distractors = [
        "The fifth session of the commission opened in Baku on %D.",
        "Pakistan, a country of more than %N million people, lies %N km away.",
        "He was one of the first diplomats to visit Islamabad after %Y.",
        "Subscribe for $%S.99 a month. Call +994 12 555 %N for details.",
        "The delegation of %N officials held a 90-minute meeting during a three-day visit.",
        "Both governments aim to raise trade to $%M million by 2030.",
        "Turkey's trade with Azerbaijan exceeded $%M billion in %Y.",
        "Press release No. %N/%Y was issued by the press service.",
        "Officials described the relationship as brotherly and said more work was needed on banking links and shipping routes.",
    ]

    static func articles(bytes: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let words = ["two", "three", "four", "five", "six", "seven", "nine", "twelve"]
        func fill(_ template: String) -> String {
            var out = template
            while let range = out.range(of: "%Y0") { let y = 2010 + next(12); out.replaceSubrange(range, with: String(y - 1)) }
            for (key, make) in [("%Y", { String(2010 + next(12)) }), ("%M", { "\(1 + next(90)).\(next(10))" }), ("%S", { "\(1 + next(9)).\(next(10))" }),
                                ("%P", { "\(1 + next(40)).\(next(10))" }), ("%N", { String(10 + next(900)) }), ("%W", { words[next(words.count)] }),
                                ("%D", { "\(1 + next(28)) \(months[next(12)]) 20\(10 + next(12))" })] as [(String, () -> String)] {
                while let range = out.range(of: key) { out.replaceSubrange(range, with: make()) }
            }
            return out.replacingOccurrences(of: "%%", with: "%")
        }
        var articles: [String] = []
        var total = 0
        while total < bytes {
            var article = "Azerbaijan and Pakistan: trade and ties\n\nBy a staff reporter\n\n"
            for _ in 0..<(6 + next(6)) {
                var paragraph: [String] = []
                for _ in 0..<(2 + next(3)) {
                    paragraph.append(next(3) == 0 ? fill(figures[next(figures.count)]) : fill(distractors[next(distractors.count)]))
                }
                article += paragraph.joined(separator: " ") + "\n\n"
            }
            total += article.utf8.count
            articles.append(article)
        }
        return articles
    }
}
