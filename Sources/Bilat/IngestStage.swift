import BilatCore
import BilatDatasets
import BilatStore

/// Read → validate → store: the first stage of every build.
public enum IngestStage {
    public struct Outcome: Sendable {
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
        for folder in folders {
            let files = try DatasetFolders.load(folder)
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
        let report = try Store.ingest(datasets, into: database, replacingAll: replacingAll)
        return Outcome(datasets: datasets, report: report, warnings: diagnostics)
    }
}
