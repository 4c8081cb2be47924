import Foundation

/// Timing helpers: medians over repeated runs, and child processes with their peak memory.
enum Measure {
    static func seconds(_ d: Duration) -> String { String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
    static func value(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Runs `body` `runs` times and returns the median seconds.
    static func time(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            samples.append(value(try clock.measure(body)))
        }
        return median(samples)
    }

    /// `cpuSeconds`: user + system time of the child and the children it waited for (a `peak` wrapper included).
    struct ChildRun { var seconds: Double; var peakMiB: Double; var status: Int32; var output: String; var cpuSeconds = 0.0 }

    /// Runs a program through a fresh `bilat-bench peak` process, for a peak-memory figure that is the program's own.
    /// (A child spawned straight from this process is charged this process's peak: Linux carries the high-water
    /// mark of the memory it was spawned from across exec.)
    static func childWithPeak(_ path: String, _ arguments: [String], in directory: String? = nil) throws -> ChildRun {
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let peakFile = NSTemporaryDirectory() + "/bilat-bench-peak-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: peakFile) }
        var run = try child(bench, ["peak", peakFile, "--", path] + arguments, in: directory)
        let kib = (try? String(contentsOfFile: peakFile, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        run.peakMiB = (kib ?? 0) / 1024
        return run
    }

    /// Runs a program with posix_spawn and waits with wait4, for its wall time and peak resident memory.
    /// (Foundation's Process reaps its children itself, which would race with wait4 and lose the rusage.)
    static func child(_ path: String, _ arguments: [String], in directory: String? = nil, stdin: String? = nil) throws -> ChildRun {
        let outputPath = NSTemporaryDirectory() + "/bilat-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
        let inputPath = outputPath + ".in"
        try Data((stdin ?? "").utf8).write(to: URL(fileURLWithPath: inputPath))
        defer { try? FileManager.default.removeItem(atPath: outputPath); try? FileManager.default.removeItem(atPath: inputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let previous = FileManager.default.currentDirectoryPath
        if let directory { _ = FileManager.default.changeCurrentDirectoryPath(directory) }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw NSError(domain: "bilat-bench", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot run \(path)"]) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = value(clock.now - start)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ChildRun(seconds: elapsed, peakMiB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xff, output: output,
                        cpuSeconds: cpu)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
