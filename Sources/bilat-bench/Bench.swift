import ArgumentParser
import Bilat
import BilatCore
import BilatDatasets
import BilatRender
import Foundation

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bilat-bench",
        abstract: "Benchmarks for bilat that print figures; not part of swift test.",
        discussion: """
            Run in release mode from the project folder:
              swift build -c release
              swift run -c release bilat-bench generate --figures 100000 --out /tmp/bench/synthetic
              swift run -c release bilat-bench run --figures 100000
              swift run -c release bilat-bench run --figures 100000 1000000 --compare
              swift run -c release bilat-bench extract --megabytes 20 --compare
              swift run -c release bilat-bench profile write --figures 100000   # one stage, for a profiler
              swift run -c release bilat-bench projects --seeds 2000            # generated projects build and pass --check
              swift run -c release bilat-bench build --figures 100000           # a full, a no-change and a one-change build
              swift run -c release bilat-bench import --rows 1000000            # import comtrade against pandas and ingest
              swift run -c release bilat-bench targets --figures 1000000        # every target of issue 19, PASS or MISS
            """,
        subcommands: [Generate.self, Run.self, Targets.self, ImportBench.self, ExtractBench.self, ProjectsBench.self, BuildBench.self, Peak.self, Profile.self],
        defaultSubcommand: Run.self)
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic dataset of N figures.")

    @Option(help: "How many figures.") var figures: Int = 100_000
    @Option(help: "The dataset folder to write.") var out: String
    @Option(help: "Seed: the same seed gives the same bytes.") var seed: UInt64 = 1

    func run() throws {
        let clock = ContinuousClock()
        let took = try clock.measure { try SyntheticDataset.write(figures: figures, to: out, seed: seed) }
        print("wrote \(figures) figures to \(out) in \(Measure.seconds(took)) s")
    }
}

/// Runs one program and writes its peak resident memory (KiB) to a file; `run` measures ingests through it.
struct Peak: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a program and record its peak memory (used by run).", shouldDisplay: false)

    @Argument(help: "File to write the peak (KiB) to.") var output: String
    @Argument(parsing: .postTerminator, help: "The program and its arguments.") var command: [String]

    func run() throws {
        guard let program = command.first else { throw ValidationError("name a program after --") }
        let result = try Measure.child(program, Array(command.dropFirst()))
        try String(Int(result.peakMiB * 1024)).write(toFile: output, atomically: true, encoding: .utf8)
        print(result.output, terminator: "")
        throw ExitCode(result.status)
    }
}
