import BilatCore
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// Several real `bilat` processes writing one project's store at once take turns: each succeeds, none removes
/// what another committed, and the store ends sound and complete.
@Suite struct ConcurrentIngestTests {
    /// The figures a single ingest of the bundled dataset stores, to compare each trial's store with.
    static let expected: [FigureListing] = {
        let folder = TemporaryFolder("concurrent-reference")
        let ran = try? project(in: folder).run(["ingest"])
        guard ran?.status == 0, let store = try? Store(path: folder.file("Output/bilat.sqlite"), access: .readOnly) else { return [] }
        return (try? store.figures()) ?? []
    }()

    struct Project {
        let folder: TemporaryFolder
        func run(_ arguments: [String]) throws -> BinaryRun { try BilatBinary.run(arguments, in: folder.path) }
    }

    static func project(in folder: TemporaryFolder) throws -> Project {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        try Repository.copy(Repository.root + "/Notebooks", to: folder.file("Notebooks"))
        return Project(folder: folder)
    }

    /// Starts every command at once, each in its own process, and waits for all of them.
    static func together(_ commands: [[String]], in project: Project) -> [Result<BinaryRun, any Error>] {
        nonisolated(unsafe) var results = [Result<BinaryRun, any Error>](repeating: .failure(CancellationError()), count: commands.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: commands.count) { i in
            let result = Result { try project.run(commands[i]) }
            lock.withLock { results[i] = result }
        }
        return results
    }

    enum Start: String, CaseIterable { case newProject = "a new project", existingStore = "an existing store, one row edited" }

    @Test(arguments: [
        (Start.newProject, [["ingest"], ["ingest"]], 4),
        (Start.newProject, [["ingest"], ["build"], ["ingest"]], 1),
        (Start.existingStore, [["ingest"], ["ingest"], ["ingest"]], 1),
    ])
    func processesTakeTurns(start: Start, commands: [[String]], trials: Int) throws {
        try #require(!Self.expected.isEmpty, "a single ingest of the bundled dataset works")
        for trial in 1...trials {
            let folder = TemporaryFolder("concurrent")
            let project = try Self.project(in: folder)
            var expected = Self.expected
            if start == .existingStore {
                #expect(try project.run(["ingest"]).status == 0)
                // An edit each process finds to do: a note on the first figure.
                let path = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
                var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
                lines[1] += " (edited)"
                try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
                expected = []
            }
            for (command, result) in zip(commands, Self.together(commands, in: project)) {
                let run = try result.get()
                #expect(run.status == 0, "trial \(trial), bilat \(command.joined(separator: " ")): \(run.stderr)")
            }
            let store = try Store(path: folder.file("Output/bilat.sqlite"), access: .readOnly)
            #expect(try store.integrityCheck() == ["ok"])
            let figures = try store.figures()
            #expect(figures.count == Self.expected.count)
            if expected.isEmpty {
                #expect(figures != Self.expected, "the edit is stored")
            } else {
                #expect(figures == expected)
            }
        }
    }
}
