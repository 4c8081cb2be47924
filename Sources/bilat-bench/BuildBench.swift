import ArgumentParser
import Bilat
import Foundation

/// `bilat-bench build`: the main job on a generated project of several datasets, many partners and both
/// directions: a full build, a build with nothing changed, and a build after one figure changed.
struct BuildBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Time bilat build on a generated multi-dataset project: full, nothing changed, one figure changed.",
        discussion: """
            The project has three datasets: half the figures from HOM's side, a quarter more, and a quarter \
            reported by the partners (reporter and partner swapped), over 200 partners. Each build is the real \
            binary, with its wall time and peak memory.

            Example:
              swift run -c release bilat-bench build --figures 100000 1000000
            """)

    @Option(parsing: .upToNextOption, help: "Project sizes, in figures.") var figures: [Int] = [100_000]
    @Option(help: "Runs of each measure (medians are reported).") var runs: Int = 1
    @Option(help: "Where projects are written.") var out: String = NSTemporaryDirectory() + "/bilat-build-bench"
    @Option(help: "The bilat binary (default: beside this one).") var bilat: String?

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        for count in figures { _ = try measure(count, binary: binary) }
    }

    /// One size's runs, as `run` prints them; `bilat-bench targets` checks them against issue 19.
    struct Builds {
        var root: String
        var ingest: [Measure.ChildRun], full: [Measure.ChildRun], nothingChanged: [Measure.ChildRun], oneChanged: [Measure.ChildRun]
    }

    func measure(_ count: Int, binary: String) throws -> Builds {
        let root = "\(out)/\(count)"
        try? FileManager.default.removeItem(atPath: root)
        for (name, share, seed, reversed) in [("synthetic-a", 2, UInt64(1), false), ("synthetic-b", 4, 2, false), ("synthetic-reversed", 4, 3, true)] {
            try SyntheticDataset.write(figures: count / share, to: "\(root)/Datasets/\(name)", seed: seed, reversed: reversed)
            try fixDescriptorName(in: "\(root)/Datasets/\(name)", to: name)
        }
        try FileManager.default.createDirectory(atPath: "\(root)/Notebooks", withIntermediateDirectories: true)
        print("bilat build on \(count) figures (3 datasets, 200 partners, both directions), \(runs) run\(runs == 1 ? "" : "s") each:")
        // The peer: a full ingest of the same figures into a fresh store, as a build's first stage is.
        let ingest = try repeated { _ in
            try? FileManager.default.removeItem(atPath: "\(root)/ingest-peer.sqlite")
            return try Measure.childWithPeak(binary, ["ingest", "--db", "ingest-peer.sqlite"], in: root)
        }
        try? FileManager.default.removeItem(atPath: "\(root)/ingest-peer.sqlite")
        report("full ingest (peer)", ingest)
        // Each full build starts from nothing: no store, no Output/.
        let full = try repeated { _ in
            try? FileManager.default.removeItem(atPath: "\(root)/Output")
            return try Measure.childWithPeak(binary, ["build"], in: root)
        }
        report("full build", full)
        let (fullFiles, bytes) = outputSize("\(root)/Output")
        print("  outputs: \(fullFiles) files, \(String(format: "%.1f", Double(bytes) / 1_000_000)) MB (the store not counted)")
        let same = try repeated { _ in try Measure.childWithPeak(binary, ["build"], in: root) }
        report("nothing changed", same)
        // Each run changes the first figure to a value it did not have, so every run has one change to build.
        let one = try repeated { run in
            try changeOneFigure(in: "\(root)/Datasets/synthetic-a/figures.csv", to: "$\(123 + run).4 million")
            return try Measure.childWithPeak(binary, ["build"], in: root)
        }
        report("one figure changed", one)
        if let line = one.last?.output.split(separator: "\n").first(where: { $0.contains("figures ") && $0.contains("changed") }) {
            print("    \(line.trimmingCharacters(in: .whitespaces))")
        }
        printTargets(count: count, ingest: ingest, full: full, same: same, one: one)
        return Builds(root: root, ingest: ingest, full: full, nothingChanged: same, oneChanged: one)
    }

    /// Runs one measure `runs` times.
    func repeated(_ body: (Int) throws -> Measure.ChildRun) throws -> [Measure.ChildRun] {
        try (0..<max(1, runs)).map(body)
    }

    static func median(_ runs: [Measure.ChildRun]) -> Double { Measure.median(runs.map(\.seconds)) }

    /// Issue 19's targets for the main job, against the full ingest of this run.
    func printTargets(count: Int, ingest: [Measure.ChildRun], full: [Measure.ChildRun], same: [Measure.ChildRun], one: [Measure.ChildRun]) {
        let (i, f, s, o) = (Self.median(ingest), Self.median(full), Self.median(same), Self.median(one))
        let peak = (full + same + one).map(\.peakMiB).max() ?? 0
        func line(_ met: Bool, _ text: String) { print("  \(met ? "PASS" : "MISS")  \(text)") }
        let cpu = { (runs: [Measure.ChildRun]) in Measure.median(runs.map(\.cpuSeconds)) }
        print("targets (issue 19, point 1, at \(count) figures; medians of \(runs); wall time, CPU ratio in brackets):")
        line(f <= 3 * i, String(format: "full build %.2f s ≤ 3× full ingest %.2f s (ratio %.1f×; CPU %.1f×)", f, i, f / i,
                                cpu(full) / max(cpu(ingest), 0.001)))
        line(o <= 0.1 * f, String(format: "one figure changed %.2f s ≤ 10 %% of a full build (%.1f %%; CPU %.1f %%)", o, 100 * o / f,
                                  100 * cpu(one) / max(cpu(full), 0.001)))
        line(s <= 0.2, String(format: "nothing changed %.3f s ≤ 0.2 s", s))
        line(peak <= 1024, String(format: "peak memory %.0f MiB ≤ 1 GiB (max over the builds)", peak))
    }

    func report(_ what: String, _ runs: [Measure.ChildRun]) {
        // With BILAT_TIMINGS=1 each build prints its stages (`StageTimings`); show them under the measure.
        if ProcessInfo.processInfo.environment["BILAT_TIMINGS"] == "1" {
            for (n, run) in runs.enumerated() {
                for line in run.output.split(separator: "\n") where line.hasPrefix("timing") { print("    run \(n + 1) \(line)") }
            }
        }
        let failed = runs.first { $0.status != 0 }
        let status = failed.map { "  EXIT \($0.status): \($0.output.suffix(300))" } ?? ""
        let each = runs.count > 1 ? "   runs " + runs.map { String(format: "%.2f", $0.seconds) }.joined(separator: " ") : ""
        let peak = runs.map(\.peakMiB).max() ?? 0
        let cpu = Measure.median(runs.map(\.cpuSeconds))
        print("  \(what.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", Self.median(runs))) s   "
              + "cpu \(String(format: "%8.2f", cpu)) s   peak \(String(format: "%6.0f", peak)) MiB\(each)\(status)")
        fflush(nil)   // each measure as it is made, also into a file
    }


    /// Files under Output/ and their bytes, without the store (bilat.sqlite and its journal files).
    func outputSize(_ folder: String) -> (files: Int, bytes: Int) {
        var files = 0, bytes = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            guard !(name as NSString).lastPathComponent.hasPrefix("bilat.sqlite"),
                  let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files += 1
            bytes += (attributes[.size] as? Int) ?? 0
        }
        return (files, bytes)
    }

    /// The generator names every descriptor "synthetic"; bilat wants the folder's name.
    func fixDescriptorName(in folder: String, to name: String) throws {
        let path = folder + "/datapackage.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"name\" : \"synthetic\"", with: "\"name\" : \"\(name)\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Rewrites the value of the first figure row, so exactly one figure changes.
    func changeOneFigure(in path: String, to value: String) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        guard lines.count > 1 else { return }
        var cells = lines[1].components(separatedBy: ",")
        guard cells.count > 8 else { return }
        cells[8] = value
        lines[1] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
