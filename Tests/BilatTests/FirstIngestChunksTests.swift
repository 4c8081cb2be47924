import Bilat
import BilatCore
import BilatStore
import BilatTestSupport
import Foundation
import Testing

/// A first ingest (no store yet) cuts figures.csv into chunks in the read that parses its rows; an ingest into
/// an existing store cuts it in a read of its own first. Both must store the same chunks, fingerprints and rows,
/// and hand back the same digests, however the file is cut into pieces.
@Suite struct FirstIngestChunksTests {
    let folder = TemporaryFolder("first-chunks")

    /// Two generated datasets, the second with a quoted note over two lines and a CRLF line ending.
    func datasets() throws -> [String] {
        let a = folder.file("Datasets/alpha"), b = folder.file("Datasets/beta")
        try SyntheticDataset.write(figures: 700, to: a, seed: 3)
        try SyntheticDataset.write(figures: 400, to: b, seed: 4)
        var text = try String(contentsOfFile: b + "/figures.csv", encoding: .utf8)
        text += "quoted1,trade_turnover,HOM,PAA,both,quoted subject,2001,,$2.5 million,,,s0,,\"a note\nover two lines\"\r\n"
        try text.write(toFile: b + "/figures.csv", atomically: true, encoding: .utf8)
        return [a, b]
    }

    func stored(_ db: String) throws -> (fingerprints: [String: String], chunks: [String: [FigureChunk]], datasets: [Dataset]) {
        let store = try Store(path: db, access: .readOnly)
        return (try store.fingerprints(), try store.figureChunks(), try store.datasets())
    }

    @Test(arguments: [(5, 4), (97, 4), (1 << 20, 4), (1 << 20, 11)])
    func firstIngestStoresTheChunksOfAReadOfTheirOwn(pieceSize: Int, linesLog2: Int) throws {
        let folders = try datasets()
        let first = folder.file("first-\(pieceSize)-\(linesLog2).sqlite")
        let existing = folder.file("existing-\(pieceSize)-\(linesLog2).sqlite")
        // An empty store already on disk: its ingest cuts the files before reading them.
        _ = try Store(path: existing)
        let a = try IngestStage.run(folders: folders, database: first, replacingAll: true, pieceSize: pieceSize, chunkLinesLog2: linesLog2)
        let b = try IngestStage.run(folders: folders, database: existing, replacingAll: true, pieceSize: pieceSize, chunkLinesLog2: linesLog2)
        #expect(a.report == b.report)
        #expect(a.figureDigests == b.figureDigests)
        #expect(a.figureDigests.count == 2)
        let (x, y) = (try stored(first), try stored(existing))
        #expect(x.fingerprints == y.fingerprints)
        #expect(x.fingerprints.count == 2)
        #expect(x.chunks == y.chunks)
        #expect(x.chunks["beta"].map { $0.reduce(0) { $0 + $1.figureCount } } == 401)
        #expect(x.datasets == y.datasets)
        // Nothing changed since: the next ingest of the first store finds every fingerprint the same.
        let again = try IngestStage.run(folders: folders, database: first, replacingAll: true, pieceSize: pieceSize, chunkLinesLog2: linesLog2)
        #expect(again.report["figures"] == IngestReport.Counts(unchanged: 1101))
        #expect(!again.report.wroteAnything)
    }
}
