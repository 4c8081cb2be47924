import ArgumentParser
import Foundation

/// `bilat-bench targets`: every target of issue 19 measured in one command, printed as PASS or MISS lines.
///
/// It calls the other benchmarks' own code rather than a copy of it: `run` (ingest, re-ingest, the analysis
/// commands, export, charts and the peers) and `build` (full, nothing changed, one figure changed).
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure every target of issue 19 (build, ingest, analysis, kept) and print PASS or MISS lines.",
        discussion: """
            Runs `run --compare` on one synthetic dataset (medians of --runs, each peer in the same run), the \
            bundled no-change build, then `build` on a generated three-dataset project of as many figures \
            (--build-runs times) and a full ingest of that project's figures, the build targets' yardstick. \
            The load average is printed before and after: the machine is shared, and bilat's two threads lose \
            more than the one-thread peers when it is busy.

            Example:
              swift run -c release bilat-bench targets --figures 1000000
            """)

    @Option(help: "Figures in the dataset and in the build project.") var figures: Int = 1_000_000
    @Option(help: "Repetitions of each ingest, analysis and peer measurement; medians are reported.") var runs: Int = 3
    @Option(help: "Runs of each of the three builds (one project); 0 leaves the build targets out.") var buildRuns: Int = 3
    @Option(help: "Scratch folder (deleted and remade).") var scratch: String = NSTemporaryDirectory() + "/bilat-targets"
    @Option(help: "The bilat binary to measure (default: next to this one).") var bilat: String?

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no bilat binary at \(binary); run `swift build -c release` first")
        }
        let before = Targets.loadAverage()
        print("load average at the start: \(before)")
        let bench = try Run.parse(["--runs", String(runs), "--scratch", scratch + "/run", "--compare", "--bilat", binary])
        let m = try bench.measure(figures, binary: binary)
        let bundledNoChange = try bench.bundled(binary)

        let builder = try BuildBench.parse(["--out", scratch + "/build", "--bilat", binary, "--runs", String(max(1, buildRuns))])
        let builds = buildRuns > 0 ? try builder.measure(figures, binary: binary) : nil
        let project = try builds.map { try projectIngest(of: $0.root, binary: binary) }
        let after = Targets.loadAverage()
        print("load average at the end: \(after)")

        print("\ntargets (issue 19) at \(figures) figures, medians of \(runs) (builds: \(builds?.full.count ?? 0)):")
        print(" 1. bilat build")
        if let project, let builds { buildTargets(builds, ingest: project.ingest, report: project.report) } else {
            print("  ----  not measured (--build-runs 0)")
        }
        otherTargets(m, bundledNoChange: bundledNoChange)
        print("load average: \(before) at the start, \(after) at the end")
    }

    func target(_ met: Bool, _ text: String) { print("  \(met ? "PASS" : "MISS")  \(text)") }
    func ratio(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : .infinity }

    /// A full ingest of a build project's figures into a fresh store (the build targets' yardstick), and its
    /// largest report.
    func projectIngest(of root: String, binary: String) throws -> (ingest: Double, report: (name: String, bytes: Int)?) {
        let folders = try FileManager.default.contentsOfDirectory(atPath: root + "/Datasets").sorted()
            .map { root + "/Datasets/" + $0 }.filter { FileManager.default.fileExists(atPath: $0 + "/figures.csv") }
        let store = scratch + "/project-ingest.sqlite"
        let ingestTimes = try (0..<runs).map { _ -> Double in
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
            let r = try Measure.child(binary, ["ingest"] + folders + ["--db", store])
            guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
            return r.seconds
        }
        let projectIngest = Measure.median(ingestTimes)
        print("  full ingest of the build project's figures: \(String(format: "%.2f", projectIngest)) s; runs \(Run.list(ingestTimes))")
        return (projectIngest, Targets.largestReport(in: root + "/Output"))
    }

    func buildTargets(_ builds: BuildBench.Builds, ingest projectIngest: Double, report: (name: String, bytes: Int)?) {
        let full = BuildBench.median(builds.full), same = BuildBench.median(builds.nothingChanged)
        let one = BuildBench.median(builds.oneChanged)
        let every = builds.full + builds.nothingChanged + builds.oneChanged
        let buildPeak = every.map(\.peakMiB).max() ?? 0
        let failed = every.contains { $0.status != 0 }
        target(!failed, "every build exits 0")
        target(full <= 3 * projectIngest, String(format: "full build %.1f s ≤ 3× a full ingest of its figures %.2f s (%.2f×)", full, projectIngest, ratio(full, projectIngest)))
        target(one <= 0.1 * full, String(format: "one figure changed %.1f s ≤ 10 %% of a full build (%.0f %%)", one, ratio(one, full) * 100))
        target(same <= 0.2, String(format: "nothing changed %.2f s ≤ 0.2 s", same))
        target(buildPeak <= 1024, String(format: "peak %.0f MiB ≤ 1024 MiB (max of every build)", buildPeak))
        if let report {
            target(report.bytes <= 1 << 20, String(format: "largest report %@ %.0f KiB ≤ 1024 KiB (a size bound standing in for readable)", report.name, Double(report.bytes) / 1024))
        } else { target(false, "no report found in the build project's Output/") }
    }

    func otherTargets(_ m: Run.Measured, bundledNoChange: Double) {
        print(" 2. ingest at SQLite's floor")
        if let copy = m.shellCopy {
            target(m.ingest <= copy, String(format: "full ingest %.2f s ≤ 1.0× the sqlite3 shell storing the rows into bilat's schema %.2f s (%.2f×)", m.ingest, copy, ratio(m.ingest, copy)))
        } else { target(false, "no sqlite3 shell: apt-get install sqlite3") }
        if let pandas = m.pandas {
            target(m.ingest < pandas, String(format: "full ingest %.2f s < pandas read_csv + to_sql %.2f s (%.2f×)", m.ingest, pandas, ratio(m.ingest, pandas)))
        } else { target(false, "no pandas: pip install pandas") }
        if let utils = m.sqliteUtils {
            target(utils >= 10 * m.ingest, String(format: "full ingest %.2f s ≥ 10× faster than sqlite-utils %.2f s (%.1f×)", m.ingest, utils, ratio(utils, m.ingest)))
        } else { target(false, "no sqlite-utils: pip install sqlite-utils") }
        target(m.ingestPeakMiB <= 150, String(format: "ingest peak %.0f MiB ≤ 150 MiB (max of runs)", m.ingestPeakMiB))
        target(m.oneChanged <= 0.1 * m.ingest, String(format: "re-ingest, one figure changed %.2f s ≤ 10 %% of a full ingest (%.0f %%)", m.oneChanged, ratio(m.oneChanged, m.ingest) * 100))
        print(" 3. analysis from the store")
        if let lag = m.lag {
            target(m.growthCommand <= 1.2 * lag, String(format: "bilat growth %.2f s ≤ 1.2× sqlite3's LAG() query %.2f s (%.2f×)", m.growthCommand, lag, ratio(m.growthCommand, lag)))
        } else { target(false, "no sqlite3 shell for the LAG() query") }
        target(m.checkCommand <= 2 * m.growthCommand, String(format: "bilat check %.2f s ≤ 2× bilat growth %.2f s (%.2f×)", m.checkCommand, m.growthCommand, ratio(m.checkCommand, m.growthCommand)))
        print(" 4. kept")
        target(m.exportMBs >= 60, String(format: "CSV export %.1f MB/s ≥ 60 MB/s", m.exportMBs))
        target(m.chartsPerSecond >= 500, String(format: "charts %.0f SVG/s ≥ 500/s", m.chartsPerSecond))
        target(bundledNoChange <= 0.1, String(format: "no-change build of the bundled dataset %.0f ms ≤ 100 ms", bundledNoChange * 1000))
    }

    /// The 1, 5 and 15 minute load averages, as /proc/loadavg gives them.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The largest Markdown or HTML report under `folder`, by bytes.
    static func largestReport(in folder: String) -> (name: String, bytes: Int)? {
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return nil }
        var best: (name: String, bytes: Int)?
        while let path = walk.nextObject() as? String {
            guard path.contains("/reports/"), path.hasSuffix(".html") || path.hasSuffix(".md") else { continue }
            let bytes = ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + path))?[.size] as? Int) ?? 0
            if bytes > best?.bytes ?? -1 { best = (path, bytes) }
        }
        return best
    }
}
