import BilatCore
import BilatDatasets
import BilatStore

/// The figures files of the datasets being ingested, each read once, row by row. Each holds its dataset's
/// problems; figures are handed on only while no file has an error, since an ingest with one commits nothing.
///
/// Used from the reading thread of a ``Handoff`` while the caller waits for it, hence unchecked Sendable.
final class FigureFiles: @unchecked Sendable {
    private var streams: [DatasetStream<FileChunks>] = []
    private var paths: [String] = []
    private var pieceSizes: [Int] = []
    private var read: Set<Int> = []
    /// Problems found in every file so far, the other tables' included: the first thousand, and a count.
    private(set) var diagnostics: DiagnosticLog

    init(diagnostics: [Diagnostic]) { self.diagnostics = DiagnosticLog(diagnostics) }

    func add(_ stream: DatasetStream<FileChunks>, path: String, pieceSize: Int) {
        var stream = stream
        diagnostics += stream.takeDiagnostics()
        streams.append(stream)
        paths.append(path)
        pieceSizes.append(pieceSize)
    }

    func add(missing diagnostics: [Diagnostic]) { self.diagnostics += diagnostics }

    var datasets: [Dataset] { streams.compactMap(\.dataset) }

    /// Reads the figures of dataset `name` (every unread file when nil), passing each valid one to `write`.
    func stream(of name: String?, write: (Figure, _ line: Int) throws -> Void) throws {
        for i in streams.indices where !read.contains(i) {
            guard let dataset = streams[i].dataset?.name, name == nil || dataset == name else { continue }
            read.insert(i)
            let path = paths[i], size = pieceSizes[i]
            try streams[i].streamFigures(reread: { try FileChunks(path: path, size: size) }) { figure, line in
                if !diagnostics.hasErrors { try write(figure, line) }
            }
            diagnostics += streams[i].takeDiagnostics()
        }
    }

    /// Reads every file not read yet, for its problems only.
    func checkTheRest() throws { try stream(of: nil) { _, _ in } }
}
