import ArgumentParser
import Bilat
import BilatStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate datasets and load them into the store, in one transaction.",
        discussion: """
            Reads every file first and reports every problem as path:line:column: error: message, with what \
            would be accepted. The store is written only when there are none, in one transaction, and only \
            the rows that changed; a second run with no change writes nothing.

            Each dataset's datapackage.json must be named after its folder and list only files that are \
            there, with the columns of their headers; `bilat dataset descriptor DIR` rewrites it.

            With no folders, ingests every dataset under Datasets/ and drops stored datasets whose folder is gone.

            Examples:
              bilat ingest
              bilat ingest Datasets/azerbaijan-pakistan --db /tmp/try.sqlite
            """)

    @Argument(help: ArgumentHelp("Dataset folders to ingest (default: every folder under --datasets).", valueName: "dataset-dir"))
    var folders: [String] = []

    @Option(help: ArgumentHelp("Where dataset folders are found when none are named.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let folders = self.folders.isEmpty ? try DatasetFolders.discover(in: datasets) : self.folders
            let outcome = try IngestStage.run(folders: folders, database: store.database, replacingAll: self.folders.isEmpty)
            for w in outcome.warnings { printError(w.description) }
            emit("ingested \(outcome.report.datasets.joined(separator: ", "))")
            for line in IngestSummary.lines(outcome.report, database: store.database) { emit(line) }
        } catch {
            throw fail(with: error, database: store.database)
        }
    }
}
