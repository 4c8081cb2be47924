import BilatTestSupport
import BilatCore
@testable import BilatDatasets
import Testing

/// The chunks a re-ingest compares: they cover the file, end on record boundaries (quoted cells spanning lines
/// included), count lines as the reader does, and an edit changes only its own chunk.
@Suite struct CSVChunkingTests {
    /// CSV lines with every shape the chunker must get right: quoted cells with commas, doubled quotes, line
    /// feeds and CRLFs inside, bare CRs, blank lines, stray quotes in unquoted cells, non-ASCII text.
    static func lines(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(state: seed)
        return (0..<count).map { i in
            switch random.int(12) {
            case 0: return "r\(i),\"two\nlines\",x"
            case 1: return "r\(i),\"say \"\"hi\"\", then\r\nmore\",y"
            case 2: return "r\(i),a\"b,z"
            case 3: return ""
            case 4: return "r\(i),Ürümqi – \(random.int(1000)),\"\""
            case 5: return "r\(i),\"\n\n\",\"end\""
            default: return "r\(i),v\(random.next()),w"
            }
        }
    }

    static func file(_ lines: [String], ending: String) -> [UInt8] {
        Array(("id,a,b" + ending + lines.joined(separator: ending) + ending).utf8)
    }

    func chunks(_ bytes: [UInt8], log2: Int = 3) -> [CSVChunk] {
        bytes.withUnsafeBytes { CSVChunker.chunks($0, averageLinesLog2: log2) }
    }

    @Test(arguments: [(UInt64(1), "\n"), (2, "\r\n"), (3, "\r"), (4, "\n"), (5, "\r\n")])
    func chunksReadAsTheWholeFileDoes(seed: UInt64, ending: String) throws {
        let bytes = Self.file(Self.lines(600, seed: seed), ending: ending)
        let found = chunks(bytes)
        // Only a line feed outside quotes cuts: a file of bare CRs is one chunk (a re-ingest reads it whole).
        #expect(ending == "\r" ? found.count == 1 : found.count > 10)
        // Contiguous, from the first byte to the last, each starting on the line after the one before.
        var offset = 0, line = 1
        for c in found {
            #expect(c.offset == offset && c.firstLine == line && c.byteCount > 0)
            offset += c.byteCount
            line += c.lineCount
        }
        #expect(offset == bytes.count)
        let whole = CSVText.parse(bytes[...], path: "f.csv", firstLine: 1)
        #expect(line == whole.endLine)
        // The header alone is the first chunk, and every chunk read on its own gives the whole read's records.
        if ending != "\r" { #expect(CSVText.parse(Array(bytes[0..<found[0].byteCount]), path: "f.csv").records.count == 1) }
        var records: [CSVRecord] = []
        for c in found {
            let piece = CSVText.parse(bytes[c.offset..<(c.offset + c.byteCount)], path: "f.csv", firstLine: c.firstLine)
            #expect(piece.endLine == c.firstLine + c.lineCount && !piece.stopped)
            records += piece.records
        }
        #expect(records == whole.records)
    }

    @Test(arguments: [1, 7, 4096])
    func piecesOfAnySizeGiveTheSameChunks(size: Int) {
        let bytes = Self.file(Self.lines(400, seed: 9), ending: "\r\n")
        var chunker = CSVChunker(averageLinesLog2: 3)
        var from = 0
        while from < bytes.count {
            let to = min(bytes.count, from + size)
            bytes[from..<to].withUnsafeBytes { chunker.feed($0) }
            from = to
        }
        chunker.finish()
        #expect(chunker.chunks == chunks(bytes))
    }

    /// Inserting, deleting or changing one line leaves every chunk but its own (which it may split or join
    /// with the next) with the same bytes.
    @Test(arguments: ["insert", "delete", "change"])
    func anEditChangesItsOwnChunkOnly(edit: String) {
        var random = SeededRandom(state: 77)
        for round in 0..<20 {
            var lines = (0..<500).map { "r\($0),v\(round * 1000 + $0),w" }
            let before = Self.file(lines, ending: "\n")
            let at = random.int(lines.count)
            switch edit {
            case "insert": lines.insert("new,\"two\nlines\",w", at: at)
            case "delete": lines.remove(at: at)
            default: lines[at] += "x"
            }
            let after = Self.file(lines, ending: "\n")
            func texts(_ bytes: [UInt8]) -> [[UInt8]] { chunks(bytes).map { Array(bytes[$0.offset..<($0.offset + $0.byteCount)]) } }
            let old = texts(before), new = texts(after)
            let gone = old.filter { !new.contains($0) }, came = new.filter { !old.contains($0) }
            #expect(gone.count <= 2 && came.count <= 2, "round \(round): \(gone.count) chunks gone, \(came.count) new")
            #expect(old.count > 30)
        }
    }

    @Test func aByteOrderMarkStaysInTheHeaderChunk() {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.file(["r1,\"a\nb\",c"], ending: "\n")
        let found = chunks(bytes, log2: 0)
        #expect(found.map(\.firstLine) == [1, 2])
        #expect(found[0].byteCount == 3 + "id,a,b\n".utf8.count)
        #expect(found[1].lineCount == 2)
    }
}
