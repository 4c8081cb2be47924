import BilatTestSupport
import Foundation
import Testing

/// A notebook query that runs too long, returns too many rows or too much text fails `bilat build` at its line,
/// naming the limit, instead of hanging the build or writing a report no one can open.
@Suite struct QueryCellLimitCLITests {
    let folder = TemporaryFolder("query-limits-cli")

    init() throws {
        try Repository.copy(Repository.bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        try FileManager.default.createDirectory(atPath: folder.file("Notebooks"), withIntermediateDirectories: true)
    }

    func build(notebook: String) throws -> (run: BinaryRun, seconds: Double) {
        try folder.write("Notebooks/limits.md", "---\ntitle: Limits\n---\nProse.\n\n" + notebook)
        let start = Date()
        let run = try BilatBinary.run(["build"], in: folder.path)
        return (run, Date().timeIntervalSince(start))
    }

    static let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    static let tenMillion = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT i, i * 2 FROM n"
    static let wide = "SELECT hex(zeroblob(1500000)) AS wide"

    @Test(arguments: [
        ("```bilat query max_seconds=1\n\(endless)\n```\n",
         "Notebooks/limits.md:6:1: error: the query cell failed: the query passed its time limit of 1 second and was stopped (max_seconds); "
            + "accepted: a query that stays within it (add LIMIT, or narrow it by :year), or max_seconds=N on the cell's line, at most 120 seconds"),
        ("```bilat query\n\(tenMillion)\n```\n",
         "Notebooks/limits.md:6:1: error: the query cell failed: the query returned more than its row limit of 10,000 rows (max_rows)"),
        ("```bilat query max_rows=100\n\(tenMillion)\n```\n",
         "Notebooks/limits.md:6:1: error: the query cell failed: the query returned more than its row limit of 100 rows (max_rows)"),
        ("```bilat query\n\(wide)\n```\n",
         "Notebooks/limits.md:6:1: error: the query cell failed: the query's result passed its size limit of 2,000,000 bytes of text (max_bytes)"),
        ("```bilat query max_rows=1000000\nSELECT 1\n```\n",
         "Notebooks/limits.md:6:1: error: the query cell's max_rows=1000000 passes the cap of 200,000 rows; accepted: max_rows=N"),
    ])
    func aQueryPastALimitFailsTheBuildAtItsLine(notebook: String, message: String) throws {
        let (run, seconds) = try build(notebook: notebook)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(seconds < 60, "the build took \(seconds) s")
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/aze-pak/reports/limits.html")))
    }

    @Test func aCellMayRaiseItsLimitsWithinTheCaps() throws {
        let (run, _) = try build(notebook: "```bilat query max_bytes=4000000\n\(Self.wide)\n```\n")
        #expect(run.status == 0, "\(run.stderr)")
        let report = try folder.read("Output/aze-pak/reports/limits.html")
        #expect(report.contains(String(repeating: "0", count: 3_000_000)))
    }
}
