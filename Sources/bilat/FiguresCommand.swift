import ArgumentParser
import Bilat
import BilatRender
import BilatStore
import Foundation

extension OutputFormat: ExpressibleByArgument {}

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored figures: the normalised value beside the text as reported, and the source.",
        discussion: """
            In the value column, ≥ marks a lower bound ("over a hundred"), ≤ an upper bound, ~ an approximate \
            figure; stated changes are signed percentages. Values are exact decimals.

            Examples:
              bilat figures
              bilat figures --indicator trade_turnover --format csv > turnover.csv
              bilat figures --format json
            """)

    @Option(help: ArgumentHelp("Only figures of this indicator, e.g. trade_turnover.", valueName: "id"))
    var indicator: String?

    @OptionGroup var output: FormatOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        try store.requireStore()
        do {
            let db = try Store(path: store.database, access: .readOnly)
            let figures = try db.figures(FigureFilter(indicator: indicator))
            if let indicator, figures.isEmpty, !(try db.indicatorIDs()).contains(indicator) {
                printError("error: unknown indicator '\(indicator)'; accepted: \(try db.indicatorIDs().joined(separator: ", "))")
                throw ExitCode.failure
            }
            emit(try FigureListingOutput.render(figures, as: output.format))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(with: error)
        }
    }
}
