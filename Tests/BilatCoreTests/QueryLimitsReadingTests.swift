import BilatCore
import Testing

/// A query cell's limit options: whole numbers above 0, within the caps, else an error at the cell's line.
@Suite struct QueryLimitsReadingTests {
    let at = SourceLocation(path: "Notebooks/n.md", line: 7, column: 1)

    @Test func noOptionsMeanTheStandardLimits() {
        let (limits, diagnostics) = QueryLimits.reading(["indicator": "x"], at: at)
        #expect(limits == .standard)
        #expect(diagnostics.isEmpty)
    }

    @Test func eachOptionSetsItsLimit() {
        let (limits, diagnostics) = QueryLimits.reading(["max_seconds": "30", "max_rows": "50000", "max_bytes": "100"], at: at)
        #expect(limits == QueryLimits(seconds: 30, rows: 50_000, bytes: 100))
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("max_seconds", "121", "passes the cap of 120 seconds"),
        ("max_rows", "200001", "passes the cap of 200,000 rows"),
        ("max_bytes", "50000001", "passes the cap of 50,000,000 bytes"),
        ("max_rows", "0", "is not a whole number of rows"),
        ("max_rows", "-5", "is not a whole number of rows"),
        ("max_seconds", "2.5", "is not a whole number of seconds"),
        ("max_bytes", "1MB", "is not a whole number of bytes"),
        ("max_rows", "99999999999999999999999", "is not a whole number of rows"),
    ])
    func aBadOrTooLargeValueIsAnError(key: String, value: String, says: String) throws {
        let (limits, diagnostics) = QueryLimits.reading([key: value], at: at)
        #expect(limits == .standard)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.location == at)
        #expect(error.message.contains(says), "\(error.message)")
        #expect(error.accepted?.hasPrefix("\(key)=N, a whole number of") == true)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (2_000_000, "2,000,000"), (-12345, "-12,345")])
    func numbersAreGroupedByThousands(n: Int, text: String) {
        #expect(NumberText.grouped(n) == text)
    }
}
