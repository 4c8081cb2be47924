import BilatCore
import BilatDatasets
import BilatStore
import Foundation

/// Read → validate → store: the first stage of every build.
public enum IngestStage {
    public struct Outcome: Sendable {
        /// The datasets read, without their figures (streamed into the store, never held); empty when every
        /// folder was unchanged since the last ingest and was not read.
        public var datasets: [Dataset]
        public var report: IngestReport
        /// Warnings found while reading; errors never get this far.
        public var warnings: [Diagnostic]
        /// Whether only the chunks of figures.csv that changed since the last ingest were read (``FigurePatch``).
        public var patched = false
        /// Each figures.csv's digest, with the stamp it had before it was read (see `KnownDigest`).
        public var figureDigests: [String: KnownDigest] = [:]
    }

    /// A figures.csv's digest as an earlier run computed it, and the file's size and modification time then:
    /// while the stamp is the same, the digest is taken as it is (as `make` and git's index trust a stamp), so a
    /// build with nothing changed does not read a hundred megabytes of figures to find that out.
    public struct KnownDigest: Equatable, Sendable {
        public var stamp: BuildState.Stamp
        public var digest: String

        public init(stamp: BuildState.Stamp, digest: String) {
            self.stamp = stamp
            self.digest = digest
        }
    }

    static let figuresFile = DatasetLayout.figures.file

