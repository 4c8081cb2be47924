/// One field of a figure that an import changed: what the earlier release said, what the later one says, and
/// which file and line said it. A row of a dataset's `revisions.csv`; a release revised back is a revision too.
public struct FigureRevision: Hashable, Sendable, Encodable {
    /// The figures.csv columns whose change is a revision of the figure itself. Other columns (a note, a
    /// subject's wording) may change with a release too, but do not change what the figure measures.
    public enum Field: String, CaseIterable, Hashable, Sendable, Encodable {
        case asReported = "as_reported", unit, status

        /// The field in a reader's words.
        public var words: String {
            switch self {
            case .asReported: return "value"
            case .unit: return "unit"
            case .status: return "status"
            }
        }
    }

    public var figureID: String
    public var field: Field
    /// The cells as they were and as they are (an empty cell is "").
    public var before: String
    public var after: String
    /// The source_id cells of the row before and after.
    public var beforeSource: String
    public var afterSource: String
    /// The name of the imported file that made the change (a name, never a local path) and the line of it.
    public var file: String
    public var line: Int
    /// When the release was recorded: the import's `--accessed` date, or the day of the import.
    public var recorded: Period

    public init(figureID: String, field: Field, before: String, after: String, beforeSource: String, afterSource: String,
                file: String, line: Int, recorded: Period) {
        self.figureID = figureID
        self.field = field
        self.before = before
        self.after = after
        self.beforeSource = beforeSource
        self.afterSource = afterSource
        self.file = file
        self.line = line
        self.recorded = recorded
    }
}
