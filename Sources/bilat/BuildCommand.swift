import ArgumentParser
import Bilat
import BilatCore
import BilatStore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline: ingest, summary, checks, CSV export and charts.",
        discussion: """
            The command to run after adding or editing a row. It ingests every dataset under Datasets/ into \
            Output/bilat.sqlite, prints what changed and what the store holds by indicator, counts the \
            findings of `bilat check`, and writes the CSV files (Output/csv) and charts (Output/charts). \
            Files are rewritten only when their bytes change.

            Example:
              bilat build
            """)

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func report(_ outcome: OutputFiles.Outcome, _ path: String) {
        emit("      \(outcome == .written ? "wrote    " : "unchanged") \(path)")
    }

    func run() throws {
        do {
            let folders = try DatasetFolders.discover(in: datasets)
            emit("[1/5] ingest: reading \(folders.count) dataset\(folders.count == 1 ? "" : "s")")
            let outcome = try IngestStage.run(folders: folders, database: store.database, replacingAll: true)
            for w in outcome.warnings { printError(w.description) }
            for line in IngestSummary.lines(outcome.report, database: store.database) { emit("      " + line) }
            emit("[2/5] summary")
            let figures = try Store(path: store.database, access: .readOnly).figures()
            for line in BuildSummary.lines(datasets: outcome.datasets, figures: figures) { emit("      " + line) }
            emit("[3/5] check")
            let analysis = try AnalysisStage.run(folders: folders)
            emit("      " + BuildSummary.findingsLine(analysis.findings))
            emit("[4/5] export: Output/csv")
            for (name, text) in ExportStage.files(analysis, flavour: .excel) {
                report(try OutputFiles.write(text, to: "Output/csv/\(name)"), "Output/csv/\(name)")
            }
            let charts = ChartStage.charts(analysis)
            emit("[5/5] charts: Output/charts (\(charts.count))")
            for chart in charts {
                report(try OutputFiles.write(chart.svg, to: "Output/charts/\(chart.name).svg"), "Output/charts/\(chart.name).svg")
            }
        } catch {
            throw fail(with: error, database: store.database)
        }
    }
}
