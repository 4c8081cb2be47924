import BilatCore
import BilatDatasets
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// A notebook query stops at its time, row and size limits, however it is written, and says which one it passed.
@Suite struct QueryLimitsTests {
    let folder = TemporaryFolder("query-limits")
    let store: Store

    init() throws {
        let path = folder.file("bilat.sqlite")
        _ = try Store(path: path)
        store = try Store(path: path, access: .readOnly)
    }

    /// Seconds `body` took.
    func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    @Test func anEndlessRecursiveQueryStopsAtItsTimeLimit() throws {
        // Never returns a row: only the progress handler can stop it.
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
        let limits = QueryLimits(seconds: 1, rows: 10, bytes: 1000)
        let took = try seconds {
            #expect(throws: QueryLimitExceeded.time(seconds: 1)) { try store.query(sql, arguments: [:], limits: limits) }
        }
        #expect(took >= 1 && took < 5, "stopped after \(took) s")
        // The connection is usable afterwards, with its handler and length limit gone.
        #expect(try store.query("SELECT length(printf('%.*c', 5000, 'x'))", arguments: [:]).rows == [["5000"]])
    }

    @Test func tenMillionRowsStopAtTheRowLimitWithoutReadingThem() throws {
        let sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) SELECT i FROM n"
        let took = try seconds {
            #expect(throws: QueryLimitExceeded.rows(10_000)) { try store.query(sql, arguments: [:]) }
        }
        #expect(took < 5, "took \(took) s")
        // Exactly at the limit is fine.
        let exact = try store.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) SELECT i FROM n",
                                    arguments: [:])
        #expect(exact.rows.count == 10_000)
    }

    @Test(arguments: [
        // Many wide rows: the running total passes the limit.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT printf('%.*c', 5000, 'x') FROM n",
        // One value larger than the limit: SQLite refuses to make it at all.
        "SELECT hex(zeroblob(50000000))",
        "SELECT zeroblob(100000000)",
        // Many columns.
        "SELECT " + (1...500).map { "printf('%.*c', 10000, 'c') AS c\($0)" }.joined(separator: ", "),
    ])
    func aWideResultStopsAtTheSizeLimit(sql: String) throws {
        #expect(throws: QueryLimitExceeded.bytes(2_000_000)) { try store.query(sql, arguments: [:]) }
    }

    @Test func theLimitsNameThemselvesAndTheirOption() {
        #expect(QueryLimitExceeded.time(seconds: 10).description == "the query passed its time limit of 10 seconds and was stopped (max_seconds)")
        #expect(QueryLimitExceeded.rows(10_000).description == "the query returned more than its row limit of 10,000 rows (max_rows)")
        #expect(QueryLimitExceeded.bytes(2_000_000).description == "the query's result passed its size limit of 2,000,000 bytes of text (max_bytes)")
    }
}
