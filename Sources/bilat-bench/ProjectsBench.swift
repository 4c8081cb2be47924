import ArgumentParser
import Bilat
import Foundation

/// `bilat-bench projects`: the generated-project property over many seeds, with counts.
struct ProjectsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects",
        abstract: "Build thousands of generated projects (several datasets, both directions, clashing names) and check each.",
        discussion: """
            Each seed writes a small project (GeneratedProject), runs the real bilat build on it, then bilat build \
            --check. Prints how many built, how many failed and the first failures. `swift test` runs 40 seeds \
            in-process; this runs the binary.

            Example:
              swift run -c release bilat-bench projects --seeds 2000
            """)

    @Option(help: "How many seeds, from --first.") var seeds: Int = 1000
    @Option(help: "The first seed.") var first: UInt64 = 1
    @Option(help: "The bilat binary (default: beside this one).") var bilat: String?

    func run() throws {
        let binary = bilat ?? (URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bilat")
        var failures: [String] = []
        var outputs = 0
        let started = ContinuousClock.now
        for seed in first..<(first + UInt64(max(0, seeds))) {
            let root = NSTemporaryDirectory() + "/bilat-projects-\(getpid())-\(seed)"
            defer { try? FileManager.default.removeItem(atPath: root) }
            try GeneratedProject.write(seed: seed, to: root)
            let build = try Measure.child(binary, ["build"], in: root)
            let check = try Measure.child(binary, ["build", "--check"], in: root)
            if build.status != 0 || check.status != 0 {
                failures.append("seed \(seed): build exit \(build.status), check exit \(check.status): "
                                + (build.status != 0 ? build.output : check.output).suffix(400))
            }
            if let line = check.output.split(separator: "\n").first(where: { $0.contains("outputs match") }),
               let n = line.split(separator: " ").first(where: { Int($0) != nil }).flatMap({ Int($0) }) {
                outputs += n
            }
            let done = Int(seed - first) + 1
            if done % 100 == 0 { print("  \(done) projects, \(failures.count) failed") }
        }
        let seconds = Measure.value(ContinuousClock.now - started)
        print("generated projects: \(seeds) built, \(seeds - failures.count) passed build and --check, \(failures.count) failed; "
              + "\(outputs) outputs checked; \(String(format: "%.1f", seconds)) s")
        for f in failures.prefix(10) { print(f) }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}
