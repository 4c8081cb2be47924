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

    struct ChildRun { var seconds: Double; var peakMiB: Double; var status: Int32; var output: String }

    /// Runs a program, waiting for it, with its wall time and peak resident memory (from wait4's rusage).
    static func child(_ path: String, _ arguments: [String], in directory: String? = nil, stdin: String? = nil) throws -> ChildRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        var usage = rusage()
        wait4(process.processIdentifier, &status, 0, &usage)
        let elapsed = value(clock.now - start)
        return ChildRun(seconds: elapsed, peakMiB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xff,
                        output: String(decoding: data, as: UTF8.self))
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
