import ArgumentParser
import Bilat
import BilatCore
import BilatRender

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks across figures and sources: conflicts, mismatched measures, status disagreements.",
        discussion: """
            Finds: a stated change that the stored values contradict beyond rounding (stated-change-mismatch); \
            the same measure and period reported differently by two sources (conflict); measures that look \
            alike but differ in unit or window (lookalike-measures); sources that disagree on a deal's stage \
            (status-disagreement, from statuses.csv); a part larger than its total (part-exceeds-total); a \
            figure for a period that starts after its source was published (dated-after-source). Periods that \
            end before they start are refused at ingest.

            A finding an analyst has reviewed can be accepted in the dataset's accepted.csv (columns \
            finding,reason, with the finding id printed here). Accepted findings are still shown, marked accepted.

            Exit code: 0, or with --strict 1 when any error is not accepted.

            Examples:
              bilat check
              bilat check --strict
              bilat check --format json
            """)

    @OptionGroup var output: FormatOptions

    @Flag(help: "Exit 1 when any finding of severity error is not accepted.")
    var strict = false

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func run() throws {
        let findings: [Finding]
        do {
            findings = try AnalysisStage.run(folders: try DatasetFolders.discover(in: datasets), store: store.database).outcome.findings
        } catch {
            throw fail(with: error)
        }
        emit(try FindingsOutput.render(findings, as: output.format))
        let open = findings.filter { $0.severity == .error && !$0.isAccepted }
        if strict && !open.isEmpty {
            printError("\(open.count) error finding\(open.count == 1 ? "" : "s") not accepted")
            throw ExitCode.failure
        }
    }
}
