import BilatCore
import Foundation

/// What an importer is asked: files, the dataset folder they go into, and when they were downloaded.
public struct ImportRequest: Sendable {
    public var files: [String]
    public var dataset: String
    public var accessed: String?

    public init(files: [String], dataset: String, accessed: String? = nil) {
        self.files = files
        self.dataset = dataset
        self.accessed = accessed
    }
}

/// Reading an importer's input file, with a stated size limit and an error that says what was expected.
public enum ImportFile {
    /// Downloads above this size are refused; a bilateral download is far smaller.
    public static let maximumBytes = 200_000_000

    /// The file's bytes; `accepted` names what the importer reads, for the error.
    public static func read(_ path: String, accepted: String, maximumBytes: Int = maximumBytes) throws(Diagnostic) -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes?[.size] as? Int else {
            throw .error("cannot read \(path)", accepted: "\(accepted) that exists")
        }
        guard size <= maximumBytes else {
            throw .error("\(path) is \(size) bytes, more than the \(maximumBytes) bilat reads", accepted: "a smaller download, e.g. one reporter and partner")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read \(path)", accepted: "a readable file")
        }
        return Array(data)
    }
}
