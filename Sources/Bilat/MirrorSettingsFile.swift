import BilatCore
import BilatDatasets
import Foundation

/// The project's `Datasets/mirror-settings.csv`, read from disk. It sits beside the dataset folders because it
/// is the analyst's own data about them, and every command already takes `--datasets`. Discovery only takes
/// folders, so the file is never mistaken for a dataset.
public struct MirrorSettingsFile: Sendable {
    /// Where it was looked for.
    public var path: String
    /// nil when there is no file: bilat's standard settings.
    public var contents: MirrorSettingsReader.Contents?
    /// The file's bytes as read, fingerprinted by the build ("" when absent).
    public var text: String

    public var settings: MirrorProjectSettings { contents?.settings ?? .standard }

    /// Reads `datasets`/mirror-settings.csv; a missing file is the standard settings, a bad one an error.
    public static func load(datasets: String) throws(DiagnosticsError) -> MirrorSettingsFile {
        let path = DatasetFolders.join(datasets, MirrorSettingsReader.fileName)
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw DiagnosticsError([.error("\(path) cannot be read", accepted: "a readable CSV file, or none for bilat's standard settings")])
            }
            return MirrorSettingsFile(path: path, contents: nil, text: "")
        }
        let bytes = [UInt8](data)
        let (contents, diagnostics) = MirrorSettingsReader.read(bytes, path: path)
        guard let contents else { throw DiagnosticsError(diagnostics) }
        return MirrorSettingsFile(path: path, contents: contents, text: String(decoding: bytes, as: UTF8.self))
    }

    /// Warnings for rows naming a relationship the analysis does not have.
    public func unusedRows(in outcome: AnalysisStage.Outcome) -> [Diagnostic] {
        guard let contents else { return [] }
        return MirrorSettingsReader.unused(contents, relationships: Set(outcome.relationships.map(\.relationship.id)))
    }
}
