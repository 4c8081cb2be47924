import ArgumentParser
import Bilat
import BilatCore
import Foundation

/// `bilat-bench import`: `bilat import comtrade` of a generated download into a fresh dataset, beside pandas'
/// `read_csv` of the same file and a full `bilat ingest` of the figures the import made.
struct ImportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Time bilat import comtrade on a generated comtradeplus CSV (plain and gzipped), against pandas read_csv and bilat ingest.",
        discussion: """
            The download is written in the current 47-field comtradeplus layout (SyntheticComtrade): 20 reporters, \
            150 partners and World, 24 years, X M RX RM, HS chapters, with DX flows, transport breakdowns, nulls and \
            TOTAL rows over chapters for the guards to skip. Each import runs the real binary into a fresh dataset \
            (wall time and peak memory); then the same file is imported again (nothing may change), the gzipped file \
            once, pandas reads the CSV, the dataset the import made is ingested in full, and so is a synthetic dataset \
            of as many figures as the download has rows (`bilat-bench generate`), the ingest the targets compare to. \
            The targets of issue 16 are printed as PASS or MISS lines: import rows/s at least the full ingest's \
            figures/s, and a peak of 200 MiB or less for the first import and the re-import.

            Example:
              swift run -c release bilat-bench import --rows 1000000
            """)

    @Option(help: "Data rows in the generated download.") var rows: Int = 100_000
    @Option(help: "Repetitions; medians are reported.") var runs: Int = 3
    @Option(help: "Scratch folder (deleted and remade).") var scratch: String = NSTemporaryDirectory() + "/bilat-import-bench"
    @Option(help: "The bilat binary (default: beside this one).") var bilat: String?
    @Flag(help: "Skip the ingest of a synthetic dataset of as many figures (the targets then compare to the imported one).")
    var noSyntheticIngest = false
    @Flag(help: "Print the phases of each first import (wall and CPU seconds; BILAT_IMPORT_PHASES) and stop after the imports.")
    var phases = false

    static let peakTarget = 200.0

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw ValidationError("no bilat binary at \(binary)") }
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let download = scratch + "/TradeData_bench.csv"
        let counts = try SyntheticComtrade.write(rows: rows, to: download)
        let size = (try FileManager.default.attributesOfItem(atPath: download)[.size] as? Int) ?? 0
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB; runs: \(runs) (medians)")
        print("download: \(counts.rows) rows, \(counts.series) series, \(size / (1 << 20)) MiB")

        let dataset = "Datasets/bench"
        func fresh() throws {
            try? FileManager.default.removeItem(atPath: scratch + "/Datasets")
            let made = try Measure.child(binary, ["dataset", "new", "AFG", "ARE", "--name", "bench"], in: scratch)
            guard made.status == 0 else { print(made.output); throw ExitCode.failure }
            let parties = scratch + "/" + dataset + "/parties.csv"
            let extra = SyntheticComtrade.extraPartners(150).filter { CountryNames.name($0) == nil }.map { "\($0),Partner \($0),\n" }.joined()
            let handle = FileHandle(forWritingAtPath: parties)
            handle?.seekToEndOfFile()
            handle?.write(Data(extra.utf8))
            handle?.closeFile()
        }
        var times: [Double] = [], peaks: [Double] = [], cpus: [Double] = []
        var summary = ""
        if phases { setenv("BILAT_IMPORT_PHASES", "1", 1) }
        for i in 0..<runs {
            try fresh()
            let r = try Measure.childWithPeak(binary, ["import", "comtrade", download, "--into", dataset], in: scratch)
            guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
            times.append(r.seconds); peaks.append(r.peakMiB); cpus.append(r.cpuSeconds)
            summary = r.output.split(separator: "\n").filter { $0.hasPrefix("figures") || $0.hasPrefix("parties") || $0.hasPrefix("sources") }.joined(separator: "; ")
            print(String(format: "  import run %d: %.2f s, %.2f CPU s, peak %.0f MiB", i + 1, r.seconds, r.cpuSeconds, r.peakMiB))
            for line in r.output.split(separator: "\n") where line.hasPrefix("phase ") { print("    " + line) }
        }
        if phases { unsetenv("BILAT_IMPORT_PHASES"); return }
        let importTime = Measure.median(times)
        let figuresCSV = scratch + "/" + dataset + "/figures.csv"
        let figures = max(0, ((try? String(contentsOfFile: figuresCSV, encoding: .utf8))?.split(separator: "\n").count ?? 1) - 1)
        print("  \(summary)")
        row("bilat import comtrade (fresh dataset)", String(format: "%.0f rows/s", Double(counts.rows) / importTime),
            String(format: "median %.2f s, peak %.0f MiB (max of runs), %d figures kept", importTime, peaks.max() ?? 0, figures))

        // The same file again, into the dataset that has its figures: nothing may change, so every run is alike.
        var againTimes: [Double] = [], againPeaks: [Double] = [], againCPUs: [Double] = []
        var againLine = ""
        for _ in 0..<runs {
            let r = try Measure.childWithPeak(binary, ["import", "comtrade", download, "--into", dataset], in: scratch)
            guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
            againTimes.append(r.seconds); againPeaks.append(r.peakMiB); againCPUs.append(r.cpuSeconds)
            againLine = r.output.split(separator: "\n").first { $0.hasPrefix("figures") }.map(String.init) ?? ""
        }
        let againPeak = againPeaks.max() ?? 0
        row("re-import of the same file", String(format: "%.2f s", Measure.median(againTimes)),
            String(format: "median; runs %@; peak %.0f MiB (max); %@", againTimes.map { String(format: "%.2f", $0) }.joined(separator: " "),
                   againPeak, againLine))

        var gzipTime: Double?
        if let gzip = Measure.which("gzip") {
            _ = try Measure.child("/bin/sh", ["-c", "\(gzip) -1 -c '\(download)' > '\(download).gz'"])
            try fresh()
            let r = try Measure.childWithPeak(binary, ["import", "comtrade", download + ".gz", "--into", dataset], in: scratch)
            guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
            gzipTime = r.seconds
            let gzSize = (try FileManager.default.attributesOfItem(atPath: download + ".gz")[.size] as? Int) ?? 0
            row("bilat import comtrade of the .gz", String(format: "%.0f rows/s", Double(counts.rows) / r.seconds),
                String(format: "%.2f s, peak %.0f MiB (%d MiB gzipped)", r.seconds, r.peakMiB, gzSize / (1 << 20)))
        }

        var pandasTime: Double?
        if let python = Measure.which("python3"), try Measure.child(python, ["-c", "import pandas"]).status == 0 {
            var pandasTimes: [Double] = [], pandasPeaks: [Double] = []
            for _ in 0..<runs {
                let r = try Measure.childWithPeak(python, ["-c", "import pandas; pandas.read_csv('\(download)')"])
                guard r.status == 0 else { print(r.output); throw ExitCode.failure }
                pandasTimes.append(r.seconds); pandasPeaks.append(r.peakMiB)
            }
            pandasTime = Measure.median(pandasTimes)
            row("pandas read_csv (same file)", String(format: "%.0f rows/s", Double(counts.rows) / (pandasTime ?? 1)),
                String(format: "median %.2f s, peak %.0f MiB; runs %@", pandasTime ?? 0, pandasPeaks.max() ?? 0,
                       pandasTimes.map { String(format: "%.2f", $0) }.joined(separator: " ")))
        } else { row("pandas", "not installed") }

        var ingestTimes: [Double] = [], ingestPeaks: [Double] = [], ingestCPUs: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: scratch + "/bench.sqlite")
            let r = try Measure.childWithPeak(binary, ["ingest", dataset, "--db", "bench.sqlite"], in: scratch)
            guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
            ingestTimes.append(r.seconds); ingestPeaks.append(r.peakMiB); ingestCPUs.append(r.cpuSeconds)
        }
        let ingest = Measure.median(ingestTimes)
        row("bilat ingest of the imported figures", String(format: "%.0f figures/s", Double(figures) / ingest),
            String(format: "median %.2f s, peak %.0f MiB; runs %@", ingest, ingestPeaks.max() ?? 0,
                   ingestTimes.map { String(format: "%.2f", $0) }.joined(separator: " ")))

        var syntheticRate: Double?
        var syntheticCPUs: [Double] = []
        if !noSyntheticIngest {
            let synthetic = scratch + "/Datasets/synthetic"
            try SyntheticDataset.write(figures: counts.rows, to: synthetic)
            var syntheticTimes: [Double] = [], syntheticPeaks: [Double] = []
            for _ in 0..<runs {
                try? FileManager.default.removeItem(atPath: scratch + "/synthetic.sqlite")
                let r = try Measure.childWithPeak(binary, ["ingest", "Datasets/synthetic", "--db", "synthetic.sqlite"], in: scratch)
                guard r.status == 0 else { print(r.output.suffix(2000)); throw ExitCode.failure }
                syntheticTimes.append(r.seconds); syntheticPeaks.append(r.peakMiB); syntheticCPUs.append(r.cpuSeconds)
            }
            let median = Measure.median(syntheticTimes)
            syntheticRate = Double(counts.rows) / median
            row("bilat ingest of synthetic figures", String(format: "%.0f figures/s", syntheticRate ?? 0),
                String(format: "median %.2f s, peak %.0f MiB; runs %@", median, syntheticPeaks.max() ?? 0,
                       syntheticTimes.map { String(format: "%.2f", $0) }.joined(separator: " ")))
        }

        // CPU seconds (user + sys) hardly move with the machine's load, where wall times do.
        func cpu(_ values: [Double]) -> String { values.isEmpty ? "-" : String(format: "%.2f", Measure.median(values)) }
        print("\nCPU seconds (user + sys, medians): import \(cpu(cpus)), re-import \(cpu(againCPUs)), ingest of the imported figures \(cpu(ingestCPUs)), ingest of synthetic figures \(cpu(syntheticCPUs))")
        print("import runs: " + times.map { String(format: "%.2f", $0) }.joined(separator: " ") + " s; peaks " + peaks.map { String(format: "%.0f", $0) }.joined(separator: " ") + " MiB")
        print(String(format: "import rows/s ÷ ingest figures/s = %.2f", (Double(counts.rows) / importTime) / (Double(figures) / ingest)))
        if let pandasTime { print(String(format: "import time ÷ pandas read_csv time = %.2f", importTime / pandasTime)) }
        if let gzipTime { print(String(format: "gzipped import time ÷ plain = %.2f", gzipTime / importTime)) }

        // Issue 16's targets, against the ingests of this same run.
        let importRate = Double(counts.rows) / importTime
        print("\ntargets (issue 16, point 6):")
        func target(_ met: Bool, _ text: String) { print("  \(met ? "PASS" : "MISS")  \(text)") }
        if let syntheticRate {
            target(importRate >= syntheticRate, String(format: "import %.0f rows/s ≥ full ingest of %d synthetic figures %.0f figures/s (ratio %.2f)",
                                                      importRate, counts.rows, syntheticRate, importRate / syntheticRate))
        }
        let importedRate = Double(figures) / ingest
        target(importRate >= importedRate, String(format: "import %.0f rows/s ≥ full ingest of the %d imported figures %.0f figures/s (ratio %.2f)",
                                                 importRate, figures, importedRate, importRate / importedRate))
        let firstPeak = peaks.max() ?? 0
        target(firstPeak <= Self.peakTarget, String(format: "first import peak %.0f MiB ≤ %.0f MiB (max of %d runs)", firstPeak, Self.peakTarget, runs))
        target(againPeak <= Self.peakTarget, String(format: "re-import peak %.0f MiB ≤ %.0f MiB (max of %d runs)", againPeak, Self.peakTarget, runs))
        if let pandasTime {
            print(String(format: "  pandas read_csv of the same file: %.2f s (median), %.0f rows/s; bilat import %.2f s", pandasTime,
                         Double(counts.rows) / pandasTime, importTime))
        }
    }

    func row(_ name: String, _ value: String, _ note: String = "") {
        print("  " + name.padding(toLength: 40, withPad: " ", startingAt: 0) + value.padding(toLength: 18, withPad: " ", startingAt: 0) + note)
    }
}
