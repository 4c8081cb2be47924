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
            """,
        subcommands: [Generate.self, Run.self, ExtractBench.self],
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
