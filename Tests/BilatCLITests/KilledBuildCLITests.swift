import BilatTestSupport
import Foundation
import FoundationXML
import Testing

/// `bilat build` killed with SIGKILL at random moments never leaves a torn output, and the next build converges.
@Suite struct KilledBuildCLITests {
    let folder = TemporaryFolder("killed-build")
    var figures: String { folder.file("Datasets/azerbaijan-pakistan/figures.csv") }

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        try Repository.copy(Repository.root + "/Notebooks", to: folder.file("Notebooks"))
    }

    /// Starts `bilat build --force`, kills it after `delay` seconds; whether it had finished by then.
    func buildKilled(after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BilatBinary.path)
        process.arguments = ["build", "--force"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let end = Date().addingTimeInterval(delay)
        while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.002) }
        let finished = !process.isRunning
        if !finished { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return finished
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

    @Test func aKilledBuildLeavesNoTornFileAndTheNextBuildConverges() throws {
        // A full build's length, to kill within it.
        let start = Date()
        #expect(try buildKilled(after: 600) == true)
        let full = max(Date().timeIntervalSince(start), 0.2)
        let reference = try BilatBinary.run(["build"], in: folder.path)
        #expect(reference.status == 0)
        var generator = SystemRandomNumberGenerator()
        var delays: [Double] = []
        for round in 0..<12 {
            // Half the rounds start from an empty Output/, half from changed data, so files are both made and replaced.
            if round % 2 == 0 {
                try FileManager.default.removeItem(atPath: folder.file("Output"))
            } else {
                let text = try String(contentsOfFile: figures, encoding: .utf8)
                try text.replacingOccurrences(of: round % 4 == 1 ? "$11.7 million" : "$11.8 million",
                                              with: round % 4 == 1 ? "$11.8 million" : "$11.7 million")
                    .write(toFile: figures, atomically: false, encoding: .utf8)
            }
            let delay = Double.random(in: 0.02...full, using: &generator)
            delays.append(delay)
            _ = try buildKilled(after: delay)
            #expect(tornOutputs() == [], "killed after \(delay) s of a \(full) s build")
        }
        let next = try BilatBinary.run(["build"], in: folder.path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(tornOutputs() == [])
        let check = try BilatBinary.run(["build", "--check"], in: folder.path)
        #expect(check.status == 0, "killed after \(delays) s: \(check.stdout)")
        let leftovers = (FileManager.default.subpaths(atPath: folder.file("Output")) ?? []).filter { $0.contains(".bilat-partial-") }
        #expect(leftovers == [], "the next build clears what killed ones left")
    }
}
