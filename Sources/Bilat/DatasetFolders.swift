import BilatCore
import BilatDatasets
import Foundation

/// Finds dataset folders and reads their files from disk; everything after this is pure.
public enum DatasetFolders {
    /// Every folder directly under `root` that has a `datapackage.json` or a `figures.csv`, by name.
    public static func discover(in root: String) throws(DiagnosticsError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error("no datasets folder at \(root)",
                                           accepted: "run bilat from the project root (where Datasets/ is), or name dataset folders")])
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let folders = names.sorted().map { join(root, $0) }.filter { folder in
            [DatasetLayout.descriptor, DatasetLayout.figures.file].contains { FileManager.default.fileExists(atPath: join(folder, $0)) }
        }
        if folders.isEmpty {
            throw DiagnosticsError([.error("no dataset folders in \(root)",
                                           accepted: "folders holding datapackage.json, sources.csv, parties.csv, figures.csv and events.csv (make one with bilat dataset new)")])
        }
        return folders
    }

    /// Reads a folder's files as bytes. Missing files, and those named in `leaving` (to be streamed), are left out.
    public static func load(_ folder: String, leaving: Set<String> = []) throws(DiagnosticsError) -> DatasetFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([.error("\(folder) is not a folder", accepted: "a dataset folder such as Datasets/azerbaijan-pakistan")])
        }
        var contents: [String: [UInt8]] = [:]
        var tooLarge: [Diagnostic] = []
        for file in [DatasetLayout.descriptor] + (DatasetLayout.tables + DatasetLayout.optionalTables).map(\.file) where !leaving.contains(file) {
            let path = join(folder, file)
            if file != DatasetLayout.figures.file, let size = fileSize(path), size > wholeFileLimit {
                tooLarge.append(.error("\(file) is \(size / (1 << 20)) MiB; bilat reads this table whole and takes at most \(wholeFileLimit >> 20) MiB of it",
                                       at: SourceLocation(path: path, line: 1, column: 1),
                                       accepted: "a \(file) of at most \(wholeFileLimit >> 20) MiB (figures.csv, which is read a piece at a time, has no limit): split the dataset into several folders"))
                continue
            }
            if let data = FileManager.default.contents(atPath: path) { contents[file] = [UInt8](data) }
        }
        if !tooLarge.isEmpty { throw DiagnosticsError(tooLarge) }
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let name = URL(fileURLWithPath: trimmed).lastPathComponent
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).union(contents.keys)
        return DatasetFiles(name: name, displayPath: trimmed, contents: contents, present: present)
    }

    /// The folder of the named dataset among `folders`, or all of them for nil; an unknown name is an error
    /// that lists the names there are.
    public static func only(_ name: String?, of folders: [String]) throws(DiagnosticsError) -> [String] {
        guard let name else { return folders }
        let names = folders.map { URL(fileURLWithPath: $0).lastPathComponent }
        guard let i = names.firstIndex(of: name) else {
            throw DiagnosticsError([.error("no dataset named '\(name)' (--dataset)", accepted: names.joined(separator: ", "))])
        }
        return [folders[i]]
    }

    /// The most of one table bilat reads whole (every table but figures.csv, which is streamed): 16 MiB holds
    /// about 100,000 sources or events, far more than a dataset has, and bounds what a mistaken file can cost
    /// (a table takes about fifteen times its size in memory once read).
    public static let wholeFileLimit = 16 << 20

    static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    /// `a/b`, without doubling a trailing slash.
    public static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
