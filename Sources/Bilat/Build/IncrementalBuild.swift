import BilatCore
import Foundation

/// Writes the planned outputs under Output/, rebuilding only those whose inputs or files changed.
public enum IncrementalBuild {
    /// bilat owns only what its manifest records: a file under Output/ that no build of bilat wrote (a README,
    /// the store, a user's notes, anything in `--output ~/Documents`) is never removed.

    public struct Report: Sendable {
        public var rebuilt: [(path: String, reason: String)] = []
        public var unchanged = 0
        public var removed: [String] = []
        /// Seconds spent, summed over threads: reading and fingerprinting the files there, rendering, writing.
        public var seconds = (checking: 0.0, rendering: 0.0, writing: 0.0)
    }

    /// - Parameter stamps: each output's size and modification time as the last build of this folder left them
    ///   (`BuildState.files`). A file whose stamp is unchanged is taken to hold the bytes the manifest records,
    ///   without reading it (as `make` and git's index judge files): at a million figures, reading every output
    ///   back to notice hand edits read gigabytes.
    ///   - relationships: each relationship's record (`BuildPlanner.Plan`), kept in the manifest for the next plan.
    ///   - manifest: the folder's manifest, when the caller has read it already.
    public static func run(_ plan: [PlannedOutput], in output: String, force: Bool, stamps: [String: BuildState.Stamp] = [:],
                           relationships: [String: Manifest.Relationship] = [:], manifest: Manifest? = nil,
                           progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Report {
        var plan = plan
        return try run(releasing: &plan, in: output, force: force, stamps: stamps, relationships: relationships, manifest: manifest,
                       progress: progress)
    }

    /// As `run(_:in:force:…)`, letting go of each output's way of being made once it is written or found up to date:
    /// a relationship's report data (`RelationshipReportData`) is then freed once its last output is done, rather
    /// than held for every relationship until the build ends. `plan` keeps each output's path and inputs.
    public static func run(releasing plan: inout [PlannedOutput], in output: String, force: Bool,
                           stamps: [String: BuildState.Stamp] = [:], relationships: [String: Manifest.Relationship] = [:],
                           manifest: Manifest? = nil, progress: (Int, Int, String) -> Void = { _, _, _ in }) throws -> Report {
        let manifestPath = output + "/" + Manifest.fileName
        let old = manifest ?? Manifest.load(from: manifestPath)
        var new = Manifest(relationships: relationships.isEmpty ? nil : relationships)
        var report = Report()
        // A build killed while writing leaves at most a hidden temporary file beside an output, never a torn output;
        // the next build clears those, only in the folders it writes to (Output/ may be a folder of the user's).
        for folder in Set(plan.map { (output + "/" + $0.path as NSString).deletingLastPathComponent } + [output]) {
            AtomicFile.removeLeftovers(in: folder)
        }
        // Outputs are checked and made a batch at a time, one per free core, and written in plan order.
        let batch = 64
        for first in stride(from: 0, to: plan.count, by: batch) {
            let slice = Array(plan[first..<min(first + batch, plan.count)])
            let made = concurrentMap(slice.map { planned in
                { @Sendable () -> Result<(reason: String?, text: String?, checking: Double, rendering: Double), Error> in
                    Result {
                        let clock = ContinuousClock(), started = clock.now
                        let path = output + "/" + planned.path
                        let recorded = old?.outputs[planned.path]
                        let asLeft = recorded != nil && stamps[planned.path].map { BuildState.stamp(path) == $0 } == true
                        let fileDigest = asLeft ? recorded?.output
                            : FileManager.default.contents(atPath: path).map { Digest.of(bytes: $0) }
                        let reason = force ? "forced" : Manifest.reason(for: planned, recorded: recorded, tool: old?.tool ?? "",
                                                                      currentTool: BilatVersion.current, fileDigest: fileDigest)
                        let checked = clock.now
                        if reason == nil, recorded != nil { return (nil, nil, StageTimings.seconds(checked - started), 0) }
                        let text = try planned.render()
                        return (reason ?? "new output", text, StageTimings.seconds(checked - started),
                                StageTimings.seconds(clock.now - checked))
                    }
                }
            })
            for (offset, result) in made.enumerated() {
                let planned = slice[offset]
                progress(first + offset + 1, plan.count, planned.path)
                let (reason, text, checking, rendering) = try result.get()
                report.seconds.checking += checking
                report.seconds.rendering += rendering
                if let text {
                    let started = ContinuousClock.now
                    try OutputFiles.write(text, to: output + "/" + planned.path)
                    report.seconds.writing += StageTimings.seconds(ContinuousClock.now - started)
                    new.outputs[planned.path] = .init(output: Digest.of(text), inputs: planned.inputs)
                    report.rebuilt.append((planned.path, reason ?? "new output"))
                } else if let recorded = old?.outputs[planned.path] {
                    new.outputs[planned.path] = recorded
                    report.unchanged += 1
                }
                plan[first + offset].render = written
            }
        }
        for stray in leftovers(plan, recorded: old, in: output) {
            try FileManager.default.removeItem(atPath: output + "/" + stray)
            removeEmptyFolders(above: stray, in: output)
            report.removed.append(stray)
        }
        try OutputFiles.write(try new.text(), to: manifestPath)
        return report
    }

    /// What an output is left with once it is written: nothing asks for it again in this build.
    static let written: @Sendable () throws -> String = {
        throw DiagnosticsError([.error("bilat asked for an output it had already written",
                                       accepted: "this is a bug in bilat; please report it, and run `bilat build --force`")])
    }

    /// Each way Output/ differs from what a build would write: stale, missing or unexpected files. Writes nothing.
    public static func check(_ plan: [PlannedOutput], in output: String,
                             relationships: [String: Manifest.Relationship] = [:]) throws -> [String] {
        var problems: [String] = []
        var manifest = Manifest(relationships: relationships.isEmpty ? nil : relationships)
        for planned in plan {
            let text = try planned.render()
            manifest.outputs[planned.path] = .init(output: Digest.of(text), inputs: planned.inputs)
            guard let data = FileManager.default.contents(atPath: output + "/" + planned.path) else {
                problems.append("missing: \(planned.path)")
                continue
            }
            if data != Data(text.utf8) { problems.append("stale: \(planned.path)") }
        }
        for stray in leftovers(plan, recorded: Manifest.load(from: output + "/" + Manifest.fileName), in: output) {
            problems.append("unexpected: \(stray)")
        }
        let manifestText = try manifest.text()
        if FileManager.default.contents(atPath: output + "/" + Manifest.fileName) != Data(manifestText.utf8) {
            problems.append("stale: \(Manifest.fileName)")
        }
        return problems
    }

    /// Files an earlier build recorded as its own that this plan no longer makes, and that are still there.
    static func leftovers(_ plan: [PlannedOutput], recorded: Manifest?, in output: String) -> [String] {
        let planned = Set(plan.map(\.path))
        return (recorded?.outputs.keys.map { $0 } ?? []).filter { path in
            !planned.contains(path) && isInside(path) && FileManager.default.fileExists(atPath: output + "/" + path)
        }.sorted()
    }

    /// A recorded path that stays inside Output/: a hand-edited manifest must not point bilat elsewhere.
    static func isInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }

    /// Folders a removal left empty, up to Output/ itself (not included); a folder with anything left is kept.
    static func removeEmptyFolders(above path: String, in output: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            let full = output + "/" + folder
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: full), items.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: full)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
