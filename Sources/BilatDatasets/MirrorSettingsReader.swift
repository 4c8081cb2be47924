import BilatCore

/// Reads a project's `mirror-settings.csv`: per relationship (or `*` for every one), the CIF→FOB factor and the
/// asymmetry threshold that mirror flows and their warnings use. Takes bytes and a display path, not the disk.
public enum MirrorSettingsReader {
    public static let fileName = "mirror-settings.csv"
    public static let columns = ["relationship", "factor", "threshold_percent"]
    /// The `relationship` cell that sets what every relationship without a row of its own uses.
    public static let everyRelationship = "*"

    public struct Contents: Sendable {
        public var settings: MirrorProjectSettings
        /// Relationship id → where its row's relationship cell is: unused rows are warned about there.
        public var rows: [String: SourceLocation]
    }

    /// The settings, or nil with every problem located at its cell (file:line:column).
    public static func read(_ bytes: [UInt8], path: String) -> (contents: Contents?, diagnostics: [Diagnostic]) {
        let (table, found) = CSVTable.read(bytes, path: path, required: columns)
        var diagnostics = found
        guard let table else { return (nil, diagnostics) }
        var every: MirrorSettings?
        var own: [String: MirrorSettings] = [:]
        var rows: [String: SourceLocation] = [:]
        var seen: [String: Int] = [:]
        for row in table.rows {
            let at = { (column: String) in row.location(column, path: path) }
            let name = row["relationship"]
            var key: String?
            if name == everyRelationship {
                key = everyRelationship
            } else if let r = relationship(name) {
                key = r.id
            } else {
                diagnostics.append(.error(name.isEmpty ? "empty relationship" : "'\(name)' is not a relationship", at: at("relationship"),
                                          accepted: "two party ids joined by '-', such as AZE-PAK (either order), or * for every relationship"))
            }
            // Checked here, so a row's problems are listed in the order of its cells.
            var repeated = false
            if let key, let first = seen[key] {
                let what = key == everyRelationship ? "every relationship (*)" : key
                diagnostics.append(.error("a second row for \(what); line \(first) sets it already", at: at("relationship"),
                                          accepted: "one row per relationship, and at most one * row"))
                repeated = true
            }
            let factorText = row["factor"]
            let factor = MirrorFactor(text: factorText)
            if factor == nil {
                diagnostics.append(.error(factorText.isEmpty ? "empty factor" : "the factor '\(factorText)' is not a CIF→FOB factor",
                                          at: at("factor"),
                                          accepted: "a number above 0 and at most 1 (0.95), or a fraction such as 1/1.06 (the IMF's)"))
            }
            let thresholdText = row["threshold_percent"]
            let threshold = MirrorSettings.thresholdPercent(text: thresholdText)
            if threshold == nil {
                diagnostics.append(.error(thresholdText.isEmpty ? "empty threshold_percent" : "the threshold '\(thresholdText)' is not a percentage",
                                          at: at("threshold_percent"), accepted: "a percentage of 0 or more, such as 20 (bilat's default)"))
            }
            guard let key, !repeated else { continue }
            seen[key] = row.line
            rows[key] = at("relationship")
            guard let factor, let threshold else { continue }
            let settings = MirrorSettings(factor: factor, thresholdPercent: threshold)
            if key == everyRelationship { every = settings } else { own[key] = settings }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let settings = MirrorProjectSettings(everyRelationship: every ?? .standard, byRelationship: own)
        return (Contents(settings: settings, rows: rows), diagnostics)
    }

    /// A well-formed pair of party ids: letters, digits and `_` each, as datasets' party ids are written.
    static func relationship(_ text: String) -> Relationship? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" || $0 == " " })
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } }) else {
            return nil
        }
        return Relationship(id: text)
    }

    /// A warning for each row naming a relationship the project has none of: most likely a typo, whose
    /// settings would silently apply to nothing.
    public static func unused(_ contents: Contents, relationships: Set<String>) -> [Diagnostic] {
        contents.rows.filter { $0.key != everyRelationship && !relationships.contains($0.key) }
            .sorted { ($0.value.line, $0.key) < ($1.value.line, $1.key) }
            .map { .warning("no relationship \($0.key) in the project, so this row applies to nothing", at: $0.value,
                            accepted: "one of: " + relationships.sorted().joined(separator: ", ")) }
    }
}
