import Foundation

/// Writes output files only when their bytes change, so an unchanged build leaves Output/ untouched
/// and `git status` shows exactly what a change of data changed.
public enum OutputFiles {
    public enum Outcome: String, Sendable { case written, unchanged }

    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Outcome {
        let data = Data(text.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == data { return .unchanged }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        try data.write(to: URL(fileURLWithPath: path))
        return .written
    }
}
