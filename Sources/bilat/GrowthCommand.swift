import ArgumentParser
import Bilat
import BilatCore
import BilatRender
import Foundation

struct GrowthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "growth",
        abstract: "Growth that respects periods: each figure against its comparable earlier period.",
        discussion: """
            A figure is compared only with the same span of the calendar one or more whole years earlier: a year \
            with a year, January–September with January–September, a quarter with the same quarter, a fiscal \
            year with a fiscal year. A partial year is never compared with a full one, nor a fiscal year with a \
            calendar year; bilat says why when no comparison is possible. Periods more \
            than a year apart give a compound annual growth rate (CAGR), never one step.

            Figures implied by others (the base of a stated change, the other part of a total) are shown as \
            derived with their formula, and never preferred over a reported figure. Flags: estimated, derived, \
            partial (part of a year), bound (from "more than"/"up to" figures), approximate. Percentages are \
            shown to the precision the inputs justify; --format csv and json carry the unrounded values.

            Examples:
              bilat growth
              bilat growth --indicator trade_turnover
              bilat growth --subject officers --format json
              bilat growth --relationship AZE-PAK --dataset azerbaijan-pakistan

            Every relationship is listed unless --relationship narrows it; each series is then named with its \
            relationship. CSV and JSON rows carry dataset and relationship columns.
            """)

    @Option(help: ArgumentHelp("Only series of this indicator, e.g. trade_turnover.", valueName: "id"))
    var indicator: String?

    @Option(help: ArgumentHelp("Only series whose subject or unit contains this text (any case).", valueName: "text"))
    var subject: String?

    @OptionGroup var output: FormatOptions

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let timings = StageTimings()
            let outcome = try scope.analyse(store: store.database, parts: .growth, timings: timings)
            var rows = outcome.growth
            if let indicator {
                let known = Set(outcome.datasets.flatMap(\.indicators).map(\.id))
                guard known.contains(indicator) else {
                    printError("error: unknown indicator '\(indicator)'; accepted: \(known.sorted().joined(separator: ", "))")
                    throw ExitCode.failure
                }
                rows = rows.filter { $0.observation.key.indicator == indicator }
            }
            if let subject {
                rows = rows.filter {
                    $0.observation.key.subject.localizedCaseInsensitiveContains(subject)
                        || $0.observation.key.unit.localizedCaseInsensitiveContains(subject)
                }
            }
            // Written piece by piece as it is made, never as one text: a million rows were 3.5 GiB as one.
            var last: UInt8?
            try GrowthWriter.write(rows, as: output.format, dataset: { outcome.dataset(of: $0) }) { piece in
                guard let end = piece.last else { return }
                FileHandle.standardOutput.write(Data(piece))
                last = end
            }
            // As `emit` ends a text: with a line end unless it has one (an empty table is one blank line).
            if last != 0x0A { FileHandle.standardOutput.write(Data([0x0A])) }
            timings.mark("growth written")
            LeftToTheProcessEnd.leave(outcome)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(with: error)
        }
    }
}
