import Foundation

/// Runs the real `bilat` executable, as a user would, and captures what it printed.
public struct BinaryRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum BilatBinary {
    /// The built `bilat` next to the test bundle (SwiftPM puts products and tests in one folder).
    public static let path: String = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("bilat"))
        candidates.append(bundle.appendingPathComponent("bilat"))
        for arg in CommandLine.arguments.prefix(1) {
            var url = URL(fileURLWithPath: arg)
            for _ in 0..<4 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("bilat"))
            }
        }
        candidates.append(URL(fileURLWithPath: Repository.root + "/.build/debug/bilat"))
        for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c.path }
        return Repository.root + "/.build/debug/bilat"
    }()

    /// Runs `bilat arguments…` in `directory` with no standard input.
    public static func run(_ arguments: [String], in directory: String = Repository.root) throws -> BinaryRun {
        try Program.run(path, arguments, in: directory)
    }

    /// Starts `bilat arguments…` in `directory` and returns at once, its output discarded and no standard input:
    /// for tests that act while it runs (kill it, read its store).
    public static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `bilat arguments…`, killed with SIGKILL after `delay` seconds unless it finished first: whether it
    /// finished, and how long it ran.
    @discardableResult
    public static func run(_ arguments: [String], in directory: String, killedAfter delay: Double) throws -> (finished: Bool, seconds: Double) {
        let start = Date()
        let process = try self.start(arguments, in: directory)
        let end = start.addingTimeInterval(delay)
        while process.isRunning && Date() < end { Thread.sleep(forTimeInterval: 0.002) }
        let finished = !process.isRunning
        if !finished { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return (finished, Date().timeIntervalSince(start))
    }
}

/// Other programs tests run: python3 scripts, the browser.
public enum Program {
    /// The first executable of that name on PATH, as a shell would find it; nil when there is none.
    public static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the executable at `path` with `arguments` in `directory`, with no standard input.
    public static func run(_ path: String, _ arguments: [String], in directory: String = Repository.root) throws -> BinaryRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "120"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return BinaryRun(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}
