import Bilat
import BilatTestSupport
import Foundation
import Testing

/// What a build takes on trust from a file's stamp (size and modification time) and what makes it look again:
/// figures.csv's digest from the last build, and an output's bytes from the manifest.
@Suite struct KnownStampTests {
    let folder = TemporaryFolder("known-stamps")
    var dataset: String { folder.file("Datasets/mini") }
    var db: String { folder.file("Output/bilat.sqlite") }
    var figures: String { dataset + "/figures.csv" }

    func ingest(known: [String: IngestStage.KnownDigest]) throws -> IngestStage.Outcome {
        try IngestStage.run(folders: [dataset], database: db, replacingAll: true, known: known)
    }

    @Test func aKnownDigestIsUsedOnlyWhileTheStampIsTheSame() throws {
        try MiniDataset.write(to: dataset)
        let first = try ingest(known: [:])
        let path = try #require(first.figureDigests.keys.first)
        #expect(first.figureDigests.count == 1 && path.hasSuffix("/Datasets/mini/figures.csv"))
        // New bytes of the same size under the old modification time: the stamp is the same, so the known
        // digest is taken and the file is not read, and the change goes unseen (proof that it was not read).
        let stamp = try #require(BuildState.stamp(figures))
        let text = try String(contentsOfFile: figures, encoding: .utf8)
        try text.replacingOccurrences(of: "$11.7 million,,,today", with: "$11.8 million,,,today").write(toFile: figures, atomically: false, encoding: .utf8)
        try setModified(figures, stamp.modified)
        #expect(BuildState.stamp(figures) == stamp)
        let trusted = try ingest(known: first.figureDigests)
        #expect(trusted.figureDigests[path] == first.figureDigests[path])
        #expect(trusted.report["figures"].added + trusted.report["figures"].changed == 0)
        // Under any other stamp the file is read again and its change found.
        let other = BuildState.Stamp(size: stamp.size, modified: stamp.modified - 1)
        let read = try ingest(known: [path: .init(stamp: other, digest: first.figureDigests[path]?.digest ?? "")])
        #expect(read.figureDigests[path]?.digest != first.figureDigests[path]?.digest)
        #expect(read.report["figures"].changed == 1)
    }

    /// Puts a file's modification time back to `nanoseconds` since 1970, to the nanosecond.
    func setModified(_ path: String, _ nanoseconds: Int64) throws {
        let time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        let times = [time, time]
        guard utimensat(AT_FDCWD, path, times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    @Test func aFigureFileChangedInPlaceIsReadAgain() throws {
        try MiniDataset.write(to: dataset)
        let first = try ingest(known: [:])
        let before = try #require(first.figureDigests.values.first)
        // Same size, new bytes: only the modification time tells.
        let text = try String(contentsOfFile: figures, encoding: .utf8)
        try text.replacingOccurrences(of: "$11.7 million,,,today", with: "$11.8 million,,,today").write(toFile: figures, atomically: false, encoding: .utf8)
        let again = try ingest(known: first.figureDigests)
        let after = try #require(again.figureDigests.values.first)
        #expect(after.digest != before.digest)
        #expect(again.report["figures"].added + again.report["figures"].changed > 0)
    }

    @Test(arguments: [(ageSeconds: 0.5, kept: false), (ageSeconds: 1.9, kept: false), (ageSeconds: 3.0, kept: true)])
    func onlySettledFilesDigestsAreKept(ageSeconds: Double, kept: Bool) {
        let now: Int64 = 1_800_000_000_000_000_000
        let known = IngestStage.KnownDigest(stamp: .init(size: 10, modified: now - Int64(ageSeconds * 1e9)), digest: "ab")
        #expect(BuildState.settled(["/x/figures.csv": known], now: now).isEmpty == !kept)
    }

    @Test func knownDigestsReadBack() throws {
        let state = BuildState(key: "k", lines: [], openErrors: 0, files: ["a.html": .init(size: 1, modified: 2)],
                               inputs: ["/p a/figures.csv": .init(stamp: .init(size: 3, modified: 4), digest: "00ff")])
        #expect(BuildState(text: state.text) == state)
    }

    @Test func anOutputEditedByHandIsNoticedThoughItsManifestEntryIsTrusted() throws {
        let output = folder.file("Output")
        let plan = [PlannedOutput(path: "a.txt", inputs: ["x": ["1": "1"]]) { "made by bilat\n" }]
        _ = try IncrementalBuild.run(plan, in: output, force: false)
        let stamps = ["a.txt": try #require(BuildState.stamp(output + "/a.txt"))]
        let untouched = try IncrementalBuild.run(plan, in: output, force: false, stamps: stamps)
        #expect(untouched.rebuilt.isEmpty && untouched.unchanged == 1)
        try "made by hand!\n".write(toFile: output + "/a.txt", atomically: false, encoding: .utf8)
        let edited = try IncrementalBuild.run(plan, in: output, force: false, stamps: stamps)
        #expect(edited.rebuilt.map(\.reason) == ["file edited by hand"])
        #expect(try String(contentsOfFile: output + "/a.txt", encoding: .utf8) == "made by bilat\n")
    }
}