    /// Reads every folder and writes the store in one transaction, committed only if no file has an error:
    /// all problems are reported at once. figures.csv is streamed a piece at a time, so memory stays bounded
    /// however large it is; the other tables are read and checked whole before the store is opened.
    /// - Parameter replacingAll: the folders are every dataset there is, so stored datasets not among them go.
    /// - Parameter pieceSize: how many bytes of figures.csv are read at a time.
    /// - Parameter chunkLinesLog2: figures.csv is cut into chunks of about 2^this many lines (``CSVChunker``).
    /// - Parameter patching: whether a re-ingest may read only the chunks that changed; false reads every file.
    /// - Parameter known: figures.csv digests an earlier run computed, by the file's absolute path.
    public static func run(folders: [String], database: String, replacingAll: Bool, pieceSize: Int = FileChunks.size,
                           chunkLinesLog2: Int = CSVChunker.averageLinesLog2, patching: Bool = true,
                           known: [String: KnownDigest] = [:]) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        let loaded = try folders.map { try DatasetFolders.load($0, leaving: [figuresFile]) }
        var fingerprints: [String: String] = [:]
        var digests: [String: KnownDigest] = [:]
        // figures.csv of the first folder of each name, in chunks: hashed in the same read as the fingerprint,
        // unless its stamp says it is the file an earlier run hashed.
        var chunked: [String: FigureFileChunks] = [:]
        func chunk(_ folder: String, _ files: DatasetFiles) throws {
            let path = figuresPath(folder)
            guard FileManager.default.fileExists(atPath: path) else {
                fingerprints[files.name] = fingerprint(files, figures: nil)
                return
            }
            // The stamp is taken before the read, so a file changed while it is read is read again next time.
            let stamp = BuildState.stamp(path) ?? .init(size: -1, modified: 0)
            let chunks = try FigureFileChunks(path: path, context: context(files), pieceSize: pieceSize, linesLog2: chunkLinesLog2)
            chunked[files.name] = chunks
            digests[absolute(path)] = KnownDigest(stamp: stamp, digest: chunks.digest)
            fingerprints[files.name] = fingerprint(files, figures: chunks.digest)
        }
        // With no store yet there is nothing to compare with: each figures.csv is cut into chunks in the read that
        // parses it, on the reading thread, instead of in a read of its own before it (a tenth of the serial part
        // of a first ingest at a million figures).
        let firstIngest = !FileManager.default.fileExists(atPath: database)
        var cutters: [String: (cutter: FigureFileCutter, stamp: BuildState.Stamp, path: String, files: DatasetFiles)] = [:]
        for (folder, files) in zip(folders, loaded) where fingerprints[files.name] == nil && cutters[files.name] == nil {
            let path = figuresPath(folder)
            if firstIngest && FileManager.default.fileExists(atPath: path) {
                let stamp = BuildState.stamp(path) ?? .init(size: -1, modified: 0)
                cutters[files.name] = (FigureFileCutter(linesLog2: chunkLinesLog2), stamp, path, files)
            } else if let stamp = BuildState.stamp(path), let known = known[absolute(path)], known.stamp == stamp {
                digests[absolute(path)] = known
                fingerprints[files.name] = fingerprint(files, figures: known.digest)
            } else {
                try chunk(folder, files)
            }
        }
        // A store made since (by another process) is still written correctly by a whole read, which follows.
        if cutters.isEmpty, let unchanged = try unchangedReport(fingerprints: fingerprints, database: database, replacingAll: replacingAll) {
            return Outcome(datasets: [], report: unchanged, warnings: [], figureDigests: digests)
        }
        // Something changed: every file's chunks are needed, to read only the changed ones or to store with the rows.
        var chunkedNames = Set(chunked.keys).union(cutters.keys)
        for (folder, files) in zip(folders, loaded) where !chunkedNames.contains(files.name) {
            chunkedNames.insert(files.name)
            try chunk(folder, files)
        }
        for (folder, files) in zip(folders, loaded) {
            if let other = seen[files.name] {
                diagnostics.append(.error("two dataset folders are both named \(files.name): \(other) and \(folder)",
                                          accepted: "one folder per dataset name"))
                continue
            }
            seen[files.name] = folder
        }
        if patching, cutters.isEmpty, diagnostics.isEmpty, var outcome = try patched(loaded, chunks: chunked, database: database, replacingAll: replacingAll,
                                                          fingerprints: fingerprints) {
            outcome.figureDigests = digests
            return outcome
        }
        let figureFiles = FigureFiles(diagnostics: diagnostics)
        for (folder, files) in zip(folders, loaded) where seen[files.name] == folder {
            let path = figuresPath(folder)
            guard FileManager.default.fileExists(atPath: path) else {
                // Read whole, to report the missing file along with every other problem of the folder.
                figureFiles.add(missing: DatasetReader.read(files).diagnostics)
                continue
            }
            var figures = try FileChunks(path: path, size: pieceSize)
            figures.cutter = cutters[files.name].flatMap { $0.path == path ? $0.cutter : nil }
            figureFiles.add(try DatasetStream(files: files, figures: figures), path: path, pieceSize: pieceSize)
        }
        if figureFiles.diagnostics.hasErrors {
            try figureFiles.checkTheRest()
            throw figureFiles.diagnostics.error
        }
        // Only now is the database opened; an error in a figure row rolls the whole transaction back.
        let feed: Store.FigureFeed = { name, write in
            // The figure becomes its store row on the writing thread: reading and checking rows is the longer
            // half of an ingest, and writing a figure's values straight into the insert's buffer is cheap.
            try Handoff.run(produce: { emit in try figureFiles.stream(of: name) { try emit(($0, $1)) } }, consume: { try write($0.0, $0.1) })
            if figureFiles.diagnostics.hasErrors {
                try figureFiles.checkTheRest()
                throw figureFiles.diagnostics.error
            }
        }
        // Each file's chunks are stored with its figures, for the next re-ingest to read only what changed.
        // The chunks cut while the rows were read; a read that stopped short of the end (it cannot, without an
        // error, but the chunks must cover the file) cuts the file again on its own.
        let late: Store.LateChunks = { name in
            guard let (cutter, stamp, path, files) = cutters[name] else { return nil }
            let folded = Self.context(files)
            let cut = try cutter.chunks(path: path, context: folded)
                ?? FigureFileChunks(path: path, context: folded, pieceSize: pieceSize, linesLog2: chunkLinesLog2)
            digests[absolute(path)] = KnownDigest(stamp: stamp, digest: cut.digest)
            return (cut.chunks, fingerprint(files, figures: cut.digest))
        }
        let report = try Store.ingest(figureFiles.datasets, into: database, replacingAll: replacingAll, fingerprints: fingerprints,
                                      figures: feed, chunks: chunked.mapValues(\.chunks), late: late)
        return Outcome(datasets: figureFiles.datasets, report: report, warnings: figureFiles.diagnostics.kept.sortedByLocation(),
                       figureDigests: digests)
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    static func figuresPath(_ folder: String) -> String { DatasetFolders.join(folder, figuresFile) }

