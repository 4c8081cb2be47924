import BilatTestSupport
import Foundation
import Testing

/// The golden-file helper itself: a mismatch, a missing file and a failed rewrite must each fail.
@Suite struct GoldenTests {
    let folder = TemporaryFolder("golden")

    @Test func matchingOutputPassesAndADifferenceIsShownLineByLine() throws {
        let path = folder.file("g.txt")
        try Data("a\nb\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(Golden.mismatch("a\nb\n", golden: path, update: false) == nil)
        let diff = try #require(Golden.mismatch("a\nc\n", golden: path, update: false))
        #expect(diff.contains("-2: \"b\""))
        #expect(diff.contains("+2: \"c\""))
    }

    @Test func aMissingGoldenFileFails() {
        let message = Golden.mismatch("x", golden: folder.file("none.txt"), update: false)
        #expect(message?.hasPrefix("no golden file at") == true)
    }

    @Test func rewritingWritesTheFile() throws {
        let path = folder.file("new/g.txt")
        #expect(Golden.mismatch("fresh\n", golden: path, update: true) == nil)
        #expect(FileManager.default.contents(atPath: path) == Data("fresh\n".utf8))
    }

    /// A file standing where the golden file's folder should be: the rewrite cannot happen, and must say so.
    @Test func aRewriteThatCannotBeWrittenFails() throws {
        let blocker = folder.file("blocker")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let message = Golden.mismatch("x", golden: blocker + "/g.txt", update: true)
        #expect(message?.hasPrefix("cannot write the golden file") == true)
    }
}
