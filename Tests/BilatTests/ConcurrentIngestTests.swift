import Bilat
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
        try Repository.copyBundledProject(into: folder)
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
        (Start.newProject, [["build"], ["build"]], 2),
        (Start.existingStore, [["build"], ["ingest"], ["build"]], 3),
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
                #expect(run.status == 0, "trial \(trial), bilat \(command.joined(separator: " ")): \(run.stdout)\(run.stderr)")
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
            // Builds that ran together leave Output/ as one build would: a further check finds nothing to do.
            if commands.contains(["build"]) {
                let check = try project.run(["build", "--check"])
                #expect(check.status == 0, "trial \(trial): after \(commands) at once, build --check: \(check.stdout)\(check.stderr)")
            }
        }
    }

    /// A reader during a long re-ingest sees the old figures or the new ones, never an error or a mixture.
    @Test(.timeLimit(.minutes(10))) func aReaderDuringALongIngestSeesOneState() throws {
        let folder = TemporaryFolder("concurrent-reader")
        let figures = folder.file("Datasets/synthetic/figures.csv")
        try SyntheticDataset.write(figures: 20_000, to: folder.file("Datasets/synthetic"))
        let project = Project(folder: folder)
        #expect(try project.run(["ingest"]).status == 0)
        let path = folder.file("Output/bilat.sqlite")
        // What a reader sees, in one statement: how many figures, and the sum of their values.
        func read() throws -> [[String]] {
            try Store(path: path, access: .readOnly).query("SELECT count(*), total(CAST(value AS REAL)) FROM figure", arguments: [:]).rows
        }
        let before = try read()
        let text = try String(contentsOfFile: figures, encoding: .utf8)
        try text.replacingOccurrences(of: "million", with: "billion").write(toFile: figures, atomically: true, encoding: .utf8)

        let ingest = try BilatBinary.start(["ingest"], in: folder.path)
        var seen: [[[String]]] = []
        var failures: [String] = []
        while ingest.isRunning {
            do { seen.append(try read()) } catch { failures.append("\(error)") }
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        let after = try read()
        #expect(after != before, "the re-ingest changed the figures")
        #expect(failures == [], "reads during the ingest failed")
        let other = seen.filter { $0 != before && $0 != after }
        #expect(other == [], "reads saw a state that is neither the old nor the new")
        #expect(seen.count >= 2, "the ingest was too short to read during it")
        print("reads during a re-ingest of 20,000 figures: \(seen.count) (\(seen.filter { $0 == before }.count) saw the old state, \(seen.filter { $0 == after }.count) the new one), \(failures.count) failed")
    }
}
