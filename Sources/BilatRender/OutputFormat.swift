/// How a listing is printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for reading in a terminal.
    case table
    /// RFC 4180 CSV for spreadsheets and scripts.
    case csv
    /// Pretty JSON with sorted keys.
    case json
}
