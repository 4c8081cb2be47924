import ArgumentParser
import Bilat
import BilatCore
import BilatDatasets
import BilatStore
import BilatRender
import Foundation

/// Repeats one in-memory stage over a synthetic dataset, so a profiler (perf, callgrind) sees that stage alone.
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Repeat one stage for a profiler, e.g. perf record -g bilat-bench profile export.")

    enum Stage: String, ExpressibleByArgument, CaseIterable { case growth, export, read, write, analyse, load }

    @Argument(help: "The stage to repeat: growth, export, read (ingest's reading side: figures.csv streamed and validated into figures), write (ingest's writing side: figures read first, then made into rows and stored into a new database), analyse (each step of reading and analysing, timed once), or load (the datasets read back from a store ingested once).") var stage: Stage
    @Option(help: "Dataset size.") var figures: Int = 100_000
    @Option(help: "Repetitions of the stage.") var repeats: Int = 5
    @Option(help: "Scratch folder; an existing dataset of the same size there is reused.") var scratch: String = NSTemporaryDirectory() + "/bilat-profile"

    func run() throws {
        let dataset = scratch + "/\(figures)/Datasets/synthetic"
        if !FileManager.default.fileExists(atPath: dataset + "/figures.csv") { try SyntheticDataset.write(figures: figures, to: dataset) }
        if stage == .read {
            let path = dataset + "/figures.csv"
            var count = 0
            let took = try Measure.time(runs: repeats) {
                var stream = try DatasetStream(files: try DatasetFolders.load(dataset, leaving: ["figures.csv"]), figures: try FileChunks(path: path))
                try stream.streamFigures(reread: { try FileChunks(path: path) }) { _, _ in count += 1 }
            }
            print("read: median \(String(format: "%.3f", took)) s over \(repeats) runs, \(count / repeats) figures")
            return
        }
        if stage == .write {
            let (read, _) = DatasetReader.read(try DatasetFolders.load(dataset))
            guard let read else { throw ValidationError("the synthetic dataset does not read") }
            let figures = read.figures
            var shell = read
            shell.figures = []
            let database = scratch + "/write.sqlite"
            let took = try Measure.time(runs: repeats) {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
                _ = try Store.ingest([shell], into: database, replacingAll: true) { name, write in
                    for figure in figures { try write(figure, read.rowLocations["figures/\(figure.id)"]?.line ?? 0) }
                }
            }
            print("write: median \(String(format: "%.3f", took)) s over \(repeats) runs, \(figures.count) figures")
            return
        }
        if stage == .load {
            let database = scratch + "/load-\(figures).sqlite"
            if !FileManager.default.fileExists(atPath: database) {
                _ = try IngestStage.run(folders: [dataset], database: database, replacingAll: true)
            }
            var count = 0
            let took = try Measure.time(runs: repeats) {
                count = try Store(path: database, access: .readOnly).datasets().reduce(0) { $0 + $1.figures.count }
            }
            print("load: median \(String(format: "%.3f", took)) s over \(repeats) runs, \(count) figures")
            return
        }
        if stage == .analyse {
            let clock = ContinuousClock()
            var read: Dataset?
            var observations: [Observation] = [], derived: [Observation] = [], findings: [Finding] = []
            let steps: [(String, () throws -> Void)] = [
                ("read and validate", { read = DatasetReader.read(try DatasetFolders.load(dataset)).dataset }),
                ("observations", { observations = Observation.reported(in: read!) }),
                ("implied figures", { derived = ImpliedFigures.derive(from: read!, reported: observations) }),
                ("checks", { findings = Checks.run(read!, reported: observations) }),
                ("growth", { _ = Growth.rows(observations + derived) }),
            ]
            for (name, step) in steps { print("\(name): \(Measure.seconds(try clock.measure(step))) s") }
            print("\(observations.count) observations, \(derived.count) implied, \(findings.count) findings")
            return
        }
        let analysis = try AnalysisStage.run(folders: [dataset])
        let observations = analysis.reported + analysis.derived
        if stage == .export {
            // Each file alone as well: the export writes them at once, which hides which one is slow.
            let rows = analysis.relationships.map { CSVExport.RelationshipRows(view: $0.view, derived: $0.derived) }
            let figures = Measure.time(runs: repeats) { _ = CSVExport.figures(rows, flavour: .excel) }
            let growth = Measure.time(runs: repeats) { _ = CSVExport.growth(analysis.growth, relationships: rows, flavour: .excel) }
            print(String(format: "figures.csv alone: %.3f s, growth.csv alone: %.3f s", figures, growth))
        }
        let took = Measure.time(runs: repeats) {
            switch stage {
            case .growth: _ = Growth.rows(observations)
            case .export: _ = ExportStage.files(analysis, flavour: .excel)
            case .read, .write, .analyse, .load: break
            }
        }
        print("\(stage.rawValue): median \(String(format: "%.3f", took)) s over \(repeats) runs, \(figures) figures")
    }
}
