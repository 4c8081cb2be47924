/// The raw bytes of one dataset folder, as the pipeline read them; readers never touch the disk.
public struct DatasetFiles: Sendable {
    /// The folder's name, which names the dataset in the store.
    public var name: String
    /// How paths are shown in diagnostics, e.g. `Datasets/azerbaijan-pakistan`.
    public var displayPath: String
    /// File name → contents; a missing file is absent.
    public var contents: [String: [UInt8]]

    public init(name: String, displayPath: String, contents: [String: [UInt8]]) {
        self.name = name
        self.displayPath = displayPath
        self.contents = contents
    }

    func path(_ file: String) -> String { displayPath.isEmpty ? file : "\(displayPath)/\(file)" }
}
