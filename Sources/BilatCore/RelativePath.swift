/// The path that leads from one folder to a file or folder, both given as absolute, normalised paths
/// ("/a/b" to "/a/c/d.svg" is "../c/d.svg"), so a link written into a file works wherever that file is.
public enum RelativePath {
    public static func from(folder: String, to target: String) -> String {
        let base = components(folder), goal = components(target)
        var shared = 0
        while shared < base.count, shared < goal.count, base[shared] == goal[shared] { shared += 1 }
        let up = Array(repeating: "..", count: base.count - shared)
        let path = (up + goal[shared...]).joined(separator: "/")
        return path.isEmpty ? "." : path
    }

    /// Components without empty parts and `.`, with `..` folded into its parent.
    static func components(_ path: String) -> [String] {
        var parts: [String] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty, parts.last != ".." { parts.removeLast() } else { parts.append(String(part)) }
        }
        return parts
    }
}
