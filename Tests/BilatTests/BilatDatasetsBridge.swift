import Bilat
import BilatCore
import BilatDatasets

/// Reads a dataset folder from disk the way the pipeline does.
enum BilatDatasetsBridge {
    static func read(_ folder: String) -> (Dataset?, [Diagnostic]) {
        do {
            return DatasetReader.read(try DatasetFolders.load(folder))
        } catch {
            return (nil, error.diagnostics)
        }
    }
}
