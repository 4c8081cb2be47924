import Foundation

/// A fresh folder under the system's temporary directory, removed when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "bilat") {
        path = NSTemporaryDirectory() + "/\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) throws {
        let target = file(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
    }

    public func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    public func read(_ name: String) throws -> String {
        try String(contentsOfFile: file(name), encoding: .utf8)
    }
}

/// Paths inside this repository, found from this source file, so tests run from any working directory.
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static let bundledDataset = root + "/Datasets/azerbaijan-pakistan"

    /// Copies a folder (e.g. the bundled dataset) so a test can change it freely.
    public static func copy(_ source: String, to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) { try FileManager.default.removeItem(atPath: destination) }
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// The bundled project in `folder`: its dataset under Datasets/ and its notebooks, as `bilat build` finds them.
    public static func copyBundledProject(into folder: TemporaryFolder) throws {
        try copy(bundledDataset, to: folder.file("Datasets/azerbaijan-pakistan"))
        try copy(root + "/Notebooks", to: folder.file("Notebooks"))
    }

    /// The whole bytes of a file, or nil when it is absent: for "left byte-for-byte as it was" checks.
    public static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}
