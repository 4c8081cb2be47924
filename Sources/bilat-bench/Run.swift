import ArgumentParser
import Bilat
import BilatCore
import BilatDatasets
import BilatRender
import BilatStore
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure bilat (and, with --compare, its peers) and print a table.")

    /// What one size's measurements came to (seconds unless named otherwise), for `bilat-bench targets`.
    struct Measured {
        var figures = 0
        var ingest = 0.0, ingestPeakMiB = 0.0, unchanged = 0.0, oneChanged = 0.0
        var exportMBs = 0.0, chartsPerSecond = 0.0
        /// `bilat growth` and `bilat check` as the real binary runs them: store read, analysed, printed.
        var growthCommand = 0.0, checkCommand = 0.0
        /// The peers, in the same run; nil when not installed or not asked for.
        var shellImport: Double?, shellCopy: Double?, lag: Double?, pandas: Double?, sqliteUtils: Double?
    }

    @Option(parsing: .upToNextOption, help: "Dataset sizes to measure.") var figures: [Int] = [100_000]
    @Option(help: "Repetitions per measurement; medians are reported.") var runs: Int = 3
    @Option(help: "Scratch folder (deleted and remade).") var scratch: String = NSTemporaryDirectory() + "/bilat-bench"
    @Flag(help: "Also time the sqlite3 shell, and pandas and sqlite-utils when Python has them.") var compare = false
    @Option(help: "The bilat binary to measure (default: next to this one).") var bilat: String?

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no bilat binary at \(binary); run `swift build -c release` first")
        }
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB; runs: \(runs) (medians)")
        for n in figures { _ = try measure(n, binary: binary) }
        _ = try bundled(binary)
    }

    func row(_ name: String, _ value: String, _ note: String = "") {
        print("  " + name.padding(toLength: 46, withPad: " ", startingAt: 0) + value.padding(toLength: 22, withPad: " ", startingAt: 0) + note)
    }

    func measure(_ n: Int, binary: String) throws -> Measured {
        var measured = Measured(figures: n)
        let root = scratch + "/\(n)"
        try? FileManager.default.removeItem(atPath: root)
        let dataset = root + "/Datasets/synthetic"
        try SyntheticDataset.write(figures: n, to: dataset)
        let csvBytes = (try FileManager.default.attributesOfItem(atPath: dataset + "/figures.csv")[.size] as? Int) ?? 0
        print("\n\(n) figures (figures.csv \(csvBytes / (1 << 20)) MiB)")

        // Normaliser: every as-reported text of the file, read with bilat's own CSV reader first.
        let files = try DatasetFolders.load(dataset)
        let (records, _) = CSVText.parse(files.contents["figures.csv"]!, path: "figures.csv")
        let texts = records.dropFirst().map { $0.fields[8].value }
        let normalise = Measure.time(runs: runs) { for t in texts { _ = QuantityReader.read(t) } }
        row("normaliser", "\(Int(Double(texts.count) / normalise)) texts/s")

        // Full ingest in a child process: wall time and peak memory of the real binary.
        var ingestTimes: [Double] = [], peaks: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: root + "/bench.sqlite")
            let r = try Measure.childWithPeak(binary, ["ingest", dataset, "--db", root + "/bench.sqlite"])
            guard r.status == 0 else { print(r.output); throw ExitCode.failure }
            ingestTimes.append(r.seconds); peaks.append(r.peakMiB)
        }
        let ingest = Measure.median(ingestTimes)
        row("full ingest", "\(Int(Double(n) / ingest)) figures/s", String(format: "%.2f s, peak %.0f MiB; runs %@", ingest, peaks.max() ?? 0, Run.list(ingestTimes)))
        measured.ingest = ingest; measured.ingestPeakMiB = peaks.max() ?? 0

        let unchanged = Measure.median(try (0..<runs).map { _ in try Measure.child(binary, ["ingest", dataset, "--db", root + "/bench.sqlite"]).seconds })
        row("re-ingest, nothing changed", String(format: "%.2f s", unchanged), String(format: "%.0f %% of a full ingest", unchanged / ingest * 100))
        measured.unchanged = unchanged
        var changedTimes: [Double] = []
        for i in 0..<runs {
            let path = dataset + "/figures.csv"
            var text = try String(contentsOfFile: path, encoding: .utf8)
            // Even runs change the first s0 figure to s1, odd runs change it back: each run changes one figure.
            let old = i % 2 == 0 ? ",s0,,\n" : ",s1,,\n"
            if let range = text.range(of: old) { text.replaceSubrange(range, with: i % 2 == 0 ? ",s1,,\n" : ",s0,,\n") }
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let r = try Measure.child(binary, ["ingest", dataset, "--db", root + "/bench.sqlite"])
            changedTimes.append(r.seconds)
            if i == 0 { row("", "", r.output.split(separator: "\n").first { $0.hasPrefix("figures") }.map(String.init) ?? "") }
        }
        measured.oneChanged = Measure.median(changedTimes)
        row("re-ingest, one figure changed", String(format: "%.2f s", measured.oneChanged),
            String(format: "%.1f %% of a full ingest; runs ", measured.oneChanged / ingest * 100) + Run.list(changedTimes))
        try insertAndDelete(dataset: dataset, database: root + "/bench.sqlite", binary: binary, ingest: ingest)

        // The analysis commands as a user runs them: the store read back, analysed, printed (to a file).
        for (command, arguments) in [("bilat growth", ["growth"]), ("bilat check", ["check"])] {
            var times: [Double] = [], lines = 0
            for _ in 0..<runs {
                let r = try Measure.child(binary, arguments + ["--datasets", root + "/Datasets", "--db", root + "/bench.sqlite"])
                guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
                times.append(r.seconds); lines = r.output.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            }
            let t = Measure.median(times)
            if command == "bilat growth" { measured.growthCommand = t } else { measured.checkCommand = t }
            row(command + " (the binary, store read)", String(format: "%.2f s", t), "\(lines) lines printed; runs " + Run.list(times))
        }

        // What analysis starts from: the datasets read back from the store, against the CSV files read again.
        var fromFiles = 0, fromStore = 0
        let readFiles = try Measure.time(runs: runs) {
            fromFiles = DatasetReader.read(try DatasetFolders.load(dataset)).dataset?.figures.count ?? 0
        }
        let loadStore = try Measure.time(runs: runs) {
            fromStore = try Store(path: root + "/bench.sqlite", access: .readOnly).datasets().reduce(0) { $0 + $1.figures.count }
        }
        row("datasets read from the CSV files", String(format: "%.2f s", readFiles), "\(fromFiles) figures")
        row("datasets loaded from the store", String(format: "%.2f s", loadStore),
            String(format: "\(fromStore) figures, %.0f %% of reading the files", loadStore / readFiles * 100))

        // Growth and CAGR over every series (reading and analysing the dataset).
        var outcome: AnalysisStage.Outcome?
        let read = Measure.time(runs: 1) { outcome = try? AnalysisStage.run(folders: [dataset]) }
        let analysis = outcome!
        let growth = Measure.time(runs: runs) { _ = Growth.rows(analysis.reported + analysis.derived) }
        row("read + validate + analyse dataset", String(format: "%.2f s", read))
        row("growth + CAGR over every series", String(format: "%.2f s", growth), "\(analysis.growth.count) rows")

        var exported = 0
        let export = Measure.time(runs: runs) {
            exported = ExportStage.files(analysis, flavour: .excel).map { $0.text.utf8.count }.reduce(0, +)
        }
        measured.exportMBs = Double(exported) / 1e6 / export
        row("CSV export", String(format: "%.1f MB/s", measured.exportMBs), String(format: "%.1f MB in %.2f s", Double(exported) / 1e6, export))

        let series = Array(Dictionary(grouping: analysis.reported, by: \.key).prefix(500))
        let charts = Measure.time(runs: runs) {
            for (key, points) in series { _ = TimeSeriesChart.render(title: key.label, key: key, observations: points, sources: []) }
        }
        measured.chartsPerSecond = Double(series.count) / charts
        row("charts", "\(Int(measured.chartsPerSecond)) SVG charts/s", "\(series.count) series")

        if compare { try peers(root: root, database: root + "/bench.sqlite", ingest: ingest, n: n, into: &measured) }
        return measured
    }

    static func list(_ times: [Double]) -> String { times.map { String(format: "%.2f", $0) }.joined(separator: " ") }

    /// A figure inserted in the middle of figures.csv, then deleted again: every row after it moves by a line.
    func insertAndDelete(dataset: String, database: String, binary: String, ingest: Double) throws {
        let path = dataset + "/figures.csv"
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let middle = original[(original.count / 2)...].firstIndex(of: 0x0A) else { return }
        var insertTimes: [Double] = [], deleteTimes: [Double] = []
        for i in 0..<runs {
            let line = Array("inserted\(i),trade_turnover,HOM,PAA,both,inserted \(i),2001,,$1.5 million,,,s0,,\n".utf8)
            try Data(original[...middle] + line + original[(middle + 1)...]).write(to: URL(fileURLWithPath: path))
            let inserted = try Measure.child(binary, ["ingest", dataset, "--db", database])
            try Data(original).write(to: URL(fileURLWithPath: path))
            let deleted = try Measure.child(binary, ["ingest", dataset, "--db", database])
            guard inserted.status == 0, deleted.status == 0 else { print(inserted.output + deleted.output); throw ExitCode.failure }
            insertTimes.append(inserted.seconds); deleteTimes.append(deleted.seconds)
            if i == 0 {
                for r in [inserted, deleted] { row("", "", r.output.split(separator: "\n").first { $0.hasPrefix("figures") }.map(String.init) ?? "") }
            }
        }
        let (insert, delete) = (Measure.median(insertTimes), Measure.median(deleteTimes))
        row("re-ingest, one line inserted mid-file", String(format: "%.2f s", insert), String(format: "%.1f %% of a full ingest", insert / ingest * 100))
        row("re-ingest, that line deleted again", String(format: "%.2f s", delete), String(format: "%.1f %% of a full ingest", delete / ingest * 100))
    }

    func peers(root: String, database: String, ingest: Double, n: Int, into measured: inout Measured) throws {
        guard let sqlite3 = Measure.which("sqlite3") else { print("  (no sqlite3 shell: apt-get install sqlite3)"); return }
        let normalised = root + "/normalised.csv"
        let columns = "dataset,id,indicator,reporter,partner,direction,subject,period_start,period_end,as_reported,value,unit,qualifier,source_id"
        _ = try Measure.child(sqlite3, [database, "-csv", "-header", "SELECT \(columns) FROM figure", "-cmd", ".output \(normalised)"])
        let importTimes = try (0..<runs).map { _ -> Double in
            try? FileManager.default.removeItem(atPath: root + "/peer.sqlite")
            let r = try Measure.child(sqlite3, [root + "/peer.sqlite"], stdin: ".import --csv \(normalised) figure\n")
            guard r.status == 0 else { print(r.output); throw ExitCode.failure }
            return r.seconds
        }
        let shell = Measure.median(importTimes)
        measured.shellImport = shell
        row("sqlite3 shell .import (normalised rows)", String(format: "%.2f s", shell), String(format: "bilat ingest / .import = %.2f×", ingest / shell))
        // SQLite's own floor for bilat's table: the same stored rows copied by the sqlite3 shell into an empty
        // copy of bilat's schema (29 columns, CHECK constraints, foreign keys, the unique natural key and indexes),
        // arranged as bilat's first load is: a rollback journal, foreign keys checked once before commit, the
        // figure indexes built after the rows on two sorting threads.
        let schema = root + "/schema.sql"
        _ = try Measure.child(sqlite3, [database, "-cmd", ".output \(schema)", ".schema --nosys"])
        let figureIndexes = "FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' AND sql IS NOT NULL ORDER BY name"
        let indexNames = try Measure.child(sqlite3, [database, "SELECT name \(figureIndexes)"]).output.split(separator: "\n")
        let indexSQL = try Measure.child(sqlite3, [database, "SELECT sql || ';' \(figureIndexes)"]).output
        let copyTimes = try (0..<runs).map { _ -> Double in
            let target = root + "/schema-copy.sqlite"
            try? FileManager.default.removeItem(atPath: target)
            let setup = ".read \(schema)\nATTACH '\(database)' AS b;\nINSERT INTO dataset SELECT * FROM b.dataset; INSERT INTO source SELECT * FROM b.source;\n"
                + "INSERT INTO party SELECT * FROM b.party; INSERT INTO indicator SELECT * FROM b.indicator;\n"
                + indexNames.map { "DROP INDEX \($0);\n" }.joined()
            _ = try Measure.child(sqlite3, [target], stdin: setup)
            let copy = "PRAGMA journal_mode = DELETE;\nPRAGMA foreign_keys = OFF;\nPRAGMA cache_size = -24576;\nATTACH '\(database)' AS b;\n"
                + "BEGIN;\nINSERT INTO figure SELECT * FROM b.figure ORDER BY rowid;\nPRAGMA cache_size = -8192;\nPRAGMA threads = 2;\n"
                + indexSQL + "\nSELECT COUNT(*) AS dangling FROM pragma_foreign_key_check;\nCOMMIT;\n"
            let r = try Measure.child(sqlite3, [target], stdin: copy)
            // The shell prints the journal mode, then the count of dangling references, which must be 0.
            guard r.status == 0, r.output.hasSuffix("\n0\n") else { print(r.output); throw ExitCode.failure }
            return r.seconds
        }
        let copy = Measure.median(copyTimes)
        measured.shellCopy = copy
        row("sqlite3 shell INSERT into bilat's schema", String(format: "%.2f s", copy),
            String(format: "bilat ingest / this = %.2f×; runs %@", ingest / copy, Run.list(copyTimes)))
        let lag = """
            SELECT id, value - LAG(value) OVER w, (value - LAG(value) OVER w) * 100.0 / LAG(value) OVER w
            FROM figure WINDOW w AS (PARTITION BY indicator, reporter, partner, direction, subject, unit ORDER BY period_start);
            """
        let lagTimes = try (0..<runs).map { _ in try Measure.child(sqlite3, [root + "/peer.sqlite"], stdin: lag).seconds }
        let lagTime = Measure.median(lagTimes)
        measured.lag = lagTime
        row("sqlite3 LAG() growth query", String(format: "%.2f s", lagTime),
            String(format: "bilat growth / LAG() = %.2f×; runs %@", measured.growthCommand / lagTime, Run.list(lagTimes)))

        if let python = Measure.which("python3") {
            let pandas = try Measure.child(python, ["-c", "import pandas"]) 
            if pandas.status == 0 {
                let times = try (0..<runs).map { _ -> Double in
                    try? FileManager.default.removeItem(atPath: root + "/pandas.sqlite")
                    let r = try Measure.child(python, ["-c", "import pandas, sqlite3; c = sqlite3.connect('\(root)/pandas.sqlite'); pandas.read_csv('\(normalised)').to_sql('figure', c, index=False); c.commit()"])
                    guard r.status == 0 else { print(r.output); throw ExitCode.failure }
                    return r.seconds
                }
                let t = Measure.median(times)
                measured.pandas = t
                row("pandas read_csv + to_sql", String(format: "%.2f s", t), String(format: "bilat ingest / pandas = %.2f×; runs %@", ingest / t, Run.list(times)))
            } else { row("pandas", "not installed", "pip install pandas") }
            if let utils = Measure.which("sqlite-utils") {
                let times = try (0..<runs).map { _ -> Double in
                    try? FileManager.default.removeItem(atPath: root + "/utils.sqlite")
                    let r = try Measure.child(utils, ["insert", root + "/utils.sqlite", "figure", normalised, "--csv"])
                    guard r.status == 0 else { print(r.output); throw ExitCode.failure }
                    return r.seconds
                }
                let t = Measure.median(times)
                measured.sqliteUtils = t
                row("sqlite-utils insert --csv", String(format: "%.2f s", t),
                    String(format: "bilat ingest / sqlite-utils = %.2f× (bilat %.1f× faster)", ingest / t, t / ingest))
            } else { row("sqlite-utils", "not installed", "pip install sqlite-utils") }
        }
    }

    /// Seconds of a no-change build of the bundled dataset (median of at least 5).
    func bundled(_ binary: String) throws -> Double {
        print("\nbundled dataset (bilat build in a copy of this project)")
        let root = scratch + "/bundled"
        try? FileManager.default.removeItem(atPath: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["Datasets", "Notebooks"] { try FileManager.default.copyItem(atPath: folder, toPath: root + "/" + folder) }
        let full = try Measure.child(binary, ["build"], in: root)
        row("full bilat build", String(format: "%.3f s", full.seconds))
        let again = Measure.median(try (0..<max(runs, 5)).map { _ in try Measure.child(binary, ["build"], in: root).seconds })
        row("no-change bilat build", String(format: "%.0f ms", again * 1000))
        return again
    }
}
