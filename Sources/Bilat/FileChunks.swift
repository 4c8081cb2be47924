import BilatCore
import BilatDatasets
import Foundation

/// A file read in pieces of a fixed size, so a large file is never held whole.
public struct FileChunks: ByteChunks {
    public static let size = 1 << 20
    let path: String
    let size: Int
    private let handle: FileHandle

    public init(path: String, size: Int = FileChunks.size) throws {
        self.path = path
        self.size = max(1, size)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticsError([.error("cannot read \(path)", accepted: "a readable file")])
        }
        self.handle = handle
    }

    public mutating func next() throws -> [UInt8]? {
        guard let data = try handle.read(upToCount: size), !data.isEmpty else { return nil }
        return [UInt8](data)
    }

    /// The digest of the whole file, read in pieces.
    static func digest(of path: String) throws -> String {
        var chunks = try FileChunks(path: path)
        var running = Digest.Running()
        while let chunk = try chunks.next() { running.add(chunk) }
        return running.hex
    }
}
