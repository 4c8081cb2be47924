/// The raw bytes of one dataset folder, as the pipeline read them; readers never touch the disk.
public struct DatasetFiles: Sendable {
    /// The folder's name, which names the dataset in the store.
    public var name: String
    /// How paths are shown in diagnostics, e.g. `Datasets/azerbaijan-pakistan`.
    public var displayPath: String
    /// File name → contents; a missing file is absent.
    public var contents: [String: [UInt8]]
    /// The names of every file in the folder, including those not read (a streamed figures.csv, a file bilat
    /// does not know), so the descriptor can be checked against what is there.
    public var present: Set<String>

    /// - Parameter present: the folder's file names; by default, those in `contents`.
    public init(name: String, displayPath: String, contents: [String: [UInt8]], present: Set<String>? = nil) {
        self.name = name
        self.displayPath = displayPath
        self.contents = contents
        self.present = present ?? Set(contents.keys)
    }

    func path(_ file: String) -> String { displayPath.isEmpty ? file : "\(displayPath)/\(file)" }
}
