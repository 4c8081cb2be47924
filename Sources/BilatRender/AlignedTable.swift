import TextTable

extension TextTable {
    /// The table as text with no trailing spaces, so output diffs and pastes cleanly.
    func trimmedString(for rows: [T]) -> String {
        (string(for: rows) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }
}
