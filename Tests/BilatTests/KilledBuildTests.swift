import Bilat
import BilatTestSupport
import Foundation
import FoundationXML
import Testing

/// `bilat build` killed with SIGKILL at random moments never leaves a torn output, and the next build converges.
///
/// On the bundled data a build is mostly analysis, so few kills land mid-write; the generated project (500
/// figures over 200 partners, both directions) writes hundreds of outputs, so most do. `BILAT_KILL_ROUNDS`
/// sets the rounds of each (12 and 6 by default) for a long run; each prints its counts.
@Suite struct KilledBuildTests {
    enum Fixture: String, CaseIterable, Sendable { case bundled, generated }

    let folder = TemporaryFolder("killed-build")
    var figures = ""
    /// Replaces one amount with another in `figures`, so a round starts from changed data.
    var edit = ("", "")

    static func rounds(_ fixture: Fixture) -> Int {
        ProcessInfo.processInfo.environment["BILAT_KILL_ROUNDS"].flatMap { Int($0) }.map { max(2, $0) } ?? (fixture == .bundled ? 12 : 6)
    }

    mutating func make(_ fixture: Fixture) throws {
        switch fixture {
        case .bundled:
            try Repository.copyBundledProject(into: folder)
            figures = folder.file("Datasets/azerbaijan-pakistan/figures.csv")
            edit = ("$11.7 million", "$11.8 million")
        case .generated:
            try SyntheticDataset.write(figures: 500, to: folder.file("Datasets/synthetic"))
            try FileManager.default.createDirectory(atPath: folder.file("Notebooks"), withIntermediateDirectories: true)
            figures = folder.file("Datasets/synthetic/figures.csv")
            let text = try String(contentsOfFile: figures, encoding: .utf8)
            edit = text.contains("million") ? ("million", "billion") : ("1", "2")
        }
    }

    /// Starts `bilat build --force`, kills it after `delay` seconds; whether it had finished by then.
    func buildKilled(after delay: Double) throws -> Bool {
        try BilatBinary.run(["build", "--force"], in: folder.path, killedAfter: delay).finished
    }

    /// Every output under Output/ that is torn: empty, cut short, or not parsable as what it claims to be.
    func tornOutputs() -> [String] {
        let output = folder.file("Output")
        guard let walker = FileManager.default.enumerator(atPath: output) else { return [] }
        var torn: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            // The store is SQLite's to keep whole (WAL); hidden temporary files are not outputs.
            guard !name.hasPrefix("bilat.sqlite"), !name.hasPrefix("."),
                  let data = FileManager.default.contents(atPath: output + "/" + relative) else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output + "/" + relative, isDirectory: &isFolder), isFolder.boolValue { continue }
            let text = String(decoding: data, as: UTF8.self)
            let whole: Bool
            switch (name as NSString).pathExtension {
            case "svg": whole = text.hasSuffix("</svg>\n") && (try? XMLDocument(data: data)) != nil
            case "html": whole = text.hasSuffix("</html>\n")
            case "json": whole = (try? JSONSerialization.jsonObject(with: data)) != nil
            case "csv": whole = Self.isWholeCSV(text)
            default: whole = !data.isEmpty
            }
            if !whole || data.isEmpty { torn.append(relative + " (\(data.count) bytes)") }
        }
        return torn.sorted()
    }

    /// Ends with a line end, and every record has the header's number of fields (quotes balanced).
    static func isWholeCSV(_ text: String) -> Bool {
        // CRLF files: "\r\n" is one Character, so look at the scalars.
        guard text.unicodeScalars.last == "\n" else { return false }
        var fieldsPerRecord: [Int] = []
        var fields = 1, quoted = false
        for ch in text.unicodeScalars {
            if ch == "\"" { quoted.toggle() } else if !quoted && ch == "," { fields += 1 } else if !quoted && ch == "\n" {
                fieldsPerRecord.append(fields)
                fields = 1
            }
        }
        return !quoted && Set(fieldsPerRecord).count == 1
    }

    @Test(.timeLimit(.minutes(10)), arguments: Fixture.allCases)
    func aKilledBuildLeavesNoTornFileAndTheNextBuildConverges(_ fixture: Fixture) throws {
        var test = self
        try test.make(fixture)
        try test.killRounds(fixture)
    }

    func killRounds(_ fixture: Fixture) throws {
        // A full build's length, to kill within it.
        let start = Date()
        #expect(try buildKilled(after: 600) == true)
        let full = max(Date().timeIntervalSince(start), 0.2)
        let reference = try BilatBinary.run(["build"], in: folder.path)
        #expect(reference.status == 0, "\(reference.stderr)")
        let outputs = (FileManager.default.subpaths(atPath: folder.file("Output")) ?? []).count
        var generator = SystemRandomNumberGenerator()
        var delays: [Double] = []
        var killed = 0
        let rounds = Self.rounds(fixture)
        for round in 0..<rounds {
            // Half the rounds start from an empty Output/, half from changed data, so files are both made and replaced.
            if round % 2 == 0 {
                try FileManager.default.removeItem(atPath: folder.file("Output"))
            } else {
                let text = try String(contentsOfFile: figures, encoding: .utf8)
                let (from, to) = round % 4 == 1 ? edit : (edit.1, edit.0)
                try text.replacingOccurrences(of: from, with: to).write(toFile: figures, atomically: false, encoding: .utf8)
            }
            let delay = Double.random(in: 0.02...full, using: &generator)
            delays.append(delay)
            if try !buildKilled(after: delay) { killed += 1 }
            #expect(tornOutputs() == [], "\(fixture): killed after \(delay) s of a \(full) s build")
        }
        let next = try BilatBinary.run(["build"], in: folder.path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(tornOutputs() == [])
        let check = try BilatBinary.run(["build", "--check"], in: folder.path)
        #expect(check.status == 0, "killed after \(delays) s: \(check.stdout)")
        let leftovers = (FileManager.default.subpaths(atPath: folder.file("Output")) ?? []).filter { $0.contains(".bilat-partial-") }
        #expect(leftovers == [], "the next build clears what killed ones left")
        // Kills must land inside builds, else this tested nothing.
        #expect(killed > 0, "every build finished before its kill")
        print("killed builds (\(fixture), \(outputs) outputs, \(String(format: "%.2f", full)) s a build): \(killed) of \(rounds) killed mid-build, 0 torn files, converged")
    }
}
