import Foundation

/// Wall time and peak memory after each stage of a build, printed to standard error when `BILAT_TIMINGS=1`:
/// how docs/performance.md splits a build at a million figures. Off, it costs one environment look-up.
public final class StageTimings: @unchecked Sendable {
    public let enabled: Bool
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private let start: ContinuousClock.Instant

    public init(enabled: Bool = ProcessInfo.processInfo.environment["BILAT_TIMINGS"] == "1") {
        self.enabled = enabled
        start = clock.now
        last = start
    }

    /// Prints `timing STAGE  S s  (total T s, peak P MiB)` for the time since the last mark.
    public func mark(_ stage: String) {
        guard enabled else { return }
        let now = clock.now
        let line = "timing " + stage.padding(toLength: 28, withPad: " ", startingAt: 0)
            + String(format: " %8.3f s  (total %8.3f s, peak %6.0f MiB)\n",
                     Self.seconds(now - last), Self.seconds(now - start), Self.peakMiB())
        last = now
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Prints one more line, for a split inside a stage.
    public func note(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("timing   \(text)\n".utf8))
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// The process's peak resident memory so far (Linux reports KiB).
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
