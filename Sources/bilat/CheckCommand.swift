import ArgumentParser
import Bilat
import BilatCore
import BilatRender
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks across figures and sources: conflicts, mismatched measures, status disagreements.",
        discussion: """
            Finds: a stated change that the stored values contradict beyond rounding (stated-change-mismatch); \
            the same measure and period reported differently by two sources (conflict); measures that look \
            alike but differ in unit or window (lookalike-measures); sources that disagree on a deal's stage \
            (status-disagreement, from statuses.csv); a part larger than its total (part-exceeds-total); a \
            figure for a period that starts after its source was published (dated-after-source); a news figure \
            beyond its rounding from official statistics for the same flow and period (news-against-statistics: \
            a note within 5 %, else a warning); a news deal value with no deal in an imported SIPRI register \
            (news-deal-not-in-sipri). Periods that end before they start are refused at ingest.

            Official statistics are figures whose source's publisher is UN Comtrade, IMF, SIPRI or a national \
            statistics office (the README lists them); every other source is news. Try it on the fixture:
              bilat check --datasets Tests/Fixtures/news-statistics

            A finding an analyst has reviewed can be accepted in the dataset's accepted.csv (columns \
            finding,reason, with the finding id printed here). Accepted findings are still shown, marked accepted.

            Exit code: 0, or with --strict 1 when any error is not accepted.

            Examples:
              bilat check
              bilat check --strict
              bilat check --format json
              bilat check --relationship AZE-PAK

            Checks look across every dataset and source that reports on a relationship. Each finding names its \
            relationship (and, in CSV and JSON, the datasets of its rows).
            """)

    @OptionGroup var output: FormatOptions

    @Flag(help: "Exit 1 when any finding of severity error is not accepted.")
    var strict = false

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let outcome: AnalysisStage.Outcome
        do {
            outcome = try scope.analyse(store: store.database, parts: .findings)
        } catch {
            throw fail(with: error)
        }
        let findings = outcome.findings
        let contexts = outcome.findingContexts()
        // Written piece by piece as it is made, never as one text: at a million figures it was 445 MB as one.
        try FindingsWriter.write(findings, as: output.format, context: { contexts[$0.id] ?? .init() }) { piece in
            if !piece.isEmpty { FileHandle.standardOutput.write(Data(piece)) }
        }
        LeftToTheProcessEnd.leave(outcome)
        let open = findings.filter { $0.severity == .error && !$0.isAccepted }
        if strict && !open.isEmpty {
            printError("\(open.count) error finding\(open.count == 1 ? "" : "s") not accepted")
            throw ExitCode.failure
        }
    }
}
