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
    @Option(help: "Where projects are written.") var out: String = NSTemporaryDirectory() + "/bilat-build-bench"
    @Option(help: "The bilat binary (default: beside this one).") var bilat: String?

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        for count in figures { _ = try measure(count, binary: binary) }
    }

    /// One size's builds, as `run` prints them; `bilat-bench targets` checks them against issue 19.
    struct Builds { var root: String; var full: Measure.ChildRun; var nothingChanged: Measure.ChildRun; var oneChanged: Measure.ChildRun }

    func measure(_ count: Int, binary: String) throws -> Builds {
        let root = "\(out)/\(count)"
        try? FileManager.default.removeItem(atPath: root)
        for (name, share, seed, reversed) in [("synthetic-a", 2, UInt64(1), false), ("synthetic-b", 4, 2, false), ("synthetic-reversed", 4, 3, true)] {
            try SyntheticDataset.write(figures: count / share, to: "\(root)/Datasets/\(name)", seed: seed, reversed: reversed)
            try fixDescriptorName(in: "\(root)/Datasets/\(name)", to: name)
        }
        try FileManager.default.createDirectory(atPath: "\(root)/Notebooks", withIntermediateDirectories: true)
        print("bilat build on \(count) figures (3 datasets, 200 partners, both directions):")
        let full = try Measure.childWithPeak(binary, ["build"], in: root)
        report("full build", full)
        let same = try Measure.childWithPeak(binary, ["build"], in: root)
        report("nothing changed", same)
        try changeOneFigure(in: "\(root)/Datasets/synthetic-a/figures.csv")
        let one = try Measure.childWithPeak(binary, ["build"], in: root)
        report("one figure changed", one)
        if let line = one.output.split(separator: "\n").first(where: { $0.contains("figures ") && $0.contains("changed") }) {
            print("    \(line.trimmingCharacters(in: .whitespaces))")
        }
        return Builds(root: root, full: full, nothingChanged: same, oneChanged: one)
    }

    func report(_ what: String, _ run: Measure.ChildRun) {
        let status = run.status == 0 ? "" : "  EXIT \(run.status): \(run.output.suffix(300))"
        print("  \(what.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", run.seconds)) s   peak \(String(format: "%6.0f", run.peakMiB)) MiB\(status)")
    }

    /// The generator names every descriptor "synthetic"; bilat wants the folder's name.
    func fixDescriptorName(in folder: String, to name: String) throws {
        let path = folder + "/datapackage.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"name\" : \"synthetic\"", with: "\"name\" : \"\(name)\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Rewrites the value of the first figure row, so exactly one figure changes.
    func changeOneFigure(in path: String) throws {
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        guard lines.count > 1 else { return }
        var cells = lines[1].components(separatedBy: ",")
        guard cells.count > 8 else { return }
        cells[8] = "$123.4 million"
        lines[1] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
