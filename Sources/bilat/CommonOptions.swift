import ArgumentParser
import Bilat
import BilatCore
import BilatRender
import Foundation

/// Where the store is; every command that reads or writes it takes this.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database to read or write.", valueName: "path"))
    var database: String = "Output/bilat.sqlite"

    /// For commands that only read the store: exit 1 saying what makes one, when there is none.
    /// A missing store is a state of the project, not a misuse of the command line, so it is not exit 64.
    func requireStore() throws {
        guard !FileManager.default.fileExists(atPath: database) else { return }
        printError("error: no store at \(database); run `bilat build` (or `bilat ingest`) in the project folder "
                   + "first, or pass --db PATH")
        throw ExitCode.failure
    }
}

/// How a listing is printed; every command that lists rows takes this.
struct FormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("table, csv or json.", valueName: "format"))
    var format: OutputFormat = .table
}

/// Prints diagnostics the way compilers do, then fails with exit code 1.
func fail(with error: Error, database: String? = nil) -> Error {
    if let problems = error as? DiagnosticsError {
        for d in problems.diagnostics { printError(d.description) }
        if let omitted = problems.omittedLine { printError(omitted) }
        let errors = problems.errorCount
        var summary = "\(errors) error\(errors == 1 ? "" : "s")"
        if let database { summary += "; nothing was written to \(database)" }
        printError(summary)
    } else {
        printError("error: \(error)")
    }
    return ExitCode.failure
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes to standard output without adding a blank line after text that ends with one.
func emit(_ text: String) {
    print(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
}

/// Which part of a project a command covers: every dataset and relationship unless narrowed.
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this relationship: its two party ids, e.g. AZE-PAK (either order).", valueName: "pair"))
    var relationship: String?

    @Option(name: .customLong("dataset"), help: ArgumentHelp("Only this dataset (its folder's name).", valueName: "name"))
    var dataset: String?

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    func validate() throws {
        if let relationship, Relationship(id: relationship) == nil {
            throw ValidationError("--relationship takes two party ids joined by '-', such as AZE-PAK, not '\(relationship)'")
        }
    }

    var pair: Relationship? { relationship.flatMap(Relationship.init(id:)) }

    /// Ingests what changed into the store, then analyses what it holds: the dataset asked for (or all), limited
    /// to the relationship asked for.
    /// - Parameter parts: what the command needs worked out (`AnalysisStage.Parts`).
    /// - Parameter timings: where each stage's time goes (`BILAT_TIMINGS=1`).
    func analyse(store database: String, parts: AnalysisStage.Parts = .all, timings: StageTimings? = nil) throws -> AnalysisStage.Outcome {
        let folders = try DatasetFolders.discover(in: datasets)
        _ = try DatasetFolders.only(dataset, of: folders)
        // Read before the ingest, so a bad settings file writes nothing.
        let mirror = try MirrorSettingsFile.load(datasets: datasets)
        _ = try IngestStage.run(folders: folders, database: database, replacingAll: true)
        timings?.mark("ingest")
        let outcome = try AnalysisStage.run(store: database, only: dataset, mirror: mirror.settings, parts: parts, timings: timings)
        // Only over the whole project: one dataset need not have every relationship the file names.
        if dataset == nil { for w in mirror.unusedRows(in: outcome) { printError(w.description) } }
        guard let limited = outcome.limited(to: pair) else {
            let known = outcome.relationships.map(\.relationship.id)
            throw DiagnosticsError([.error("no figures, events or statuses for the relationship \(pair?.id ?? "")\(dataset.map { " in dataset \($0)" } ?? "") (--relationship)",
                                           accepted: known.isEmpty ? "none: the datasets hold no relationship" : known.joined(separator: ", "))])
        }
        return limited
    }
}
