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
        for file in [DatasetLayout.descriptor] + (DatasetLayout.tables + DatasetLayout.optionalTables).map(\.file) where !leaving.contains(file) {
            if let data = FileManager.default.contents(atPath: join(folder, file)) { contents[file] = [UInt8](data) }
        }
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

    /// `a/b`, without doubling a trailing slash.
    public static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }
}
