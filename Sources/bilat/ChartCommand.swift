import ArgumentParser
import Bilat

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write one SVG chart: a series over time, money side by side, counts, or the events.",
        discussion: """
            INDICATOR is an indicator id with a chart (trade_turnover, personnel_trained), `money-usd` for every \
            USD figure side by side on a logarithmic axis, or `events` for the timeline. `bilat build` writes \
            every chart under Output/charts/.

            Charts are self-contained SVG (viewBox, role="img", <title> and <desc>, system fonts, no external \
            resources) with a source line. Parts of a year are diamonds labelled with their months, estimates \
            say "est.", derived values are hollow and dashed, bounds read "100+", and lines never bridge a gap.

            Examples:
              bilat chart trade_turnover
              bilat chart personnel_trained --out training.svg
              bilat chart events
            """)

    @Argument(help: ArgumentHelp("Indicator id, money-usd, or events.", valueName: "indicator"))
    var indicator: String

    @Option(help: ArgumentHelp("Narrow to the series whose subject contains this text.", valueName: "text"))
    var subject: String?

    @Option(help: ArgumentHelp("File to write (default: Output/charts/NAME.svg).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let outcome = try AnalysisStage.run(folders: try DatasetFolders.discover(in: datasets), store: store.database).outcome
            let chart = try ChartStage.chart(named: indicator, subject: subject, in: outcome)
            let path = out ?? "Output/charts/\(chart.name).svg"
            emit("\(try OutputFiles.write(chart.svg, to: path) == .written ? "wrote    " : "unchanged") \(path)")
        } catch {
            throw fail(with: error)
        }
    }
}
