import BilatCore
@testable import BilatDatasets
import Testing

/// Reading a file in pieces must give exactly what reading it whole gives, wherever the pieces are cut.
@Suite struct CSVRecordStreamTests {
    static let texts = [
        "a,b\n1,2\n",
        "a,b\r\n1,2\r\n3,4",
        "\u{FEFF}id,x\n1,2\n",
        "a,b\n\"two\nlines\",z\n\"and \"\"quoted\"\"\nthree\",y\n",
        "a,b\n\n\n1,2\n\n",
        "é,ü\n€1,£2\nJanuary–September 2018,x\n",
        "a,b\nst\"ray,1\nnext,2\n",
        "a,b\n\"x\"junk,1\nnext,2\n",
        "a,b\n\"never closed,1\nnext,2\n",
        "a,b\r1,2\r3,4\r",
        // A U+FEFF that starts a later line is text, wherever a piece starts (found by the csv fuzz target).
        "a,b\n\u{FEFF}x,1\n\u{FEFF}\n",
    ]

    static func streamed(_ text: String, pieces size: Int) -> (records: [CSVRecord], diagnostics: [Diagnostic]) {
        var stream = CSVRecordStream(path: "t.csv")
        var chunks = InMemoryChunks(Array(text.utf8), size: size)
        var records: [CSVRecord] = [], diagnostics: [Diagnostic] = []
        while true {
            let chunk = chunks.next()
            let (found, problems) = stream.feed(chunk)
            records += found
            diagnostics += problems
            if chunk == nil { break }
        }
        return (records, diagnostics)
    }

    @Test(arguments: texts, [1, 2, 3, 5, 8, 1 << 20])
    func piecesReadLikeTheWhole(text: String, size: Int) {
        let whole = CSVText.parse(Array(text.utf8), path: "t.csv")
        let pieces = Self.streamed(text, pieces: size)
        #expect(pieces.records == whole.records)
        #expect(pieces.diagnostics == whole.diagnostics)
    }

    @Test(arguments: [1, 4, 16])
    func badUTF8InALaterPieceIsLocatedInTheWholeFile(size: Int) {
        var bytes = Array("a,b\n1,2\n3,".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\n".utf8)
        var stream = CSVRecordStream(path: "t.csv")
        var chunks = InMemoryChunks(bytes, size: size)
        var diagnostics: [Diagnostic] = []
        var records = 0
        while true {
            let chunk = chunks.next()
            let (found, problems) = stream.feed(chunk)
            records += found.count
            diagnostics += problems
            if chunk == nil { break }
        }
        // Records in pieces before the bad one may be read (the ingest fails anyway); none after it.
        #expect(records == (size < 10 ? 2 : 0))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(path: "t.csv", line: 3, column: 3))
        #expect(stream.stopped)
    }

    @Test func recordBoundaryFollowsTheParsersQuoteRules() {
        // A quote inside an unquoted cell does not open a quoted cell, so the line feed after it ends a record.
        #expect(CSVRecordStream.lastRecordBoundary(in: Array("a\"b,c\nd".utf8)) == 6)
        #expect(CSVRecordStream.lastRecordBoundary(in: Array("\"a\nb\",c\nd".utf8)) == 8)
        #expect(CSVRecordStream.lastRecordBoundary(in: Array("\"a\nb".utf8)) == nil)
        #expect(CSVRecordStream.lastRecordBoundary(in: Array("\"a\"\"\nb\"\n".utf8)) == 8)
    }
}
