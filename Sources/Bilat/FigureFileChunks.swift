import BilatCore
import BilatDatasets
import BilatStore
import Foundation

/// figures.csv cut into content-defined chunks (``CSVChunker``), each with a digest of its bytes, from one read
/// of the file in pieces: what a re-ingest compares with the store's chunks to find the rows it must read.
struct FigureFileChunks {
    let path: String
    /// In file order. The first chunk's digest also covers `context`.
    let chunks: [FigureChunk]
    /// Where each chunk's bytes are in the file, and the digest of those bytes alone.
    let offsets: [Int]
    private let byteDigests: [String]

    /// - Parameter context: everything besides the file's bytes that a figure row's reading depends on (the
    ///   other files of the dataset, bilat's release, the folder's path): folded into the header chunk's digest,
    ///   so that a change to any of it makes every row be read again.
    init(path: String, context: String, pieceSize: Int = FileChunks.size, linesLog2: Int = CSVChunker.averageLinesLog2) throws {
        var cutting = Cutting(linesLog2: linesLog2)
        let file = try FileChunks(path: path, size: pieceSize)
        while let data = try file.read() { data.withUnsafeBytes { cutting.add($0) } }
        self = cutting.finish(path: path, context: context)
    }

    private init(path: String, chunks: [FigureChunk], offsets: [Int], byteDigests: [String]) {
        (self.path, self.chunks, self.offsets, self.byteDigests) = (path, chunks, offsets, byteDigests)
    }

    /// The file's bytes fed in order, a piece at a time, however they are cut: the one way a file's chunks and
    /// their digests are made, whether in a read of its own (``init(path:context:pieceSize:linesLog2:)``) or in
    /// the read that parses the rows (``FileChunks/cutting``).
    struct Cutting {
        private var chunker: CSVChunker
        private var digests: [String] = []
        private var running = LaneDigest()
        private var fileOffset = 0

        init(linesLog2: Int = CSVChunker.averageLinesLog2) { chunker = CSVChunker(averageLinesLog2: linesLog2) }

        /// Each piece is digested up to each chunk end the chunker found in it, and the rest carried on.
        mutating func add(_ piece: UnsafeRawBufferPointer) {
            chunker.feed(piece)
            var from = 0
            for chunk in chunker.chunks[digests.count...] {
                let end = chunk.offset + chunk.byteCount - fileOffset
                running.add(UnsafeRawBufferPointer(rebasing: piece[from..<end]))
                digests.append(running.hex)
                running = LaneDigest()
                from = end
            }
            running.add(UnsafeRawBufferPointer(rebasing: piece[from...]))
            fileOffset += piece.count
        }

        /// The chunks of every byte added; `context` is folded into the first chunk's digest.
        func finish(path: String, context: String) -> FigureFileChunks {
            var (chunker, digests) = (chunker, digests)
            chunker.finish()
            if chunker.chunks.count > digests.count { digests.append(running.hex) }
            var chunks: [FigureChunk] = []
            for (i, (chunk, digest)) in zip(chunker.chunks, digests).enumerated() {
                chunks.append(FigureChunk(digest: i == 0 ? Digest.of("\(context)\n\(digest)") : digest, byteCount: chunk.byteCount,
                                          firstLine: chunk.firstLine, lineCount: chunk.lineCount))
            }
            return FigureFileChunks(path: path, chunks: chunks, offsets: chunker.chunks.map(\.offset), byteDigests: digests)
        }
    }

    /// One digest for the whole file, for the dataset's fingerprint.
    var digest: String { Digest.of(chunks.map { "\($0.digest) \($0.byteCount)" }.joined(separator: "\n")) }

    var byteCount: Int { chunks.reduce(0) { $0 + $1.byteCount } }

    /// The bytes of the chunks at `indices`, read again from the file, as pieces for ``DatasetStream/streamFigures(pieces:_:)``.
    func pieces(_ indices: [Int]) throws -> [FigurePiece] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DiagnosticsError([.error("cannot read \(path)", accepted: "a readable file")])
        }
        defer { try? handle.close() }
        return try indices.map { i in
            try handle.seek(toOffset: UInt64(offsets[i]))
            let bytes = [UInt8](try handle.read(upToCount: chunks[i].byteCount) ?? Data())
            var digest = LaneDigest()
            bytes.withUnsafeBytes { digest.add($0) }
            guard bytes.count == chunks[i].byteCount, digest.hex == byteDigests[i] else {
                throw DiagnosticsError([.error("\(path) changed while it was read", accepted: "a file no other program writes during the ingest")])
            }
            return FigurePiece(bytes: bytes, firstLine: chunks[i].firstLine, lineCount: chunks[i].lineCount)
        }
    }
}
