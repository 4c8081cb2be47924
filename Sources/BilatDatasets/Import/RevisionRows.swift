import BilatCore

/// The rows of revisions.csv an import's change to one figure row makes: one per revised field
/// (``FigureRevision/Field``) whose cell differs, compared trimmed as the merge compares rows. A row that
/// changed only elsewhere (its note, say) makes none.
public enum RevisionRows {
    /// Where an imported row came from: the file's name as the user gave it (never a folder) and its line.
    public struct Origin: Sendable, Hashable {
        public var file: String
        public var line: Int
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    /// One changed figure row: its id, its cells before and after (by column; a missing column is empty).
    public struct Change: Sendable {
        public var figureID: String
        public var before: [String: String]
        public var after: [String: String]
        public var origin: Origin?
        public init(figureID: String, before: [String: String], after: [String: String], origin: Origin?) {
            self.figureID = figureID
            self.before = before
            self.after = after
            self.origin = origin
        }
    }

    /// revisions.csv rows (cells by column) for `change`, recorded on `recorded` (a date's text).
    public static func rows(_ change: Change, recorded: String) -> [[String: String]] {
        func cell(_ cells: [String: String], _ column: String) -> String { CSVText.trimmed(cells[column] ?? "") }
        var rows: [[String: String]] = []
        for field in FigureRevision.Field.allCases {
            let before = cell(change.before, field.rawValue), after = cell(change.after, field.rawValue)
            guard before != after else { continue }
            rows.append(["figure_id": change.figureID, "field": field.rawValue, "before": before, "after": after,
                         "before_source": cell(change.before, "source_id"), "after_source": cell(change.after, "source_id"),
                         "file": change.origin?.file ?? "", "line": change.origin.map { String($0.line) } ?? "",
                         "recorded": recorded])
        }
        return rows
    }

    /// The name a path is recorded under: its last component, so no local folder reaches the dataset.
    public static func fileName(_ path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return name.split(separator: "\\").last.map(String.init) ?? name
    }
}
