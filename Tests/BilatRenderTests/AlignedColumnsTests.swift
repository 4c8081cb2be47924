@testable import BilatRender
import Testing
import TextTable

/// `bilat growth` lays out its tables itself (`AlignedColumns`) instead of through TextTable, for speed; the
/// bytes must be TextTable's simple style, trimmed, whatever the cells hold.
@Suite struct AlignedColumnsTests {
    static let tables: [(name: String, titles: [String], rows: [[String]])] = [
        ("ascii", ["period", "value", "note"], [["2018", "$1.2M", ""], ["2019", "$12.5 million", "= a + b"]]),
        ("cells wider and narrower than titles", ["a", "longer title"], [["wide cell here", "x"], ["", ""]]),
        ("one-unit symbols", ["period", "change"], [["Jan–Sep 2018", "≥+12 %"], ["2019", "~−3 %"]]),
        ("two-unit characters", ["series", "flags"], [["𝑥 officers 🚀", "estimated"], ["plain", "🇦🇿"]]),
        ("combining marks", ["name", "v"], [["e\u{301}te\u{301}", "1"], ["café", "22"]]),
        ("trailing spaces in cells", ["a", "b"], [["x  ", "y  "], ["  ", ""]]),
        ("a line break in a cell", ["a", "b"], [["two\nlines  ", "z"], ["w", "v"]]),
        ("CRLF, one character of two bytes", ["a", "b"], [["one\r\ntwo ", "z"], ["w\r", "v"]]),
        ("spaces before a break at a line's start", ["a", "b"], [["  \n  x", ""], ["y", "  "]]),
        ("empty last column", ["period", "note"], [["2018", ""], ["2019", ""]]),
    ]

    @Test(arguments: tables.indices)
    func sameBytesAsTextTable(_ i: Int) {
        let table = Self.tables[i]
        let reference = TextTable<[String]> { row in table.titles.indices.map { Column(title: table.titles[$0], value: row[$0]) } }
        #expect(AlignedColumns.text(titles: table.titles, rows: table.rows) == reference.trimmedString(for: table.rows), "\(table.name)")
    }

    @Test func noRowsIsNoText() {
        #expect(AlignedColumns.text(titles: ["a"], rows: []) == "")
    }
}
