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
    }

    static let figuresFile = DatasetLayout.figures.file

    /// Reads every folder and writes the store in one transaction, committed only if no file has an error:
    /// all problems are reported at once. figures.csv is streamed a piece at a time, so memory stays bounded
    /// however large it is; the other tables are read and checked whole before the store is opened.
    /// - Parameter replacingAll: the folders are every dataset there is, so stored datasets not among them go.
    /// - Parameter pieceSize: how many bytes of figures.csv are read at a time.
    public static func run(folders: [String], database: String, replacingAll: Bool, pieceSize: Int = FileChunks.size) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        let loaded = try folders.map { try DatasetFolders.load($0, leaving: [figuresFile]) }
        var fingerprints: [String: String] = [:]
        for (folder, files) in zip(folders, loaded) where fingerprints[files.name] == nil {
            fingerprints[files.name] = try fingerprint(files, figuresAt: figuresPath(folder))
        }
        if let unchanged = try unchangedReport(fingerprints: fingerprints, database: database, replacingAll: replacingAll) {
            return Outcome(datasets: [], report: unchanged, warnings: [])
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
        return Outcome(datasets: figureFiles.datasets, report: report, warnings: figureFiles.diagnostics.kept.sortedByLocation())
    }

    static func figuresPath(_ folder: String) -> String { DatasetFolders.join(folder, figuresFile) }

    /// The files' bytes and the bilat release that reads them: if both match the last ingest, nothing can differ.
    static func fingerprint(_ files: DatasetFiles, figuresAt path: String) throws -> String {
        var digests = files.contents.mapValues { Digest.of(bytes: $0) }
        if FileManager.default.fileExists(atPath: path) { digests[figuresFile] = try FileChunks.digest(of: path) }
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
