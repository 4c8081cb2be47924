import BilatCore
import BilatDatasets
import Testing

/// A file that is not UTF-8 text gets one error, located at the bad byte, and not a second one calling it
/// empty: the comtrade fuzz target found readers saying both of one file.
@Suite struct UnreadableTextTests {
    enum Reader: String, CaseIterable, Sendable { case table, comtrade, imf }

    static func diagnostics(_ reader: Reader, _ bytes: [UInt8]) -> [Diagnostic] {
        switch reader {
        case .table: return CSVTable.read(bytes, path: "f.csv", required: ["id"]).diagnostics
        case .comtrade: return ComtradeReader.read(bytes, path: "f.csv").diagnostics
        case .imf: return ImfReader.read(bytes, path: "f.csv").diagnostics
        }
    }

    @Test("not UTF-8 is the only error", arguments: Reader.allCases, [
        ([0xFF], 1, 1), ([0x0A, 0x0A, 0xFF, 0x0A], 3, 1), ([0x0A] + Array("ab,c".utf8) + [0xE9], 2, 5),
    ] as [([UInt8], Int, Int)])
    func notUTF8Only(reader: Reader, input: ([UInt8], Int, Int)) {
        let found = Self.diagnostics(reader, input.0)
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.message.contains("not UTF-8") == true)
        #expect(found.first?.location == SourceLocation(path: "f.csv", line: input.1, column: input.2))
    }

    /// Tab-separated Comtrade ends lines at line feeds only, so a bare CR does not move the error a line on.
    @Test func aBareCRInTabSeparatedTextIsNotALineEnd() {
        let bytes = Array("reporterISO\tpartnerISO\r\tx\n1\t".utf8) + [0xB8]
        let found = ComtradeReader.read(bytes, path: "f.tsv").diagnostics.filter { $0.message.contains("not UTF-8") }
        #expect(found.map(\.location) == [SourceLocation(path: "f.tsv", line: 2, column: 3)])
    }

    @Test("an empty file is still called empty", arguments: Reader.allCases)
    func emptyIsEmpty(reader: Reader) {
        let found = Self.diagnostics(reader, [])
        #expect(found.contains { $0.message.contains("empty") }, "\(found.map(\.description))")
    }
}
