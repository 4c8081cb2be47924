import Foundation

/// Wall and CPU seconds of an import's phases, printed to standard error when `BILAT_IMPORT_PHASES` is set
/// (`bilat-bench import --phases` sets it): where an import's time goes, without a profiler.
public final class ImportPhases {
    static let enabled = ProcessInfo.processInfo.environment["BILAT_IMPORT_PHASES"] != nil
    /// `BILAT_IMPORT_FULL_CHECK` set: figure lines are not checked as they are written, so the final check reads
    /// every row in full, as imports did before; for measuring the difference in one binary.
    static let fullCheck = ProcessInfo.processInfo.environment["BILAT_IMPORT_FULL_CHECK"] != nil

    private var wall = ImportPhases.now(CLOCK_MONOTONIC)
    private var cpu = ImportPhases.now(CLOCK_PROCESS_CPUTIME_ID)

    public init() {}

    /// Ends the phase begun at the last mark (or at creation), printing `name` with its wall and CPU seconds.
    public func mark(_ name: String) {
        guard Self.enabled else { return }
        let (wallNow, cpuNow) = (Self.now(CLOCK_MONOTONIC), Self.now(CLOCK_PROCESS_CPUTIME_ID))
        let text = "phase " + name.padding(toLength: 30, withPad: " ", startingAt: 0)
            + String(format: "%7.2f s wall %7.2f s cpu\n", wallNow - wall, cpuNow - cpu)
        FileHandle.standardError.write(Data(text.utf8))
        (wall, cpu) = (wallNow, cpuNow)
    }

    /// CPU seconds the calling thread has used: what each stage of a two-stage phase costs.
    static func threadCPU() -> Double { now(CLOCK_THREAD_CPUTIME_ID) }

    /// Prints a stage's own CPU seconds within the phase being timed.
    func note(_ name: String, cpu seconds: Double) {
        guard Self.enabled else { return }
        let text = "phase   " + name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%17.2f s cpu\n", seconds)
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
