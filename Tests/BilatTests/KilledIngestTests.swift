import Bilat
import BilatCore
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// `bilat ingest` killed with SIGKILL at random moments, during a first load and during a re-ingest with adds,
/// changes and removals: the store passes SQLite's integrity check and holds exactly the old state or the new
/// one, and the next ingest converges.
@Suite struct KilledIngestTests {
    let folder = TemporaryFolder("killed-ingest")
    var dataset: String { folder.file("Datasets/synthetic") }
    var figures: String { dataset + "/figures.csv" }
    var store: String { folder.file("Output/bilat.sqlite") }

    /// Runs `bilat ingest`, killed after `delay` seconds unless it finished first; how long it ran.
    @discardableResult
    func ingest(killedAfter delay: Double) throws -> Double {
        try BilatBinary.run(["ingest"], in: folder.path, killedAfter: delay).seconds
    }

    /// What the store holds, after SQLite's own check (nil when there is no store, or it holds no dataset).
    func state() throws -> [FigureListing]? {
        guard FileManager.default.fileExists(atPath: store) else { return nil }
        let opened = try Store(path: store)
        #expect(try opened.integrityCheck() == ["ok"])
        let listing = try opened.figures()
        return listing.isEmpty ? nil : listing
    }

    /// Two versions of one figures file: A leaves out the last 50 rows, B the first 50 (so B adds 50 and removes 50)
    /// and changes the value of 50 more.
    static func versions(of text: String) -> (a: String, b: String) {
        var lines = text.split(separator: "\n").map(String.init)
        guard lines.count > 400 else { return (text, text) }
        let header = lines.removeFirst()
        let a = [header] + lines.dropLast(50)
        var rest = Array(lines.dropFirst(50))
        var changed = 0
        for i in rest.indices where changed < 50 && rest[i].contains("million") {
            rest[i] = rest[i].replacingOccurrences(of: "million", with: "billion")
            changed += 1
        }
        return (a.joined(separator: "\n") + "\n", ([header] + rest).joined(separator: "\n") + "\n")
    }

    @Test(.timeLimit(.minutes(10))) func aKilledIngestLeavesTheOldStateOrTheNewOne() throws {
        try SyntheticDataset.write(figures: 20_000, to: dataset)
        let (versionA, versionB) = Self.versions(of: try String(contentsOfFile: figures, encoding: .utf8))
        #expect(versionA != versionB)
        try versionA.write(toFile: figures, atomically: true, encoding: .utf8)

        // The two states, each made by an ingest that ran to its end.
        let firstLoad = try ingest(killedAfter: 600)
        let stateA = try #require(try state())
        try versionB.write(toFile: figures, atomically: true, encoding: .utf8)
        let reingest = try ingest(killedAfter: 600)
        let stateB = try #require(try state())
        #expect(stateA.count == stateB.count && stateA != stateB, "B must be an ingest that changed A")

        var generator = SystemRandomNumberGenerator()
        var outcomes = (old: 0, new: 0)
        let rounds = ProcessInfo.processInfo.environment["BILAT_KILL_ROUNDS"].flatMap { Int($0) }.map { max(2, $0) } ?? 10
        for round in 0..<rounds {
            // Even rounds: a first load of B into no store. Odd rounds: a re-ingest of B over A's store.
            try? FileManager.default.removeItem(atPath: folder.file("Output"))
            if round % 2 == 1 {
                try versionA.write(toFile: figures, atomically: true, encoding: .utf8)
                try ingest(killedAfter: 600)
                try versionB.write(toFile: figures, atomically: true, encoding: .utf8)
            }
            let span = round % 2 == 0 ? firstLoad : reingest
            let delay = Double.random(in: 0.01...max(0.02, span), using: &generator)
            try ingest(killedAfter: delay)
            let found = try state()
            let old = round % 2 == 0 ? nil : stateA
            let whole = found == old || found == stateB
            #expect(whole, "round \(round), killed after \(delay) s of \(span) s: \(found?.count ?? 0) figures, neither the old state nor the new")
            if found == stateB { outcomes.new += 1 } else { outcomes.old += 1 }
            // The next ingest converges.
            try ingest(killedAfter: 600)
            let converged = try state() == stateB
            #expect(converged, "round \(round): the ingest after a kill did not converge")
        }
        // Kills fall across the whole ingest, so some must land before its commit: else this tested nothing.
        #expect(outcomes.old > 0, "every kill came after the commit")
        print("killed ingests: \(rounds) kills, \(outcomes.old) left the old state, \(outcomes.new) the new one; all passed the integrity check and converged")
    }
}
