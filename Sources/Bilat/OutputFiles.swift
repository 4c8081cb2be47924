import Foundation

/// Writes output files only when their bytes change, so an unchanged build leaves Output/ untouched
/// and `git status` shows exactly what a change of data changed. A file that changes is replaced atomically
/// (`AtomicFile`), so a build killed midway leaves each output whole: old or new, never torn.
public enum OutputFiles {
    public enum Outcome: String, Sendable { case written, unchanged }

    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Outcome {
        let data = Data(text.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == data { return .unchanged }
        try AtomicFile.write(data, to: path)
        return .written
    }
}
