@testable import BilatDatasets
import BilatTestSupport
import Testing

/// The duplicate checks' table of lines by hash gives what a dictionary gives, for random hashes, hashes that
/// share their low bits (one slot, long probe runs), and the hashes 0 and 1 (0 is kept as 1).
@Suite struct LinesByHashTests {
    enum Keys: CaseIterable { case random, sameLowBits, small }

    static func key(_ kind: Keys, _ random: inout SplitMix64) -> Int {
        switch kind {
        case .random: return Int(bitPattern: UInt(random.next()))
        case .sameLowBits: return Int(bitPattern: UInt(random.next() % 64) << 40)
        case .small: return Int(random.next() % 300)
        }
    }

    @Test(arguments: Keys.allCases, [UInt64(1), 2, 3])
    func actsAsADictionary(kind: Keys, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var table = LinesByHash()
        var expected: [Int: Int32] = [:]
        for step in 0..<5000 {
            let hash = Self.key(kind, &random)
            // A hash of 0 is the same key as 1, by design.
            let same = hash == 0 ? 1 : hash
            #expect(table[hash] == expected[same], "step \(step), hash \(hash)")
            if random.next() % 3 != 0 {
                let line = Int32(truncatingIfNeeded: random.next() % 1_000_000)
                table.set(hash, line: line)
                expected[same] = line
            }
            #expect(table.count == expected.count)
        }
        for (hash, line) in expected { #expect(table[hash] == line) }
    }

    @Test func emptyTableFindsNothing() {
        let table = LinesByHash()
        #expect(table[0] == nil && table[1] == nil && table[-1] == nil && table.count == 0)
    }
}
