import ArgumentParser
import Bilat
import BilatCore
import BilatStore
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline: ingest, check, CSV, charts, yearly reports, overview and index.",
        discussion: """
            The command to run after adding or editing a row. It ingests every dataset under Datasets/ into \
            Output/bilat.sqlite, prints what changed, counts the findings of `bilat check`, and brings Output/ \
            up to date: CSV files (Output/csv), charts (Output/charts), a report for each year with data and \
            the overview (Output/reports, from Notebooks/), and Output/index.html.

            Each output records what it was made from in Output/manifest.json. Only outputs whose inputs \
            changed (or whose file is missing or was edited by hand) are rebuilt, and bilat says why. A file \
            is written only when its bytes change; files bilat did not plan are removed.

            --check changes nothing: it exits 1 and lists every stale, missing or unexpected file when Output/ \
            is not what a build would make (CI runs it).

            Examples:
              bilat build
              bilat build --check
              bilat build --force
            """)

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @Option(help: ArgumentHelp("Where report notebooks are found.", valueName: "dir"))
    var notebooks: String = "Notebooks"

    @Option(help: ArgumentHelp("The folder to write outputs into.", valueName: "dir"))
    var output: String = "Output"

    @Flag(help: "Change nothing; exit 1 listing what is stale, missing or unexpected in the output folder.")
    var check = false

    @Flag(help: "Rebuild every output, whatever changed.")
    var force = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if check && force { throw ValidationError("--check and --force do not go together: --check writes nothing") }
    }

    func run() throws {
        do {
            if check { try runCheck() } else { try runBuild() }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(with: error, database: check ? nil : store.database)
        }
    }

    func runCheck() throws {
        let folders = try DatasetFolders.discover(in: datasets)
        // The reports' query cells read a store; check builds a throwaway one so nothing real is touched.
        let scratch = NSTemporaryDirectory() + "/bilat-check-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        _ = try IngestStage.run(folders: folders, database: scratch, replacingAll: true)
        let analysis = try AnalysisStage.run(store: scratch)
        let plan = try BuildPlanner.plan(outcome: analysis, charts: ChartStage.charts(analysis),
                                         templates: try ReportStage.templates(in: notebooks), database: scratch)
        let problems = try IncrementalBuild.check(plan, in: output)
        if problems.isEmpty {
            emit("\(output)/ is up to date: \(plan.count) outputs match what a build would make")
            return
        }
        for p in problems { emit(p) }
        printError("\(output)/ is not what a build would make (\(problems.count) problem\(problems.count == 1 ? "" : "s")); run `bilat build` and commit \(output)/")
        throw ExitCode.failure
    }

    func runBuild() throws {
        let folders = try DatasetFolders.discover(in: datasets)
        emit("[1/4] ingest: reading \(folders.count) dataset\(folders.count == 1 ? "" : "s")")
        let outcome = try IngestStage.run(folders: folders, database: store.database, replacingAll: true)
        for w in outcome.warnings { printError(w.description) }
        for line in IngestSummary.lines(outcome.report, database: store.database) { emit("      " + line) }
        emit("[2/4] summary")
        let analysis = try AnalysisStage.run(store: store.database)
        let figures = try Store(path: store.database, access: .readOnly).figures()
        for line in BuildSummary.lines(datasets: analysis.datasets, figures: figures) { emit("      " + line) }
        emit("[3/4] check")
        emit("      " + BuildSummary.findingsLine(analysis.findings))
        let plan = try BuildPlanner.plan(outcome: analysis, charts: ChartStage.charts(analysis),
                                         templates: try ReportStage.templates(in: notebooks), database: store.database)
        emit("[4/4] outputs: \(plan.count) files in \(output)/")
        let progress = Progress(enabled: isatty(STDOUT_FILENO) == 1)
        let report = try IncrementalBuild.run(plan, in: output, force: force, progress: progress.update)
        progress.finish()
        for (path, reason) in report.rebuilt { emit("      rebuilt \(output)/\(path): \(reason)") }
        for path in report.removed { emit("      removed \(output)/\(path): no longer made by this build") }
        if report.rebuilt.isEmpty && report.removed.isEmpty {
            emit("      nothing to rebuild: all \(plan.count) outputs are up to date")
        } else {
            emit("      \(report.rebuilt.count) rebuilt, \(report.unchanged) unchanged\(report.removed.isEmpty ? "" : ", \(report.removed.count) removed")")
        }
    }
}

/// A one-line counter on a terminal; nothing when output goes to a file or a pipe.
final class Progress {
    let enabled: Bool
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int, _ path: String) {
        guard enabled else { return }
        let width = 24, filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardOutput.write(Data("\r      \(bar) \(done)/\(total) \(path)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
    }
}
