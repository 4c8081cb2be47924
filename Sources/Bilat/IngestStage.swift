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
    /// - Parameter known: figures.csv digests an earlier run computed, by the file's absolute path.
    public static func run(folders: [String], database: String, replacingAll: Bool, pieceSize: Int = FileChunks.size,
                           known: [String: KnownDigest] = [:]) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        let loaded = try folders.map { try DatasetFolders.load($0, leaving: [figuresFile]) }
        var fingerprints: [String: String] = [:]
        var digests: [String: KnownDigest] = [:]
        for (folder, files) in zip(folders, loaded) where fingerprints[files.name] == nil {
            let path = figuresPath(folder)
            let figures = try figuresDigest(at: path, known: known)
            if let figures { digests[absolute(path)] = figures }
            fingerprints[files.name] = fingerprint(files, figures: figures?.digest)
        }
        if let unchanged = try unchangedReport(fingerprints: fingerprints, database: database, replacingAll: replacingAll) {
            return Outcome(datasets: [], report: unchanged, warnings: [], figureDigests: digests)
        }
        for (folder, files) in zip(folders, loaded) {
            if let other = seen[files.name] {
                diagnostics.append(.error("two dataset folders are both named \(files.name): \(other) and \(folder)",
                                          accepted: "one folder per dataset name"))
                continue
            }
            seen[files.name] = folder
        }
        let figureFiles = FigureFiles(diagnostics: diagnostics)
        for (folder, files) in zip(folders, loaded) where seen[files.name] == folder {
            let path = figuresPath(folder)
            guard FileManager.default.fileExists(atPath: path) else {
                // Read whole, to report the missing file along with every other problem of the folder.
                figureFiles.add(missing: DatasetReader.read(files).diagnostics)
                continue
            }
            figureFiles.add(try DatasetStream(files: files, figures: try FileChunks(path: path, size: pieceSize)), path: path, pieceSize: pieceSize)
        }
        if figureFiles.diagnostics.hasErrors {
            try figureFiles.checkTheRest()
            throw figureFiles.diagnostics.error
        }
        // Only now is the database opened; an error in a figure row rolls the whole transaction back.
        let report = try Store.ingest(figureFiles.datasets, into: database, replacingAll: replacingAll, fingerprints: fingerprints) { name, write in
            // The figure becomes its store row on the writing thread: reading and checking rows is the longer
            // half of an ingest, and writing a figure's values straight into the insert's buffer is cheap.
            try Handoff.run(produce: { emit in try figureFiles.stream(of: name) { try emit(($0, $1)) } }, consume: { try write($0.0, $0.1) })
            if figureFiles.diagnostics.hasErrors {
                try figureFiles.checkTheRest()
                throw figureFiles.diagnostics.error
            }
        }
        return Outcome(datasets: figureFiles.datasets, report: report, warnings: figureFiles.diagnostics.kept.sortedByLocation(),
                       figureDigests: digests)
    }

    static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// figures.csv's digest, read from the file unless `known` has it for the file's present stamp; nil when
    /// there is no file. The stamp is taken before the read, so a file changed while it is read is read again
    /// next time.
    static func figuresDigest(at path: String, known: [String: KnownDigest]) throws -> KnownDigest? {
        guard let stamp = BuildState.stamp(path) else {
            return FileManager.default.fileExists(atPath: path) ? KnownDigest(stamp: .init(size: -1, modified: 0),
                                                                              digest: try FileChunks.digest(of: path)) : nil
        }
        if let known = known[absolute(path)], known.stamp == stamp { return known }
        return KnownDigest(stamp: stamp, digest: try FileChunks.digest(of: path))
    }

    static func figuresPath(_ folder: String) -> String { DatasetFolders.join(folder, figuresFile) }

    /// The files' bytes and the bilat release that reads them: if both match the last ingest, nothing can differ.
    static func fingerprint(_ files: DatasetFiles, figures: String?) -> String {
        var digests = files.contents.mapValues { Digest.of(bytes: $0) }
        if let figures { digests[figuresFile] = figures }
        // The folder's path too: row locations are stored under it.
        var text = "bilat \(BilatVersion.release)\npath \(files.displayPath)\n"
        for (name, digest) in digests.sorted(by: { $0.key < $1.key }) { text += "\(name) \(digest)\n" }
        return Digest.of(text)
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