    /// Everything a figure row's reading depends on besides figures.csv: the bilat release, the folder's path (row
    /// locations are stored under it), the files it holds and the other tables' bytes.
    static func context(_ files: DatasetFiles) -> String {
        var text = "bilat \(BilatVersion.release)\npath \(files.displayPath)\npresent \(files.present.sorted().joined(separator: "/"))\n"
        for (name, bytes) in files.contents.sorted(by: { $0.key < $1.key }) { text += "\(name) \(Digest.of(bytes: bytes))\n" }
        return text
    }

    /// The files' bytes and the bilat release that reads them: if both match the last ingest, nothing can differ.
    static func fingerprint(_ files: DatasetFiles, figures digest: String?) -> String {
        Digest.of(context(files) + (digest.map { "\(figuresFile) \($0)\n" } ?? ""))
    }

    /// The ingest written from the changed chunks of each figures.csv alone (``FigurePatch``), when every
    /// dataset allows it: its chunks are stored, its header and other files are as they were, little of it
    /// changed, and the changed rows read without a problem. Nil when the whole files must be read instead,
    /// which also gives every error its message.
    static func patched(_ loaded: [DatasetFiles], chunks: [String: FigureFileChunks], database: String, replacingAll: Bool,
                        fingerprints: [String: String]) throws -> Outcome? {
        guard FileManager.default.fileExists(atPath: database), let store = try? Store(path: database, access: .readOnly),
              let stored = try? store.figureChunks() else { return nil }
        var datasets: [Dataset] = []
        var patches: [String: FigurePatch] = [:]
        var diagnostics = DiagnosticLog()
        for files in loaded {
            guard let file = chunks[files.name], let before = stored[files.name],
                  let kept = FigurePatch.keptChunks(file.chunks, stored: before) else { return nil }
            let changed = kept.indices.filter { kept[$0] == nil }
            // Past an eighth of the file (or 16 MiB), reading it all is about as quick, and holds less.
            let changedBytes = changed.reduce(0) { $0 + file.chunks[$1].byteCount }
            guard changedBytes <= min(file.byteCount / 8, 16 << 20) else { return nil }
            var stream = try DatasetStream(files: files, figures: InMemoryChunks(try file.pieces([0])[0].bytes))
            var figures: [(figure: Figure, line: Int)] = []
            guard try stream.streamFigures(pieces: try file.pieces(changed), { figures.append(($0, $1)) }) else { return nil }
            diagnostics += stream.takeDiagnostics()
            guard !diagnostics.hasErrors, let dataset = stream.dataset else { return nil }
            datasets.append(dataset)
            patches[files.name] = FigurePatch(planned: before, chunks: file.chunks, kept: kept, figures: figures)
        }
        do {
            let report = try Store.ingest(datasets, into: database, replacingAll: replacingAll, fingerprints: fingerprints, patches: patches)
            return Outcome(datasets: datasets, report: report, warnings: diagnostics.kept.sortedByLocation(), patched: true)
        } catch {
            // Refused, or any other failure (a row the store's constraints reject): the whole read that follows
            // fails, if it must, with a whole read's own message.
            return nil
        }
    }

    /// A report of "nothing changed" when every folder's fingerprint matches the store's, without reading a row.
    static func unchangedReport(fingerprints: [String: String], database: String, replacingAll: Bool) throws -> IngestReport? {
        guard FileManager.default.fileExists(atPath: database), let store = try? Store(path: database, access: .readOnly),
              let stored = try? store.fingerprints() else { return nil }
        guard fingerprints.allSatisfy({ stored[$0.key] == $0.value }) else { return nil }
        // Replacing all: a stored dataset whose folder is gone must still be removed by a real ingest.
        if replacingAll && Set(stored.keys) != Set(fingerprints.keys) { return nil }
        let counts = try store.rowCounts()
        var report = IngestReport()
        for (table, n) in counts where table != "datasets" { report.tables[table] = .init(unchanged: n) }
        report.datasets = fingerprints.keys.sorted()
        return report
    }
}
