import Foundation

/// What the last build of an output folder saw and printed, kept in the store so the next build can see
/// that nothing changed without reading a figure: at a million figures, analysing and planning only to
/// find every output up to date took seconds.
///
/// Nothing changed when the key (bilat itself, the datasets' fingerprints, the notebooks, the folders) is
/// the same and every output file has the size and modification time the build left it with, as `make` and
/// git's index judge files. A hand-edited, deleted or replaced output, or `--force`, takes the full path.
public struct BuildState: Equatable, Sendable {
    public struct Stamp: Equatable, Sendable {
        public var size: Int64
        public var modified: Int64

        public init(size: Int64, modified: Int64) {
            self.size = size
            self.modified = modified
        }
    }

    public var key: String
    /// What the build printed under summary and check, to print again.
    public var lines: [String]
    public var openErrors: Int
    /// Output path (relative to the folder) → its stamp; the manifest included.
    public var files: [String: Stamp]
    /// Each dataset's figures.csv (absolute path) → its digest and stamp, for the next ingest (see
    /// `IngestStage.KnownDigest`).
    public var inputs: [String: IngestStage.KnownDigest]

    public init(key: String, lines: [String], openErrors: Int, files: [String: Stamp],
                inputs: [String: IngestStage.KnownDigest] = [:]) {
        self.key = key
        self.lines = lines
        self.openErrors = openErrors
        self.files = files
        self.inputs = inputs
    }

    /// The digests worth keeping: of files last modified at least two seconds before `now` (nanoseconds). A file
    /// written within the clock's granularity of its stamp could change again under the same stamp, as git's
    /// index calls "racily clean"; its digest is computed again next time.
    public static func settled(_ digests: [String: IngestStage.KnownDigest], now: Int64) -> [String: IngestStage.KnownDigest] {
        digests.filter { $0.value.stamp.size >= 0 && $0.value.stamp.modified < now - 2_000_000_000 }
    }

    /// The clock file stamps are read against, in nanoseconds.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Size and modification time (nanoseconds) of a file, or nil when it is not a regular file.
    public static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// Every recorded file is there, as the build left it.
    public func filesUnchanged(in folder: String) -> Bool {
        !files.isEmpty && files.allSatisfy { BuildState.stamp(folder + "/" + $0.key) == $0.value }
    }

    /// The key of a build: everything its outputs are made from, apart from the rows the fingerprints cover.
    public static func key(datasetFingerprints: [String: String], notebooks: [(name: String, text: String)], parts: [String]) -> String {
        var text = "bilat \(BilatVersion.current)\n" + executableStamp() + "\n"
        for part in parts { text += "part \(part.count) \(part)\n" }
        for (name, fingerprint) in datasetFingerprints.sorted(by: { $0.key < $1.key }) { text += "dataset \(name.count) \(name) \(fingerprint)\n" }
        for n in notebooks.sorted(by: { $0.name < $1.name }) { text += "notebook \(n.name.count) \(n.name) \(Digest.of(n.text))\n" }
        return Digest.of(text)
    }

    /// bilat's own binary: a rebuilt bilat of the same release may draw differently.
    static func executableStamp() -> String {
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments.first ?? ""
        return stamp(path).map { "exe \($0.size) \($0.modified)" } ?? "exe unknown"
    }

    // MARK: text

    /// Line-based: `key K`, `errors N`, `line TEXT` (escaped), `file SIZE MTIME PATH`, `input SIZE MTIME DIGEST PATH`.
    public var text: String {
        var out = "bilat-build-state 1\nkey \(key)\nerrors \(openErrors)\n"
        for line in lines { out += "line " + line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") + "\n" }
        for (path, s) in files.sorted(by: { $0.key < $1.key }) { out += "file \(s.size) \(s.modified) \(path)\n" }
        for (path, known) in inputs.sorted(by: { $0.key < $1.key }) where !known.digest.contains(" ") && !path.contains("\n") {
            out += "input \(known.stamp.size) \(known.stamp.modified) \(known.digest) \(path)\n"
        }
        return out
    }

    /// Nil for anything this version did not write: the build then takes the full path.
    public init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "bilat-build-state 1" else { return nil }
        lines.removeFirst()
        var key: String?, errors: Int?, printed: [String] = [], files: [String: Stamp] = [:]
        var inputs: [String: IngestStage.KnownDigest] = [:]
        for line in lines where !line.isEmpty {
            if line.hasPrefix("key ") { key = String(line.dropFirst(4)) }
            else if line.hasPrefix("errors ") { errors = Int(line.dropFirst(7)) }
            else if line.hasPrefix("line ") { printed.append(BuildState.unescape(line.dropFirst(5))) }
            else if line.hasPrefix("file ") {
                let parts = line.dropFirst(5).split(separator: " ", maxSplits: 2)
                guard parts.count == 3, let size = Int64(parts[0]), let modified = Int64(parts[1]) else { return nil }
                files[String(parts[2])] = Stamp(size: size, modified: modified)
            } else if line.hasPrefix("input ") {
                let parts = line.dropFirst(6).split(separator: " ", maxSplits: 3)
                guard parts.count == 4, let size = Int64(parts[0]), let modified = Int64(parts[1]) else { return nil }
                inputs[String(parts[3])] = .init(stamp: Stamp(size: size, modified: modified), digest: String(parts[2]))
            } else { return nil }
        }
        guard let key, let errors else { return nil }
        self.init(key: key, lines: printed, openErrors: errors, files: files, inputs: inputs)
    }

    static func unescape(_ text: Substring) -> String {
        var out = "", escaped = false
        for c in text {
            if escaped { out.append(c == "n" ? "\n" : c); escaped = false }
            else if c == "\\" { escaped = true }
            else { out.append(c) }
        }
        return out
    }
}
