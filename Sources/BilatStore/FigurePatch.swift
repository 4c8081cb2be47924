import BilatCore

/// A re-ingest of one dataset's figures from the chunks of figures.csv that changed: the stored rows of every
/// other chunk are kept as they are (moved to their chunk's new lines), and only the changed chunks' figures
/// are diffed against the stored rows by id.
///
/// The result is what reading the whole file would store, with the same counts, or the ingest fails with
/// ``FigurePatch/Refused`` and nothing is written: the caller then reads the whole file, which also gives any
/// error the exact message a full read gives.
public struct FigurePatch: Sendable {
    /// The stored chunks the patch was planned against: if the store holds others when it is applied (another
    /// ingest came between), it is refused.
    public var planned: [FigureChunk]
    /// The file's chunks now, in order.
    public var chunks: [FigureChunk]
    /// For each of `chunks`, the index in `planned` of the stored chunk with the same bytes; nil when it changed.
    public var kept: [Int?]
    /// Every figure of the changed chunks, with its line, in the order read.
    public var figures: [(figure: Figure, line: Int)]

    public init(planned: [FigureChunk], chunks: [FigureChunk], kept: [Int?], figures: [(figure: Figure, line: Int)]) {
        (self.planned, self.chunks, self.kept, self.figures) = (planned, chunks, kept, figures)
    }

    /// Pairs each of `chunks` with a stored chunk of the same digest and size, taken in file order, each at most
    /// once; nil when the first chunk (the header, with the other files' digests folded in) is not the stored one.
    public static func keptChunks(_ chunks: [FigureChunk], stored: [FigureChunk]) -> [Int?]? {
        guard let first = chunks.first, let storedFirst = stored.first, first.digest == storedFirst.digest,
              first.byteCount == storedFirst.byteCount, first.lineCount == storedFirst.lineCount else { return nil }
        var unused: [String: [Int]] = [:]
        for (i, c) in stored.enumerated().reversed() { unused[c.digest, default: []].append(i) }
        return chunks.map { chunk in
            guard var candidates = unused[chunk.digest], let i = candidates.popLast(),
                  stored[i].byteCount == chunk.byteCount, stored[i].lineCount == chunk.lineCount else { return nil }
            unused[chunk.digest] = candidates
            return i
        }
    }

    /// Why a patch was not applied; the ingest reads the whole file instead.
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }
}
