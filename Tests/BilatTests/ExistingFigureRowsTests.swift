@testable import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The compact index of figures.csv's rows by id finds each row's lines as the dictionary it replaced did:
/// the first row of a repeated id, rows over several lines (quoted cells, blank lines after), CRLF, and ids
/// whose hashes collide.
@Suite struct ExistingFigureRowsTests {
    let folder = TemporaryFolder("existing-figure-rows")

    static let file = """
        id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
        a,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,
        b,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,"two
        lines, and ""quotes""
        and three"

        a,exports,AZE,PAK,to_partner,all goods,2019,,USD 6,,,s1,,repeated id
         c ,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,
        caf\u{E9},exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,
        d,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,"last
        row"
        """

    /// id → (first, last) line, as read from the file above.
    static let expected: [(id: String, first: Int, last: Int)] = [
        ("a", 2, 2), ("b", 3, 6), ("c", 8, 8), ("caf\u{E9}", 9, 9), ("cafe\u{301}", 9, 9), ("d", 10, 11),
    ]

    static let hashes: [(name: String, hash: @Sendable (String) -> Int)] = [
        ("String's hash", { ExistingFigureRows.stringHash($0) }), ("every hash the same", { _ in 7 }),
        // Consistent with String equality, as a hash must be: canonically equivalent ids start with the same scalar here.
        ("two hashes", { Int($0.unicodeScalars.first?.value ?? 0) % 2 }),
    ]

    @Test(arguments: ["LF", "CRLF"], hashes.map(\.name))
    func findsEveryRowsLines(ends: String, hashName: String) throws {
        let hash = try #require(Self.hashes.first { $0.name == hashName }?.hash)
        let text = ends == "CRLF" ? Self.file.replacingOccurrences(of: "\n", with: "\r\n") : Self.file
        try folder.write("figures.csv", text + (ends == "CRLF" ? "\r\n" : "\n"))
        let index = try FigureMerge.index(folder.file("figures.csv"), rows: ExistingFigureRows(hash: hash))
        #expect(index.usesCRLF == (ends == "CRLF"))
        #expect(index.rows.count == 6)
        for (id, first, last) in Self.expected {
            let found = try #require(index.rows.find(id), "\(id)")
            #expect((found.first, found.last) == (first, last), "\(id)")
        }
        #expect(index.rows.find("e") == nil)
        #expect(index.rows.find("") == nil)
        #expect(index.rows.find(" c ") == nil, "ids are trimmed")
        // The repeated id's first row is the one found, with its own digest.
        let repeated = try #require(index.rows.find("a"))
        #expect(repeated.digest == FigureMerge.digest(["a", "exports", "AZE", "PAK", "to_partner", "all goods", "2018", "", "USD 5", "", "", "s1", "", ""], width: 14))
    }

    @Test(arguments: hashes.map(\.name))
    func manyIdsThroughGrowth(hashName: String) throws {
        let hash = try #require(Self.hashes.first { $0.name == hashName }?.hash)
        var rows = ExistingFigureRows(hash: hash)
        let count = hashName == "String's hash" ? 20_000 : 600
        for i in 0..<count { try rows.add(id: "ct-aze-pak-x-2018-\(i)", first: 2 + 2 * i, digest: i) }
        rows.lastLine = 2 * count + 1
        for i in stride(from: 0, to: count, by: 7) {
            let found = try #require(rows.find("ct-aze-pak-x-2018-\(i)"))
            #expect(found.first == 2 + 2 * i && found.last == 3 + 2 * i && found.digest == i)
        }
        #expect(rows.find("ct-aze-pak-x-2018-\(count)") == nil)
    }
}
