import BilatCore
import BilatDatasets
import Foundation

/// What an importer is asked: files, the dataset folder they go into, and when they were downloaded.
public struct ImportRequest: Sendable {
    public var files: [String]
    public var dataset: String
    public var accessed: String?

    public init(files: [String], dataset: String, accessed: String? = nil) {
        self.files = files
        self.dataset = dataset
        self.accessed = accessed
    }
}

/// Reading an importer's input file, plain or gzipped, with a stated size limit and an error that says what
/// was expected.
public enum ImportFile {
    /// Whole-file reads above this size are refused: they are held in memory (``chunks(_:accepted:maximumBytes:)``
    /// streams instead).
    public static let maximumBytes = 200_000_000
    /// Streamed input above this many (inflated) bytes is refused: about 30 million Comtrade rows, which would
    /// take bilat minutes; split the download instead.
    public static let maximumStreamedBytes = 16_000_000_000

    /// The file's bytes, inflated if gzipped; `accepted` names what the importer reads, for the error.
    public static func read(_ path: String, accepted: String, maximumBytes: Int = maximumBytes) throws(Diagnostic) -> [UInt8] {
        var chunks = try self.chunks(path, accepted: accepted, maximumBytes: maximumBytes)
        var bytes: [UInt8] = []
        while let chunk = try chunks.nextPiece() { bytes += chunk }
        return bytes
    }

    /// The file in pieces of about a mebibyte, inflated as they are read when the file starts with gzip's
    /// magic bytes (1f 8b), whatever its name.
    public static func chunks(_ path: String, accepted: String, maximumBytes: Int = maximumStreamedBytes) throws(Diagnostic) -> ImportChunks {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .error("cannot read \(path)", accepted: "\(accepted) that exists")
        }
        let file: FileChunks
        do { file = try FileChunks(path: path) } catch { throw .error("cannot read \(path)", accepted: "a readable file") }
        return try ImportChunks(file: file, path: path, maximumBytes: maximumBytes)
    }
}

/// An input file's (inflated) bytes a piece at a time; bounded memory whatever the file's size.
public struct ImportChunks: ByteChunks {
    private var file: FileChunks
    private let path: String
    private let maximumBytes: Int
    private var pending: [UInt8]?
    private var inflater: GzipInflater?
    private var input: [UInt8] = []
    private var offset = 0
    private var fileEnded = false
    private var total = 0
    public var isGzip: Bool { inflater != nil }

    init(file: FileChunks, path: String, maximumBytes: Int) throws(Diagnostic) {
        self.file = file
        self.path = path
        self.maximumBytes = maximumBytes
        let first = try Self.read(&self.file, path: path)
        if let first, first.starts(with: [0x1F, 0x8B]) {
            inflater = try GzipInflater(path: path)
            input = first
        } else {
            pending = first
            fileEnded = first == nil
        }
    }

    private static func read(_ file: inout FileChunks, path: String) throws(Diagnostic) -> [UInt8]? {
        do { return try file.next() } catch { throw .error("cannot read \(path): \(error)", accepted: "a readable file") }
    }

    public mutating func next() throws -> [UInt8]? { try nextPiece() }

    /// The next piece, or nil at the end; errors are located in the file.
    public mutating func nextPiece() throws(Diagnostic) -> [UInt8]? {
        let piece: [UInt8]?
        if let inflater { piece = try inflated(inflater) } else { piece = try plain() }
        if let piece {
            total += piece.count
            if total > maximumBytes {
                throw .error("\(path) holds more than the \(maximumBytes) bytes bilat reads from one file\(isGzip ? " (counted inflated)" : "")",
                             accepted: "a smaller download, e.g. one reporter or one year a file")
            }
        }
        return piece
    }

    private mutating func plain() throws(Diagnostic) -> [UInt8]? {
        if let first = pending { pending = nil; return first }
        if fileEnded { return nil }
        return try Self.read(&file, path: path)
    }

    private mutating func inflated(_ inflater: GzipInflater) throws(Diagnostic) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: FileChunks.size)
        var produced = 0
        while produced < output.count {
            if offset == input.count {
                if fileEnded { break }
                guard let next = try Self.read(&file, path: path) else {
                    fileEnded = true
                    try inflater.finish()
                    break
                }
                (input, offset) = (next, 0)
                continue
            }
            try inflater.inflate(input, offset: &offset, into: &output, produced: &produced)
        }
        if produced == 0 { return nil }
        output.removeLast(output.count - produced)
        return output
    }
}
