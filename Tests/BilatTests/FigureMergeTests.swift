@testable import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// figures.csv merged a piece at a time gives the bytes the in-memory TableMerge gives, with the same counts:
/// added at the end, changed in place (a row spanning lines too), unchanged left alone, line ends kept.
@Suite struct FigureMergeTests {
    let folder = TemporaryFolder("figure-merge")
    static let header = DatasetLayout.newHeader(DatasetLayout.figures)

    static func row(_ id: String, value: String = "USD 5", note: String = "") -> [String: String] {
        ["id": id, "indicator": "exports", "reporter": "AZE", "partner": "PAK", "direction": "to_partner",
         "subject": "all goods", "period": "2018", "as_reported": value, "source_id": "s1", "note": note]
    }

    static let existing = """
        id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note,key
        a,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,,
        b,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,"two
        lines",

        c,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,, spaced ,

        """

    static let cases: [(name: String, existing: String, rows: [[String: String]])] = [
        ("added to an empty file", "", [row("x"), row("y", note: "a, b")]),
        ("added after a header", header.joined(separator: ",") + "\n", [row("x")]),
        ("unchanged", existing, [row("a"), row("c", note: "spaced")]),
        ("changed, a row over two lines", existing, [row("b", value: "USD 6")]),
        ("changed and added", existing, [row("a", value: "USD 7"), row("z"), row("c", value: "USD 8")]),
        ("CRLF", existing.replacingOccurrences(of: "\n", with: "\r\n"), [row("c", value: "USD 9"), row("new")]),
        ("no final line end", String(existing.dropLast(1)), [row("c", value: "USD 1"), row("new")]),
        ("no final line end, added", String(existing.dropLast(1)), [row("new")]),
        ("CRLF, no final line end", String(existing.replacingOccurrences(of: "\n", with: "\r\n").dropLast(2)), [row("a", value: "USD 2")]),
        ("the same new id twice", existing, [row("n"), row("n")]),
    ]

    @Test(arguments: cases.map(\.name))
    func streamedMergeMatchesTheInMemoryMerge(name: String) throws {
        guard let c = Self.cases.first(where: { $0.name == name }) else { Issue.record("no case \(name)"); return }
        try folder.write("figures.csv", c.existing)
        var whole = TableMerge()
        let expected = whole.merge(c.rows, into: Array(c.existing.utf8), table: DatasetLayout.figures, header: Self.header)

        let header = FigureMerge.header(of: folder.file("figures.csv")) ?? Self.header
        let lines = try FigureLines(header: header, folder: folder.path)
        for row in c.rows { try lines.append(row) }
        var streamed = FigureMerge()
        let wrote = try streamed.merge(lines, keep: { _ in true }, existing: folder.file("figures.csv"), into: folder.file("merged.csv"))
        let merged = wrote ? Array(try Data(contentsOf: URL(fileURLWithPath: folder.file("merged.csv")))) : Array(c.existing.utf8)
        #expect(String(decoding: merged, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        let counts: [Int] = [streamed.added, streamed.changed, streamed.unchanged], expectedCounts: [Int] = [whole.added, whole.changed, whole.unchanged]
        #expect(counts == expectedCounts)
        #expect(wrote == (expected != Array(c.existing.utf8)))
        if c.existing.contains("\r\n") {
            #expect(!String(decoding: merged, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF kept")
        }
    }

    @Test func entriesLeftOutAreNotMerged() throws {
        try folder.write("figures.csv", Self.existing)
        let header = FigureMerge.header(of: folder.file("figures.csv")) ?? []
        #expect(header.last == "key")
        let lines = try FigureLines(header: header, folder: folder.path)
        for id in ["p", "q", "r"] { try lines.append(Self.row(id)) }
        var merge = FigureMerge()
        #expect(try merge.merge(lines, keep: { $0 != 1 }, existing: folder.file("figures.csv"), into: folder.file("m.csv")))
        let merged = try folder.read("m.csv")
        #expect(merged.hasSuffix("\nc,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,, spaced ,\n"
            + "p,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,,\nr,exports,AZE,PAK,to_partner,all goods,2018,,USD 5,,,s1,,,\n"), "\(merged)")
        #expect(merge.added == 2)
    }

    @Test func theScratchFileGoesAway() throws {
        var path = ""
        do {
            let lines = try FigureLines(header: Self.header, folder: folder.path)
            try lines.append(Self.row("x"))
            path = lines.path
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!path.isEmpty && !FileManager.default.fileExists(atPath: path))
    }
}
