import Foundation

/// Compares output with a committed golden file and explains a mismatch with a line diff.
///
/// Set `BILAT_UPDATE_GOLDEN=1` to rewrite the golden files from the current output, then review the diff in git.
public enum Golden {
    /// Nil when `actual` matches `path`'s contents; otherwise a unified-style diff to print.
    public static func mismatch(_ actual: String, golden path: String,
                                update: Bool = ProcessInfo.processInfo.environment["BILAT_UPDATE_GOLDEN"] == "1") -> String? {
        if update {
            // A golden file that cannot be written fails the test: a pass would claim output nobody checked.
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                return "cannot write the golden file \(path): \(error.localizedDescription)"
            }
            guard FileManager.default.contents(atPath: path) == Data(actual.utf8) else {
                return "the golden file \(path) does not hold what was written to it"
            }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "no golden file at \(path); run with BILAT_UPDATE_GOLDEN=1 to create it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        return "output differs from \(path):\n" + diff(expected: expected, actual: actual)
    }

    /// A line diff: `-` for golden lines missing from the output, `+` for new ones, with line numbers.
    public static func diff(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        let changes = b.difference(from: a)
        var lines: [String] = []
        for change in changes {
            switch change {
            case .remove(let offset, let line, _): lines.append("-\(offset + 1): \(line.debugDescription)")
            case .insert(let offset, let line, _): lines.append("+\(offset + 1): \(line.debugDescription)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
