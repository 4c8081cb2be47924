import Bilat
import BilatTestSupport
import Foundation
import Testing

/// The record that lets a build with nothing changed skip analysis: it must read back exactly, and any
/// doubt (a file touched, a text it did not write) must send the build down the full path.
@Suite struct BuildStateTests {
    static let hostileLines = ["", "plain", "back\\slash", "new\nline", "\\n literal", "ends with \\", "file 1 2 x", "key nope", "  spaced  ", "ünï – cödé"]

    @Test(arguments: hostileLines)
    func linesReadBackExactly(_ line: String) throws {
        let state = BuildState(key: "k", lines: [line, "after"], openErrors: 3,
                               files: ["a b/c.html": .init(size: 10, modified: 1_700_000_000_123_456_789)])
        #expect(BuildState(text: state.text) == state)
    }

    @Test(arguments: ["", "nonsense", "bilat-build-state 2\nkey k\nerrors 0\n", "bilat-build-state 1\nerrors 0\n",
                      "bilat-build-state 1\nkey k\nerrors x\n", "bilat-build-state 1\nkey k\nerrors 0\nfile 1 x path\n",
                      "bilat-build-state 1\nkey k\nerrors 0\nunknown line\n"])
    func anythingElseIsRefused(_ text: String) {
        #expect(BuildState(text: text) == nil)
    }

    @Test func aTouchedOrMissingFileIsNoticed() throws {
        let folder = TemporaryFolder("build-state")
        try "abc".write(toFile: folder.file("a.txt"), atomically: false, encoding: .utf8)
        let stamp = try #require(BuildState.stamp(folder.file("a.txt")))
        let state = BuildState(key: "k", lines: [], openErrors: 0, files: ["a.txt": stamp])
        #expect(state.filesUnchanged(in: folder.path))
        try "abd".write(toFile: folder.file("a.txt"), atomically: false, encoding: .utf8)
        #expect(!state.filesUnchanged(in: folder.path), "same size, new modification time")
        try FileManager.default.removeItem(atPath: folder.file("a.txt"))
        #expect(!state.filesUnchanged(in: folder.path))
        #expect(!BuildState(key: "k", lines: [], openErrors: 0, files: [:]).filesUnchanged(in: folder.path), "nothing recorded, nothing known")
    }

    @Test func theKeyCoversWhatOutputsAreMadeFrom() {
        let base = BuildState.key(datasetFingerprints: ["a": "1"], notebooks: [("n", "text")], parts: ["/out"])
        #expect(base == BuildState.key(datasetFingerprints: ["a": "1"], notebooks: [("n", "text")], parts: ["/out"]))
        #expect(base != BuildState.key(datasetFingerprints: ["a": "2"], notebooks: [("n", "text")], parts: ["/out"]))
        #expect(base != BuildState.key(datasetFingerprints: ["a": "1", "b": "1"], notebooks: [("n", "text")], parts: ["/out"]))
        #expect(base != BuildState.key(datasetFingerprints: ["a": "1"], notebooks: [("n", "text!")], parts: ["/out"]))
        #expect(base != BuildState.key(datasetFingerprints: ["a": "1"], notebooks: [("m", "text")], parts: ["/out"]))
        #expect(base != BuildState.key(datasetFingerprints: ["a": "1"], notebooks: [("n", "text")], parts: ["/other"]))
    }
}
