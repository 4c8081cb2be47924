@testable import Bilat
import Foundation
import Testing

/// figures.csv's fingerprint must depend on its bytes alone: not on how the file is cut into pieces, and on every
/// byte, wherever it lies among the four lanes.
@Suite struct LaneDigestTests {
    static let bytes: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 13) }

    static func digest(_ bytes: [UInt8], pieces size: Int) -> String {
        var digest = LaneDigest()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            bytes[start..<end].withUnsafeBytes { digest.add($0) }
            start = end
        }
        return digest.hex
    }

    @Test(arguments: [1, 2, 3, 4, 5, 7, 64, 999, 1_000])
    func piecesDoNotMatter(size: Int) {
        #expect(Self.digest(Self.bytes, pieces: size) == Self.digest(Self.bytes, pieces: 1 << 20))
    }

    @Test func everyByteAndTheLengthCount() {
        let whole = Self.digest(Self.bytes, pieces: 1 << 20)
        var seen: Set<String> = [whole]
        for position in [0, 1, 2, 3, 500, 998, 999] {
            var changed = Self.bytes
            changed[position] ^= 0x01
            seen.insert(Self.digest(changed, pieces: 1 << 20))
        }
        seen.insert(Self.digest(Self.bytes + [0], pieces: 1 << 20))
        seen.insert(Self.digest(Array(Self.bytes.dropLast()), pieces: 1 << 20))
        #expect(seen.count == 10)
    }

    @Test func aFileDigestIsTheDigestOfItsBytes() throws {
        let path = NSTemporaryDirectory() + "/lane-digest-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(Self.bytes).write(to: URL(fileURLWithPath: path))
        #expect(try FileChunks.digest(of: path) == Self.digest(Self.bytes, pieces: 3))
    }
}
