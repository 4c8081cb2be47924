/// The files of a dataset folder and their columns. `datapackage.json` must describe the same.
public enum DatasetLayout {
    public struct Table: Sendable {
        public var name: String
        public var required: [String]
        public var optional: [String]
        /// Columns read when a file has them but never written by bilat (`dataset new`, imports): sources.csv's
        /// `country`, which only `bilat extract` uses.
        public var readOnly: [String] = []
        public var file: String { name + ".csv" }
        public var columns: [String] { required + optional }
        /// Every column a file may have besides the required ones.
        public var readable: [String] { optional + readOnly }
    }

    public static let descriptor = "datapackage.json"

    public static let sources = Table(name: "sources", required: ["id", "publisher", "title"],
                                      optional: ["author", "url", "published", "published_note", "accessed"], readOnly: ["country"])
    public static let parties = Table(name: "parties", required: ["id", "name"], optional: ["fiscal_year_start"])
    public static let indicators = Table(name: "indicators", required: ["id", "name", "description", "unit_kind"], optional: [])
    public static let figures = Table(name: "figures",
                                      required: ["id", "indicator", "reporter", "partner", "direction", "period", "as_reported", "source_id"],
                                      optional: ["subject", "key", "compared_with", "unit", "status", "as_of", "note"])
    public static let events = Table(name: "events", required: ["id", "date", "title", "source_ids"], optional: ["key", "note"])

    /// What sources say of a deal's stage, per date: for the status checks.
    public static let statuses = Table(name: "statuses", required: ["id", "subject", "status", "source_id"], optional: ["key", "as_of", "note"])
    /// Findings an analyst reviewed and accepted, each with a reason.
    public static let accepted = Table(name: "accepted", required: ["finding", "reason"], optional: [])
    /// What imports changed in figures: one row per figure and field, written by `bilat import`, in the order
    /// the changes were made (see ``FigureRevision``).
    public static let revisions = Table(name: "revisions",
                                        required: ["figure_id", "field", "before", "after", "before_source", "after_source",
                                                   "file", "line", "recorded"], optional: [])

    /// Every dataset has these. Figures refer to sources, parties and indicators; events to sources.
    public static let tables = [sources, parties, figures, events]
    /// Read when present; described in datapackage.json when present. Without `indicators.csv` a dataset
    /// uses the built-in indicators (``BuiltInIndicators``) alone.
    public static let optionalTables = [indicators, statuses, accepted, revisions]
    /// The header a new dataset folder's file starts with: the columns the bundled dataset uses, in its order.
    /// The optional `key` column is left for an analyst to add where rows must be linked or kept apart.
    public static func newHeader(_ table: Table) -> [String] {
        switch table.name {
        case figures.name:
            return ["id", "indicator", "reporter", "partner", "direction", "subject", "period", "compared_with",
                    "as_reported", "unit", "status", "source_id", "as_of", "note"]
        case statuses.name: return ["id", "subject", "status", "as_of", "source_id", "note"]
        case events.name: return ["id", "date", "title", "source_ids", "note"]
        default: return table.columns
        }
    }

    /// Every table, in the order a new dataset folder lists them.
    public static let allTables = [sources, parties, indicators, figures, events, statuses, accepted, revisions]
}
