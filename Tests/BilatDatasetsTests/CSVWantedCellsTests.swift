import BilatCore
@testable import BilatDatasets
import Testing

/// Reading only some cells of each record (an importer's columns) finds what reading every cell finds: the same
/// records, lines, columns and problems; the cells left unread are empty.
@Suite struct CSVWantedCellsTests {
    static let texts = [
        "a,b,c\n1,2,3\n",
        "a,b,c\r\n\"x, y\",\"q \"\"r\"\"\",z\r\n",
        "a,b,c\n1,\"two\nlines\",3\n4,5,6\n",
        "a,b,c\n1,2\"x,3\n",                      // a stray quote in a cell left unread
        "a,b,c\n1,\"2\"x,3\n",                    // text after a closing quote, likewise
        "a,b,c\nonly\n\n,,\n",                    // a record of one cell is not a blank line
        "a,b,c\n\"\"\n7,8,9\n",                   // a quoted empty cell alone is a blank line
        "a,b,c\nCafé,thé\u{301},é\n",             // columns counted in characters
        "a,b,c\n1,\"never closed,3\n",
    ]

    @Test(arguments: texts, [[true, false, true], [false, true, false], [false, false, false]])
    func unreadCellsAreEmptyAndAllElseIsTheSame(text: String, wanted: [Bool]) {
        let bytes = Array(text.utf8)[...]
        let every = CSVText.parse(bytes, path: "t.csv", firstLine: 1)
        let some = CSVText.parse(bytes, path: "t.csv", firstLine: 1, wanted: wanted)
        #expect(some.diagnostics == every.diagnostics)
        #expect(some.endLine == every.endLine)
        #expect(some.stopped == every.stopped)
        #expect(some.records.map(\.line) == every.records.map(\.line))
        for (a, b) in zip(every.records, some.records) {
            #expect(a.fields.map(\.line) == b.fields.map(\.line))
            #expect(a.fields.map(\.column) == b.fields.map(\.column))
            for (position, (x, y)) in zip(a.fields, b.fields).enumerated() {
                let read = position < wanted.count && wanted[position]
                #expect(y.value == (read ? x.value : ""), "cell \(position) of line \(a.line)")
            }
        }
    }

    @Test(arguments: [[true, false, true], [false, true, false]])
    func tabSeparatedAlike(wanted: [Bool]) {
        let text = "a\tb\tc\r\nCafé\tx\ty\n\n1\t2\t3\n"
        let every = TabSeparatedText.parse(text[...]), some = TabSeparatedText.parse(text[...], wanted: wanted)
        #expect(some.map(\.line) == every.map(\.line))
        for (a, b) in zip(every, some) {
            #expect(a.fields.map(\.column) == b.fields.map(\.column))
            for (position, (x, y)) in zip(a.fields, b.fields).enumerated() {
                #expect(y.value == (wanted[position] ? x.value : ""))
            }
        }
    }
}
