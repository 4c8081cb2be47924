@testable import Bilat
import BilatTestSupport
import Foundation
import Testing

/// Outputs are replaced in one rename: no torn file, and no temporary file left behind, written or failed.
@Suite struct AtomicFileTests {
    let folder = TemporaryFolder("atomic")

    func names(_ path: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    @Test func writesAndReplacesLeavingNoTemporaryFile() throws {
        let target = folder.file("charts/a.svg")
        try AtomicFile.write(Array("<svg/>\n".utf8), to: target)
        #expect(try folder.read("charts/a.svg") == "<svg/>\n")
        try AtomicFile.write(Array("<svg></svg>\n".utf8), to: target)
        #expect(try folder.read("charts/a.svg") == "<svg></svg>\n")
        try AtomicFile.write([UInt8](), to: folder.file("charts/empty.csv"))
        #expect(names(folder.file("charts")) == ["a.svg", "empty.csv"])
    }

    @Test func aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws {
        // A folder where the file should go: the rename fails after the bytes were written.
        try FileManager.default.createDirectory(atPath: folder.file("out/report.html/inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicFile.write(Array("<html></html>\n".utf8), to: folder.file("out/report.html")) }
        #expect(names(folder.file("out")) == ["report.html"])
        // A folder that cannot be made: nothing is created anywhere.
        try folder.write("file", "x")
        #expect(throws: (any Error).self) { try AtomicFile.write(Array("y".utf8), to: folder.file("file/child.csv")) }
        #expect(try folder.read("file") == "x")
    }

    @Test func outputFilesWriteOnlyChangedBytesAtomically() throws {
        let target = folder.file("o/x.csv")
        #expect(try OutputFiles.write("a\r\n", to: target) == .written)
        #expect(try OutputFiles.write("a\r\n", to: target) == .unchanged)
        #expect(try OutputFiles.write("b\r\n", to: target) == .written)
        #expect(names(folder.file("o")) == ["x.csv"])
    }

    @Test func leftoversOfAKilledWriterAreFoundAndRemoved() throws {
        try folder.write("o/x.csv", "a\r\n")
        try folder.write("o/.x.csv.bilat-partial-123-4", "a")
        try folder.write("o/.keep", "mine")
        try folder.write("o/notes.bilat-partial-.txt", "not hidden: not ours")
        #expect(AtomicFile.leftovers(in: folder.file("o")) == [folder.file("o/.x.csv.bilat-partial-123-4")])
        #expect(AtomicFile.removeLeftovers(in: folder.file("o")) == 1)
        #expect(names(folder.file("o")) == [".keep", "notes.bilat-partial-.txt", "x.csv"])
    }
}
