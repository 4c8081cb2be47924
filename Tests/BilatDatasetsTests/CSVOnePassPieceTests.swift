import BilatCore
@testable import BilatDatasets
import Testing

/// A streamed CSV piece is parsed in one pass that also finds where its last whole record ends (`more`), where it
/// was cut by a scan of its own first. Records split across read buffers, CRLF split between two buffers, a BOM,
/// a quoted line feed at a buffer's end, bare CRs and stray quotes must read as the whole file reads, whatever
/// the buffer size, and the one-pass cut must be the scan's.
@Suite struct CSVOnePassPieceTests {
    static let texts = [
        "id,x\r\n1,2\r\n3,4\r\n",
        "\u{FEFF}id,x\r\n\"a\r\nb\",2\r\n",
        "a,b\n\"quoted\nline feed\",1\n\"and\n\nblank\",2\n",
        "a,b\r\"x\ny\",1\r2,3\n4,5\r",
        "a,b\n\"x\"\"\n\"\"y\",1\n",
        "a,b\nst\"ray\n,1\nnext,2\n",
        "a,b\n\"x\"junk\n,1\nnext,2",
        "a,b\n1,2\n\"opened\nnever closed,3\n",
        "a,b\n\n\r\n\r\r\n1,2\n",
        "é,ü\n\"€\n1\",£2\r\nJanuary–September 2018,x\n",
        "a,b\n1,2\n3,\u{FEFF}\n",
    ]
    static let sizes = [1, 2, 3, 4, 5, 7, 8, 13, 64, 1 << 20]

    @Test(arguments: texts, sizes)
    func bufferSizesReadLikeTheWhole(text: String, size: Int) {
        let whole = CSVText.parse(Array(text.utf8), path: "t.csv")
        let pieces = CSVRecordStreamTests.streamed(text, pieces: size)
        #expect(pieces.records == whole.records)
        #expect(pieces.diagnostics == whole.diagnostics)
    }

    /// Every prefix of every text, cut at its last line feed as the stream cuts it: the one-pass piece ends where
    /// the scan says the last record ends, on the line the whole text's parse is on there, with its records.
    @Test(arguments: texts)
    func onePassCutIsTheScansCut(text: String) {
        let bytes = Array(text.utf8)
        for length in 1...bytes.count {
            let prefix = Array(bytes[..<length])
            guard let lastFeed = prefix.lastIndex(of: 0x0A) else { continue }
            let piece = CSVText.parseIfUTF8(prefix[...lastFeed], path: "t.csv", firstLine: 1, wanted: nil, more: true)
            let scan = CSVRecordStream.lastRecordBoundary(in: prefix) ?? 0
            #expect(piece?.consumed == scan, "prefix of \(length) bytes of \(text.debugDescription)")
            let cut = CSVText.parse(Array(bytes[..<scan])[...], path: "t.csv", firstLine: 1)
            #expect(piece?.records == cut.records)
            #expect(piece?.diagnostics == cut.diagnostics)
            #expect(piece?.endLine == cut.endLine)
        }
    }

    /// With the columns the reader wants marked, skipped cells stay empty either way the piece is cut.
    @Test(arguments: [1, 3, 8, 1 << 20])
    func wantedCellsReadLikeTheWhole(size: Int) {
        let text = "a,b,c\r\n\"1\n1\",\"2\r\n2\",3\r\n4,\"5\"\"\",6\r\n"
        var stream = CSVRecordStream(path: "t.csv")
        stream.wanted = [true, false, true]
        var chunks = InMemoryChunks(Array(text.utf8), size: size)
        var records: [CSVRecord] = []
        while true {
            let chunk = chunks.next()
            records += stream.feed(chunk).records
            if chunk == nil { break }
        }
        let whole = CSVText.parse(Array(text.utf8)[...], path: "t.csv", firstLine: 1, wanted: [true, false, true])
        #expect(records == whole.records)
        #expect(records.map { $0.fields.map(\.value) } == [["a", "", "c"], ["1\n1", "", "3"], ["4", "", "6"]])
    }

    /// Bytes that are not UTF-8 after an open quoted cell: the stream cuts before that cell, as it did, so the
    /// records before it are read and the error is placed in the whole file.
    @Test(arguments: [4, 9, 64])
    func badUTF8InsideAnOpenQuotedCellIsLocatedInTheWholeFile(size: Int) {
        var bytes = Array("a,b\n1,2\n\"3\n".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\",4\n5,6\n".utf8)
        var stream = CSVRecordStream(path: "t.csv")
        var chunks = InMemoryChunks(bytes, size: size)
        var diagnostics: [Diagnostic] = []
        while true {
            let chunk = chunks.next()
            diagnostics += stream.feed(chunk).diagnostics
            if chunk == nil { break }
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(path: "t.csv", line: 4, column: 1))
        #expect(stream.stopped)
    }
}
