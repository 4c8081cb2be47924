import BilatCore
import Foundation

/// Writes the planned outputs under Output/, rebuilding only those whose inputs or files changed.
public enum IncrementalBuild {
    /// The folders under Output/ that bilat owns; anything else there (README, the store) is left alone.
    public static let managedFolders = ["csv", "charts", "reports"]
    public static let managedFiles = ["index.html", Manifest.fileName]

    public struct Report: Sendable {
        public var rebuilt: [(path: String, reason: String)] = []
        public var unchanged = 0
        public var removed: [String] = []
    }

    public static func run(_ plan: [PlannedOutput], in output: String, force: Bool,
                           progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Report {
        let manifestPath = output + "/" + Manifest.fileName
        let old = Manifest.load(from: manifestPath)
        var new = Manifest()
        var report = Report()
        for (i, planned) in plan.enumerated() {
            let path = output + "/" + planned.path
            let fileDigest = FileManager.default.contents(atPath: path).map { Digest.of(String(decoding: $0, as: UTF8.self)) }
            let reason = force ? "forced" : Manifest.reason(for: planned, recorded: old?.outputs[planned.path], tool: old?.tool ?? "",
                                                          currentTool: BilatVersion.current, fileDigest: fileDigest)
            progress(i + 1, plan.count, planned.path)
            if let reason {
                let text = try planned.render()
                try OutputFiles.write(text, to: path)
                new.outputs[planned.path] = .init(output: Digest.of(text), inputs: planned.inputs)
                report.rebuilt.append((planned.path, reason))
            } else {
                new.outputs[planned.path] = old!.outputs[planned.path]!
                report.unchanged += 1
            }
        }
        for stray in unexpectedFiles(plan, in: output) {
            try FileManager.default.removeItem(atPath: output + "/" + stray)
            report.removed.append(stray)
        }
        try OutputFiles.write(try new.text(), to: manifestPath)
        return report
    }

    /// Each way Output/ differs from what a build would write: stale, missing or unexpected files. Writes nothing.
    public static func check(_ plan: [PlannedOutput], in output: String) throws -> [String] {
        var problems: [String] = []
        var manifest = Manifest()
        for planned in plan {
            let text = try planned.render()
            manifest.outputs[planned.path] = .init(output: Digest.of(text), inputs: planned.inputs)
            guard let data = FileManager.default.contents(atPath: output + "/" + planned.path) else {
                problems.append("missing: \(planned.path)")
                continue
            }
            if data != Data(text.utf8) { problems.append("stale: \(planned.path)") }
        }
        for stray in unexpectedFiles(plan, in: output) { problems.append("unexpected: \(stray)") }
        let manifestText = try manifest.text()
        if FileManager.default.contents(atPath: output + "/" + Manifest.fileName) != Data(manifestText.utf8) {
            problems.append("stale: \(Manifest.fileName)")
        }
        return problems
    }

    static func unexpectedFiles(_ plan: [PlannedOutput], in output: String) -> [String] {
        let planned = Set(plan.map(\.path)).union(managedFiles)
        var found: [String] = []
        for folder in managedFolders {
            let enumerator = FileManager.default.enumerator(atPath: output + "/" + folder)
            while let item = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: output + "/" + folder + "/" + item, isDirectory: &isDirectory)
                if !isDirectory.boolValue && !planned.contains(folder + "/" + item) { found.append(folder + "/" + item) }
            }
        }
        return found.sorted()
    }
}
