import ArgumentParser
import Bilat
import BilatCore
import BilatRender
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose figure rows from news articles, each with the sentence that justifies it.",
        discussion: """
            Reads plain-text or Markdown articles (UTF-8; a BOM and CRLF are fine) and proposes the rows an \
            analyst would type into figures.csv: indicator, reporter, partner, direction, period, the figure \
            exactly as written, its unit, status and source, plus for review the sentence, where it is \
            (line, column, character offsets), a confidence, and the cue words that decided the indicator.

            Relative periods ("last year", "last March", "the past decade", "recently") are resolved against \
            --published, or the source's published date in --dataset. Fiscal labels ("FY2020-21", "2020/21") are \
            read in the fiscal year the --dataset's parties.csv declares (fiscal_year_start). Stated changes ("up 12.5% on the same \
            months a year earlier") get the period they compare against. Ordinals, dates, durations, prices, \
            goals and page furniture are dropped; --show-dropped lists every number dropped and the rule that \
            dropped it.

            The vocabulary is data: cue words per indicator, count nouns, exclusion phrases (cues.csv) and \
            country names (countries.csv), built into bilat. Rows of a project's Datasets/extraction/cues.csv \
            and countries.csv (or of --vocabulary DIR) are added to the built-in ones. Nothing is downloaded.

            With --dataset, candidates the dataset already has (same indicator, subject, period, value and \
            source) are marked known. --append adds the other candidates to the dataset's figures.csv, only \
            if the whole dataset still validates; on any error the file is left as it was.

            Examples:
              bilat extract article.txt --published 2022-10-04
              bilat extract article.txt --published 2022-10-04 --format csv > rows.csv
              bilat extract article.md --source SOURCE_ID --dataset Datasets/NAME
              bilat extract article.txt --source SOURCE_ID --dataset Datasets/NAME --append
              bilat extract article.txt --published 2022-10-04 --show-dropped
            """)

    @Argument(help: ArgumentHelp("Article files (.txt or .md).", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("The source id every row names (default: the file name without extension).", valueName: "id"))
    var source: String?

    @Option(help: ArgumentHelp("When the article was published: relative periods count back from it.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("A dataset folder: mark known figures, take the source's date and the two parties.", valueName: "dir"))
    var dataset: String?

    @Option(help: ArgumentHelp("A folder whose cues.csv and countries.csv add to the built-in vocabulary (default: Datasets/extraction when there is one).", valueName: "dir"))
    var vocabulary: String?

    @Option(help: ArgumentHelp("The reporting party (ISO alpha-3); default: from --dataset or the article.", valueName: "code"))
    var reporter: String?

    @Option(help: ArgumentHelp("The partner party (ISO alpha-3).", valueName: "code"))
    var partner: String?

    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(help: "Append the candidates that are not known to the dataset's figures.csv (needs --dataset).")
    var append = false

    @Flag(name: .customLong("show-dropped"), help: "List on standard error every number dropped, and why.")
    var showDropped = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one article, e.g. bilat extract article.txt --published 2022-10-04") }
        if append && dataset == nil { throw ValidationError("--append needs --dataset, the dataset whose figures.csv gets the rows") }
        for code in [reporter, partner].compactMap({ $0 }) where !(code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }) {
            throw ValidationError("'\(code)' is not an ISO 3166-1 alpha-3 code such as AZE or PAK")
        }
        if (reporter == nil) != (partner == nil) { throw ValidationError("give both --reporter and --partner, or neither") }
    }

    func run() throws {
        do {
            let outcome = try ExtractStage.run(.init(files: files, sourceID: source, published: published, dataset: dataset,
                                                     vocabulary: vocabulary, reporter: reporter, partner: partner, append: append))
            let text = try ExtractOutput.render(outcome.rows, as: output.format)
            if let out { try OutputFiles.write(text, to: out) } else { emit(text) }
            if showDropped {
                for d in outcome.dropped {
                    let detail = d.number.detail.isEmpty ? "" : " (\(d.number.detail))"
                    printError("\(d.path):\(d.line):\(d.column): note: dropped '\(d.number.text)': \(d.number.reason.rawValue)\(detail)")
                }
            }
            for row in outcome.skipped {
                printError("\(row.article):\(row.line):\(row.column): note: not appended: '\(row.candidate.asReported)' is a second \(row.candidate.indicator) figure for \(row.cells["period"] ?? "") from this source; add it by hand with its own subject if it is a different measure")
            }
            if let target = outcome.appendedTo {
                printError("appended \(outcome.appendedCount) row\(outcome.appendedCount == 1 ? "" : "s") to \(target)")
            }
        } catch {
            throw fail(with: error)
        }
    }
}
