import ArgumentParser
import Bilat
import BilatCore

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write SVG charts: a series over time, money side by side, counts, or the events.",
        discussion: """
            INDICATOR is an indicator id with a chart (trade_turnover, personnel_trained), `money-usd` for every \
            USD figure side by side on a logarithmic axis, `events` for the timeline, or a chart's file name. \
            `bilat build` writes every chart under Output/RELATIONSHIP/charts/.

            Charts belong to a relationship. When INDICATOR has charts in several relationships (or several \
            series, such as exports in both directions), every one is written and listed; with --out, name one \
            with --relationship or --subject.

            Charts are self-contained SVG (viewBox, role="img", <title> and <desc>, system fonts, no external \
            resources) with a source line. Parts of a year are diamonds labelled with their months, estimates \
            say "est.", derived values are hollow and dashed, bounds read "100+", and lines never bridge a gap.

            Examples:
              bilat chart trade_turnover
              bilat chart personnel_trained --out training.svg
              bilat chart exports --relationship AZE-PAK
              bilat chart events
            """)

    @Argument(help: ArgumentHelp("Indicator id, money-usd, events, or a chart's file name.", valueName: "indicator"))
    var indicator: String

    @Option(help: ArgumentHelp("Narrow to the series whose subject contains this text.", valueName: "text"))
    var subject: String?

    @Option(help: ArgumentHelp("File to write, for one chart (default: Output/RELATIONSHIP/charts/NAME.svg).", valueName: "file"))
    var out: String?

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let outcome = try scope.analyse(store: store.database)
            let charts = try ChartStage.charts(named: indicator, subject: subject, relationship: scope.pair, in: outcome)
            if let out {
                guard charts.count == 1, let chart = charts.first else {
                    throw DiagnosticsError([.error("'\(indicator)' has \(charts.count) charts, and --out takes one: "
                                                   + charts.map { "\($0.relationship.id) \($0.name)" }.joined(separator: ", "),
                                                   accepted: "--relationship PAIR or --subject TEXT to choose one, or no --out to write them all")])
                }
                emit("\(try OutputFiles.write(chart.svg, to: out) == .written ? "wrote    " : "unchanged") \(out)")
                return
            }
            if charts.count > 1 { emit("\(charts.count) charts for '\(indicator)':") }
            for chart in charts {
                let path = "Output/\(chart.path)"
                let title = charts.count > 1 ? "  \(chart.relationship.id): \(chart.title)" : ""
                emit("\(try OutputFiles.write(chart.svg, to: path) == .written ? "wrote    " : "unchanged") \(path)\(title)")
            }
        } catch {
            throw fail(with: error)
        }
    }
}
