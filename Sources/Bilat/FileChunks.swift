import BilatCore
import BilatDatasets
import Foundation

/// A file read in pieces of a fixed size, so a large file is never held whole.
public struct FileChunks: ByteChunks {
    public static let size = 1 << 20
    let path: String
    let size: Int
    private let handle: FileHandle
    /// Cuts the file into chunks from the pieces this read hands out (a first ingest's figures.csv), so the file
    /// is not read a second time for its chunks.
    var cutter: FigureFileCutter?

    public init(path: String, size: Int = FileChunks.size) throws {
        self.path = path
        self.size = max(1, size)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticsError([.error("cannot read \(path)", accepted: "a readable file")])
        }
        self.handle = handle
    }

    public mutating func next() throws -> [UInt8]? {
        guard let data = try handle.read(upToCount: size), !data.isEmpty else { cutter?.end(); return nil }
        let bytes = [UInt8](data)
        cutter?.add(bytes)
        return bytes
    }

    /// The next piece as the file handle read it, without copying it into an array; nil at the end.
    func read() throws -> Data? {
        guard let data = try handle.read(upToCount: size), !data.isEmpty else { return nil }
        return data
    }

    /// The digest of the whole file, read in pieces.
    static func digest(of path: String) throws -> String {
        let chunks = try FileChunks(path: path)
        var running = LaneDigest()
        // Straight from what the file handle read, without copying each piece into an array.
        while let data = try chunks.handle.read(upToCount: chunks.size), !data.isEmpty {
            data.withUnsafeBytes { running.add($0) }
        }
        return running.hex
    }
}

/// figures.csv cut into chunks from the pieces another read of it hands out (``FileChunks/cutter``), on whatever
/// thread that read runs; read by its owner only after that read is over.
final class FigureFileCutter: @unchecked Sendable {
    private var cutting: FigureFileChunks.Cutting
    /// The read reached the end of the file, so every byte was added.
    private(set) var ended = false

    init(linesLog2: Int) { cutting = FigureFileChunks.Cutting(linesLog2: linesLog2) }

    func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { cutting.add($0) } }

    func end() { ended = true }

    /// The chunks of the whole file: nil if the read stopped before its end.
    func chunks(path: String, context: String) -> FigureFileChunks? {
        ended ? cutting.finish(path: path, context: context) : nil
    }
}

/// FNV-1a in four lanes: byte i feeds lane i mod 4, and the lanes and the length are folded together at the end.
/// Plain FNV-1a waits for each multiplication before the next byte; four lanes keep four in flight, so a large
/// figures.csv is fingerprinted several times faster (a tenth of a million-figure ingest went to it). Like
/// ``Digest`` it detects change and is not a security hash. Only figures.csv's fingerprint in the store uses it.
struct LaneDigest {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325,
                                                            0xcbf2_9ce4_8422_2325, 0xcbf2_9ce4_8422_2325)
    private var count = 0
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Adds the next bytes; how a file is cut into pieces does not change the digest.
    mutating func add(_ buffer: UnsafeRawBufferPointer) {
        var i = 0
        // Bytes up to the next multiple of four go one at a time, to the lane their position names.
        while i < buffer.count && (count + i) % 4 != 0 { feed(buffer[i], lane: (count + i) % 4); i += 1 }
        var (a, b, c, d) = lanes
        while i + 4 <= buffer.count {
            a = (a ^ UInt64(buffer[i])) &* Self.prime
            b = (b ^ UInt64(buffer[i + 1])) &* Self.prime
            c = (c ^ UInt64(buffer[i + 2])) &* Self.prime
            d = (d ^ UInt64(buffer[i + 3])) &* Self.prime
            i += 4
        }
        lanes = (a, b, c, d)
        while i < buffer.count { feed(buffer[i], lane: (count + i) % 4); i += 1 }
        count += buffer.count
    }

    private mutating func feed(_ byte: UInt8, lane: Int) {
        switch lane {
        case 0: lanes.0 = (lanes.0 ^ UInt64(byte)) &* Self.prime
        case 1: lanes.1 = (lanes.1 ^ UInt64(byte)) &* Self.prime
        case 2: lanes.2 = (lanes.2 ^ UInt64(byte)) &* Self.prime
        default: lanes.3 = (lanes.3 ^ UInt64(byte)) &* Self.prime
        }
    }

    var hex: String {
        var fold = Digest.Running()
        for value in [lanes.0, lanes.1, lanes.2, lanes.3, UInt64(count)] {
            fold.add((0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
        }
        return fold.hex
    }
}
