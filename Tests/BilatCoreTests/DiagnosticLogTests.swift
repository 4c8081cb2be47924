import BilatCore
import Testing

/// The capped log: what a file of a million bad rows leaves in memory and on the screen.
@Suite struct DiagnosticLogTests {
    static func error(_ line: Int) -> Diagnostic { .error("bad \(line)", at: SourceLocation(path: "f.csv", line: line, column: 1)) }
    static func warning(_ line: Int) -> Diagnostic { .warning("odd \(line)", at: SourceLocation(path: "f.csv", line: line, column: 1)) }

    @Test(arguments: [(0, 0), (1, 0), (3, 5), (5, 3), (10, 10)])
    func keepsTheFirstCapAndCountsTheRest(cap: Int, found: Int) {
        var log = DiagnosticLog(cap: cap)
        for line in 1...max(1, found) where found > 0 { log.append(Self.error(line)) }
        #expect(log.kept.map(\.message) == (0..<min(cap, found)).map { "bad \($0 + 1)" })
        #expect(log.count == found)
        #expect(log.errorCount == found)
        #expect(log.omittedErrors == max(0, found - cap))
        #expect(log.hasErrors == (found > 0), "an error past the cap is still an error")
    }

    @Test func warningsPastTheCapAreCountedApart() {
        var log = DiagnosticLog(cap: 1, [Self.warning(1), Self.warning(2), Self.error(3)])
        #expect(log.omittedErrors == 1 && log.omittedOthers == 1)
        #expect(log.error.omittedLine == "… and 2 more problems not shown: the first 1 found are listed above")
        log = DiagnosticLog(cap: 1, [Self.warning(1), Self.warning(2)])
        #expect(!log.hasErrors)
        #expect(log.error.omittedLine == "… and 1 more warning not shown: the first 1 found are listed above")
    }

    @Test func mergingKeepsTheCapAndEveryCount() {
        var a = DiagnosticLog(cap: 2, [Self.error(5), Self.error(6), Self.error(7)])
        let b = DiagnosticLog(cap: 2, [Self.error(1), Self.error(2), Self.error(3)])
        a += b
        #expect(a.kept.map(\.message) == ["bad 5", "bad 6"])
        #expect(a.count == 6 && a.omittedErrors == 4)
        // Thrown, the kept ones are in file order and the rest are a count with thousands separators.
        var big = DiagnosticLog(cap: 2, [Self.error(9), Self.error(4)])
        for line in 0..<199_998 { big.append(Self.error(line)) }
        let error = big.error
        #expect(error.diagnostics.map(\.message) == ["bad 4", "bad 9"])
        #expect(error.errorCount == 200_000)
        #expect(error.omittedLine == "… and 199,998 more errors not shown: the first 2 found are listed above")
        #expect(error.description.hasSuffix(error.omittedLine ?? "-"))
    }

    @Test func nothingOmittedSaysNothing() {
        let log = DiagnosticLog([Self.error(1)])
        #expect(log.error.omittedLine == nil)
        #expect(log.error.description == "f.csv:1:1: error: bad 1")
    }
}
