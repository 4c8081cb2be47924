import ArgumentParser
import Bilat
import BilatCore
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
              bilat figures --relationship AZE-PAK --dataset azerbaijan-pakistan

            CSV and JSON rows name each figure's dataset and relationship.
            """)

    @Option(help: ArgumentHelp("Only figures of this indicator, e.g. trade_turnover.", valueName: "id"))
    var indicator: String?

    @Option(help: ArgumentHelp("Only figures between these two parties, e.g. AZE-PAK (either order).", valueName: "pair"))
    var relationship: String?

    @Option(name: .customLong("dataset"), help: ArgumentHelp("Only figures of this dataset (its folder's name).", valueName: "name"))
    var dataset: String?

    @OptionGroup var output: FormatOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let relationship, Relationship(id: relationship) == nil {
            throw ValidationError("--relationship takes two party ids joined by '-', such as AZE-PAK, not '\(relationship)'")
        }
    }

    func run() throws {
        try store.requireStore()
        do {
            let db = try Store(path: store.database, access: .readOnly)
            let figures = try db.figures(FigureFilter(indicator: indicator, dataset: dataset,
                                                      relationship: relationship.flatMap(Relationship.init(id:))))
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
