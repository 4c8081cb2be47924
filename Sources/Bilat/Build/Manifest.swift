import Foundation

/// What each output was made from, kept in Output/manifest.json so the next build knows what changed.
public struct Manifest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        /// Fingerprint of the file's bytes as written, to notice hand edits.
        public var output: String
        public var inputs: [String: [String: String]]
    }

    /// One relationship's outputs, and what they were made from as one digest (`RelationshipKey`), so a build
    /// can take them as they are without planning them.
    public struct Relationship: Codable, Sendable, Equatable {
        public var key: String
        /// Its outputs' paths, relative to Output/.
        public var outputs: [String]
        /// Its reports as the index lists them: path, title, summary, and "yearly" or "once".
        public var reports: [[String]]
        /// What figures.csv, growth.csv, findings.csv and mirror.csv record of it, one fingerprint each
        /// (`InputDigests.CSVPart`).
        public var csv: [String: String]?
    }

    public var tool: String
    public var outputs: [String: Entry]
    /// By relationship id; none in a manifest of a plan made without them (`BuildPlanner.plan`).
    public var relationships: [String: Relationship]?

    public static let fileName = "manifest.json"

    public init(tool: String = BilatVersion.current, outputs: [String: Entry] = [:], relationships: [String: Relationship]? = nil) {
        self.tool = tool
        self.outputs = outputs
        self.relationships = relationships
    }

    public static func load(from path: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    public func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Why an output must be rebuilt, or nil when its inputs and file are as recorded.
    static func reason(for planned: PlannedOutput, recorded: Entry?, tool: String, currentTool: String, fileDigest: String?) -> String? {
        guard let recorded else { return "new output" }
        guard let fileDigest else { return "file missing" }
        if fileDigest != recorded.output { return "file edited by hand" }
        if tool != currentTool { return "bilat version changed (\(tool) → \(currentTool))" }
        var changes: [String] = []
        for name in Set(planned.inputs.keys).union(recorded.inputs.keys).sorted() {
            let now = planned.inputs[name] ?? [:], before = recorded.inputs[name] ?? [:]
            guard now != before else { continue }
            if now["*"] != nil || before["*"] != nil {
                // Recorded as one fingerprint of many items (see `InputDigests`): how many, not which.
                let counts = [before, now].map { $0["#"] ?? String($0.count) }
                changes.append("\(name) changed (\(counts[0] == counts[1] ? "\(counts[1]) items" : "\(counts[0]) → \(counts[1]) items"))")
                continue
            }
            let added = now.keys.filter { before[$0] == nil }.count
            let removed = before.keys.filter { now[$0] == nil }.count
            let changed = now.keys.filter { before[$0] != nil && before[$0] != now[$0] }.count
            let parts = [(added, "added"), (changed, "changed"), (removed, "removed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            changes.append(parts.isEmpty ? "\(name) changed" : "\(name) changed (\(parts.joined(separator: ", ")))")
        }
        return changes.isEmpty ? nil : changes.joined(separator: "; ")
    }
}
