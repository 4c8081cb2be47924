import BilatCore
@testable import BilatDatasets
import Testing

@Suite struct CSVTextTests {
    func parse(_ text: String) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        CSVText.parse(Array(text.utf8), path: "t.csv")
    }

    @Test(arguments: [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r1,2", [["a", "b"], ["1", "2"]]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("a,b\n\n1,2\n\n", [["a", "b"], ["1", "2"]]),
        ("a\n\"x, y\"\n", [["a"], ["x, y"]]),
        ("a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]]),
        ("a,b\n\"two\nlines\",z\n", [["a", "b"], ["two\nlines", "z"]]),
        ("a,b\n,\n", [["a", "b"], ["", ""]]),
        ("\u{FEFF}id,x\n1,2\n", [["id", "x"], ["1", "2"]]),
        ("a\nJanuary–September 2018\n", [["a"], ["January–September 2018"]]),
        ("a,b\n1,", [["a", "b"], ["1", ""]]),
        ("a,b\n\"x\",", [["a", "b"], ["x", ""]]),
        ("é,ü\n€1,£2\n", [["é", "ü"], ["€1", "£2"]]),
    ])
    func readsRecords(text: String, expected: [[String]]) {
        let (records, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(records.map { $0.fields.map(\.value) } == expected)
    }

    @Test func locatesCellsByLineAndColumn() {
        let (records, _) = parse("id,name\n\"multi\nline\",x\nlast,é\n")
        #expect(records[1].line == 2)
        #expect(records[1].fields[1].location(in: "t.csv") == SourceLocation(path: "t.csv", line: 3, column: 7))
        #expect(records[2].line == 4)
        #expect(records[2].fields[1].column == 6)
    }

    @Test func unclosedQuoteIsLocatedAtItsOpening() {
        let (_, diagnostics) = parse("a,b\n1,\"never closed\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location == SourceLocation(path: "t.csv", line: 2, column: 3))
        #expect(diagnostics[0].description.contains("truncated"))
    }

    @Test func textAfterClosingQuoteIsAnError() {
        let (_, diagnostics) = parse("a\n\"x\"y\n")
        #expect(diagnostics.map(\.location?.column) == [4])
    }

    @Test func quoteInsideUnquotedCellIsAnError() {
        let (_, diagnostics) = parse("a\nsix\"inch\n")
        #expect(diagnostics.first?.location == SourceLocation(path: "t.csv", line: 2, column: 4))
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("id,name\n1,caf".utf8)
        bytes.append(0xE9) // Latin-1 é
        bytes += Array("\n".utf8)
        let (records, diagnostics) = CSVText.parse(bytes, path: "t.csv")
        #expect(records.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].location == SourceLocation(path: "t.csv", line: 2, column: 6))
        #expect(diagnostics[0].description.contains("0xE9"))
        #expect(diagnostics[0].accepted?.contains("UTF-8") == true)
    }

    /// Lines end the same for the UTF-8 error as for the parser: CRLF, LF and a CR alone (a fuzzer found the
    /// error placed a line too early after a bare CR).
    @Test("a byte that is not UTF-8 is located by the parser's line ends", arguments: [
        ("a\rb", 2, 2), ("a\r\nb", 2, 2), ("a\nb", 2, 2), ("a\n\rb", 3, 2), ("a\r\rb", 3, 2), ("\r,\n,\n,\n5", 5, 2),
        ("\"x\ry\",", 2, 4),
    ])
    func invalidUTF8AfterLineEnds(text: String, line: Int, column: Int) {
        let (_, diagnostics) = CSVText.parse(Array(text.utf8) + [0xF5], path: "t.csv")
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "t.csv", line: line, column: column)])
    }

    @Test func emptyInputHasNoRecords() {
        #expect(parse("").records.isEmpty)
    }
}

@Suite struct CSVTableTests {
    @Test func wrongCellCountIsLocated() {
        let (table, diagnostics) = CSVTable.read(Array("id,name\n1,a,extra\n2\n3,c\n".utf8), path: "p.csv", required: ["id", "name"])
        #expect(table?.rows.map(\.line) == [4])
        #expect(diagnostics.map(\.location) == [SourceLocation(path: "p.csv", line: 2, column: 5),
                                                SourceLocation(path: "p.csv", line: 3, column: 1)])
        #expect(diagnostics[0].description.contains("3 cells but the header has 2"))
    }

    @Test func headerProblemsNameTheColumns() {
        let (table, diagnostics) = CSVTable.read(Array("id,nmae\n".utf8), path: "p.csv", required: ["id", "name"])
        #expect(table == nil)
        let text = diagnostics.map(\.description)
        #expect(text.contains { $0.hasPrefix("p.csv:1:4: error: unknown column 'nmae'") })
        #expect(text.contains { $0.contains("missing column name") })
    }

    @Test func emptyFileNeedsAHeader() {
        let (table, diagnostics) = CSVTable.read([], path: "p.csv", required: ["id"])
        #expect(table == nil)
        #expect(diagnostics.first?.description == "p.csv:1:1: error: the file is empty; it needs a header row; accepted: id")
    }

    @Test func columnsMayComeInAnyOrder() {
        let (table, diagnostics) = CSVTable.read(Array("name,id\nx,1\n".utf8), path: "p.csv", required: ["id", "name"])
        #expect(diagnostics.isEmpty)
        #expect(table?.rows.first?["id"] == "1")
        #expect(table?.rows.first?["name"] == "x")
    }
}
