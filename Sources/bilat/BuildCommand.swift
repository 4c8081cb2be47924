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
            up to date: CSV files, charts, a report for each year with data and the overview (from \
            Notebooks/), for each relationship, and Output/index.html.

            Each output records what it was made from in Output/manifest.json. Only outputs whose inputs \
            changed (or whose file is missing or was edited by hand) are rebuilt, and bilat says why. A file \
            is written only when its bytes change.

            Each open error-level finding (a conflict, a stated change the values contradict, a part larger \
            than its total) is printed under [3/4]; --strict then makes the build exit 1 until each is fixed \
            or accepted in accepted.csv.

            Outputs: Output/index.html lists every relationship (an unordered pair of parties, such as AZE-PAK); \
            each relationship's reports and charts are under Output/aze-pak/reports and Output/aze-pak/charts; \
            the CSV files under Output/csv hold every dataset and relationship. A build removes only files that \
            an earlier build recorded in Output/manifest.json as its own.

            --check changes nothing: it exits 1 and lists every stale, missing or unexpected file when Output/ \
            is not what a build would make (CI runs it).

            Examples:
              bilat build
              bilat build --check
              bilat build --force
              bilat build --strict
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

    @Flag(help: "Exit 1 while any error-level finding is not accepted (as `bilat check --strict`).")
    var strict = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if check && force { throw ValidationError("--check and --force do not go together: --check writes nothing") }
    }

    func run() throws {
        do {
            if check {
                try runCheck()
            } else {
                // Builds of one project take turns (BuildLock); the waiting one says so.
                try BuildLock.holding(store: store.database, waiting: {
                    printError("another bilat build of this project is running; waiting for it to finish")
                }) { try runBuild() }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(with: error, database: check ? nil : store.database)
        }
    }

    func runCheck() throws {
        let folders = try DatasetFolders.discover(in: datasets)
        let mirror = try MirrorSettingsFile.load(datasets: datasets)
        // The reports' query cells read a store; check builds a throwaway one so nothing real is touched.
        let scratch = NSTemporaryDirectory() + "/bilat-check-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        _ = try IngestStage.run(folders: folders, database: scratch, replacingAll: true)
        let analysis = try AnalysisStage.run(store: scratch, mirror: mirror.settings)
        let plan = try BuildPlanner.buildPlan(outcome: analysis, charts: ChartStage.charts(analysis),
                                              templates: try ReportStage.templates(in: notebooks), database: scratch)
        let problems = try IncrementalBuild.check(plan.outputs, in: output, relationships: plan.relationships)
        if problems.isEmpty {
            emit("\(output)/ is up to date: \(plan.outputs.count) outputs match what a build would make")
            try failIfStrict(analysis)
            return
        }
        for p in problems { emit(p) }
        printError("\(output)/ is not what a build would make (\(problems.count) problem\(problems.count == 1 ? "" : "s")); run `bilat build` and commit \(output)/")
        throw ExitCode.failure
    }

    func runBuild() throws {
        let timings = StageTimings()
        let folders = try DatasetFolders.discover(in: datasets)
        // Read before the ingest, so a bad settings file writes nothing.
        let mirror = try MirrorSettingsFile.load(datasets: datasets)
        emit("[1/4] ingest: reading \(folders.count) dataset\(folders.count == 1 ? "" : "s")")
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        // Read before the ingest, which forgets it when rows change: the figure files' digests the last build
        // computed, and the stamps of the files it wrote, each good while the file's stamp is the same.
        let previous = FileManager.default.fileExists(atPath: store.database)
            ? (try? Store(path: store.database, access: .readOnly).buildState(output: outputFolder)).flatMap { $0 }
                .flatMap(BuildState.init(text:)) : nil
        let outcome = try IngestStage.run(folders: folders, database: store.database, replacingAll: true,
                                          known: previous?.inputs ?? [:])
        for w in outcome.warnings { printError(w.description) }
        for line in IngestSummary.lines(outcome.report, database: store.database) { emit("      " + line) }
        timings.mark("ingest")
        let templates = try ReportStage.templates(in: notebooks)
        let (key, last) = try lastBuild(templates: templates, mirror: mirror, outputFolder: outputFolder)
        // Nothing changed since the last build of this folder: say what it said, without analysing again.
        timings.mark("last build's state")
        if !force, let state = last, state.key == key, state.filesUnchanged(in: output) {
            timings.mark("outputs' stamps")
            for line in state.lines { emit(line) }
            emit("      nothing to rebuild: all \(state.files.keys.filter { $0 != Manifest.fileName }.count) outputs are up to date")
            try failIfStrict(openErrors: state.openErrors)
            return
        }
        var lines = ["[2/4] summary"]
        let analysis = try AnalysisStage.run(store: store.database, mirror: mirror.settings, timings: timings)
        for w in mirror.unusedRows(in: analysis) { printError(w.description) }
        lines += BuildSummary.lines(analysis).map { "      " + $0 }
        lines.append("[3/4] check")
        lines.append("      " + BuildSummary.findingsLine(analysis.findings))
        lines += BuildSummary.openErrorLines(analysis).map { "      " + $0 }
        for line in lines { emit(line) }
        timings.mark("summary")
        let charts = ChartStage.charts(analysis)
        timings.mark("charts chosen")
        // A relationship whose inputs are those the last build recorded, and whose files are as it left them,
        // is not planned again (`RelationshipKey`); --force plans and makes everything.
        let manifest = force ? nil : Manifest.load(from: output + "/" + Manifest.fileName)
        let lastOutputs = manifest.map { BuildPlanner.PreviousBuild(manifest: $0, stamps: previous?.files ?? [:], output: output) }
        var planned = try BuildPlanner.buildPlan(outcome: analysis, charts: charts, templates: templates, database: store.database,
                                                 previous: lastOutputs)
        // Held once, here, so that writing each output can let go of what made it (see `IncrementalBuild.run(releasing:…)`).
        var plan = planned.outputs
        planned.outputs = []
        timings.mark("plan")
        timings.note("plan: \(planned.reused) of \(analysis.relationships.count) relationships as the last build left them")
        let outputsLine = "[4/4] outputs: \(plan.count) files in \(output)/"
        emit(outputsLine)
        let progress = Progress(enabled: isatty(STDOUT_FILENO) == 1)
        let report = try IncrementalBuild.run(releasing: &plan, in: output, force: force, stamps: previous?.files ?? [:],
                                              relationships: planned.relationships, manifest: manifest,
                                              progress: progress.update)
        progress.finish()
        timings.mark("outputs checked and written")
        timings.note(String(format: "outputs: checking %.1f s, rendering %.1f s (over threads), writing %.1f s",
                            report.seconds.checking, report.seconds.rendering, report.seconds.writing))
        for (path, reason) in report.rebuilt { emit("      rebuilt \(output)/\(path): \(reason)") }
        for path in report.removed { emit("      removed \(output)/\(path): no longer made by this build") }
        if report.rebuilt.isEmpty && report.removed.isEmpty {
            emit("      nothing to rebuild: all \(plan.count) outputs are up to date")
        } else {
            emit("      \(report.rebuilt.count) rebuilt, \(report.unchanged) unchanged\(report.removed.isEmpty ? "" : ", \(report.removed.count) removed")")
        }
        let openErrors = analysis.findings.filter { $0.severity == .error && !$0.isAccepted }.count
        try record(BuildState(key: key, lines: lines + [outputsLine], openErrors: openErrors,
                              files: stamps(plan.map(\.path) + [Manifest.fileName]),
                              inputs: BuildState.settled(outcome.figureDigests, now: BuildState.now())), of: outputFolder)
        timings.mark("build state recorded")
        try failIfStrict(openErrors: openErrors)
    }

    /// This build's key (what the outputs are made from besides the rows: the datasets' fingerprints as the
    /// ingest left them, the notebooks, the mirror settings file, and where things are) and the state the last
    /// build of the folder left.
    func lastBuild(templates: [ReportStage.Template], mirror: MirrorSettingsFile,
                   outputFolder: String) throws -> (key: String, last: BuildState?) {
        let stored = try Store(path: store.database, access: .readOnly)
        let key = BuildState.key(datasetFingerprints: try stored.fingerprints(),
                                 notebooks: templates.map { ($0.stem + ($0.yearly ? " yearly" : ""), $0.text) },
                                 parts: [outputFolder, URL(fileURLWithPath: store.database).standardizedFileURL.path,
                                         URL(fileURLWithPath: datasets).standardizedFileURL.path,
                                         "mirror settings " + (mirror.contents == nil ? "none" : Digest.of(mirror.text))])
        return (key, try stored.buildState(output: outputFolder).flatMap(BuildState.init(text:)))
    }

    func record(_ state: BuildState, of outputFolder: String) throws {
        try Store(path: store.database).saveBuildState(state.text, output: outputFolder)
    }

    func stamps(_ paths: [String]) -> [String: BuildState.Stamp] {
        var out: [String: BuildState.Stamp] = [:]
        for path in paths { out[path] = BuildState.stamp(output + "/" + path) }
        return out
    }

    /// With --strict, open errors fail the build after the outputs are written, so the reports show them.
    func failIfStrict(_ analysis: AnalysisStage.Outcome) throws {
        try failIfStrict(openErrors: analysis.findings.filter { $0.severity == .error && !$0.isAccepted }.count)
    }

    func failIfStrict(openErrors open: Int) throws {
        guard strict, open > 0 else { return }
        printError("\(open) error finding\(open == 1 ? "" : "s") not accepted (--strict); accept each in the dataset's accepted.csv with a reason, or fix the data")
        throw ExitCode.failure
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
