import BilatCore
import BilatDatasets
import BilatStore
import Foundation

/// Read → validate → store: the first stage of every build.
public enum IngestStage {
    public struct Outcome: Sendable {
        /// The datasets read; empty when every folder was unchanged since the last ingest and was not read.
        public var datasets: [Dataset]
        public var report: IngestReport
        /// Warnings found while reading; errors never get this far.
        public var warnings: [Diagnostic]
    }

    /// Reads every folder, and writes to the store only if none has an error: all problems are reported at once.
    /// - Parameter replacingAll: the folders are every dataset there is, so stored datasets not among them go.
    public static func run(folders: [String], database: String, replacingAll: Bool) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var datasets: [Dataset] = []
        var seen: [String: String] = [:]
        let loaded = try folders.map { try DatasetFolders.load($0) }
        let fingerprints = Dictionary(loaded.map { ($0.name, fingerprint($0)) }, uniquingKeysWith: { a, _ in a })
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
            let (dataset, found) = DatasetReader.read(files)
            diagnostics += found
            if let dataset { datasets.append(dataset) }
        }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        // Only now is the database opened: bad input never touches it.
        let report = try Store.ingest(datasets, into: database, replacingAll: replacingAll, fingerprints: fingerprints)
        return Outcome(datasets: datasets, report: report, warnings: diagnostics)
    }

    /// The files' bytes and the bilat release that reads them: if both match the last ingest, nothing can differ.
    static func fingerprint(_ files: DatasetFiles) -> String {
        var text = "bilat \(BilatVersion.release)\n"
        for name in files.contents.keys.sorted() { text += "\(name) \(Digest.of(bytes: files.contents[name]!))\n" }
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
