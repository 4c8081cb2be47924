import ArgumentParser
import Bilat
import BilatCore
import BilatStore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline on the bundled datasets (today: ingest, summary, checks).",
        discussion: """
            The command to run after adding or editing a row. It ingests every dataset under Datasets/ into \
            Output/bilat.sqlite, prints what changed and what the store holds by indicator, and counts the \
            findings of `bilat check`.

            Example:
              bilat build
            """)

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let folders = try DatasetFolders.discover(in: datasets)
            emit("[1/3] ingest: reading \(folders.count) dataset\(folders.count == 1 ? "" : "s")")
            let outcome = try IngestStage.run(folders: folders, database: store.database, replacingAll: true)
            for w in outcome.warnings { printError(w.description) }
            for line in IngestSummary.lines(outcome.report, database: store.database) { emit("      " + line) }
            emit("[2/3] summary")
            let figures = try Store(path: store.database, access: .readOnly).figures()
            for line in BuildSummary.lines(datasets: outcome.datasets, figures: figures) { emit("      " + line) }
            emit("[3/3] check")
            let findings = try AnalysisStage.run(folders: folders).findings
            emit("      " + BuildSummary.findingsLine(findings))
        } catch {
            throw fail(with: error, database: store.database)
        }
    }
}
