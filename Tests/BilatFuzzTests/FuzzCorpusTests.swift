import BilatFuzzTargets
import Foundation
import Testing

/// Replays the fuzz corpus through each target: the seeds, and every input a fuzzer once broke a reader with
/// (Tests/Fuzz/regressions). A reader that crashes again fails `swift test`; one that breaks an invariant again
/// fails here with the invariant in words.
@Suite struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ target: FuzzTarget, _ folder: String) -> [URL] {
        let dir = root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test("every target has seeds", arguments: FuzzTarget.allCases)
    func seeded(_ target: FuzzTarget) {
        #expect(Self.inputs(target, "corpus").count >= 3, "Tests/Fuzz/corpus/\(target.rawValue) needs seeds")
    }

    @Test("seeds and regressions keep every invariant", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        for url in Self.inputs(target, "corpus") + Self.inputs(target, "regressions") {
            let bytes = [UInt8](try Data(contentsOf: url))
            let broken = target.run(bytes)
            #expect(broken.isEmpty, "\(url.path): \(broken.joined(separator: "; "))")
        }
    }

    @Test("an empty input keeps every invariant", arguments: FuzzTarget.allCases)
    func empty(_ target: FuzzTarget) {
        #expect(target.run([]).isEmpty)
    }
}
