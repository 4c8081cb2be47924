/// The files of a dataset folder and their columns. `datapackage.json` must describe the same.
public enum DatasetLayout {
    public struct Table: Sendable {
        public var name: String
        public var required: [String]
        public var optional: [String]
        public var file: String { name + ".csv" }
        public var columns: [String] { required + optional }
    }

    public static let descriptor = "datapackage.json"

    public static let sources = Table(name: "sources", required: ["id", "publisher", "title"],
                                      optional: ["author", "url", "published", "published_note", "accessed"])
    public static let parties = Table(name: "parties", required: ["id", "name"], optional: [])
    public static let indicators = Table(name: "indicators", required: ["id", "name", "description", "unit_kind"], optional: [])
    public static let figures = Table(name: "figures",
                                      required: ["id", "indicator", "reporter", "partner", "direction", "period", "as_reported", "source_id"],
                                      optional: ["subject", "compared_with", "unit", "status", "as_of", "note"])
    public static let events = Table(name: "events", required: ["id", "date", "title", "source_ids"], optional: ["note"])

    /// What sources say of a deal's stage, per date: for the status checks.
    public static let statuses = Table(name: "statuses", required: ["id", "subject", "status", "source_id"], optional: ["as_of", "note"])
    /// Findings an analyst reviewed and accepted, each with a reason.
    public static let accepted = Table(name: "accepted", required: ["finding", "reason"], optional: [])

    /// In the order they must be read: later tables refer to earlier ones.
    public static let tables = [sources, parties, indicators, figures, events]
    /// Read when present; described in datapackage.json when present.
    public static let optionalTables = [statuses, accepted]
}
