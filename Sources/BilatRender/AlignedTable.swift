import TextTable
import Foundation

extension TextTable {
    /// The table as text with no trailing spaces, so output diffs and pastes cleanly.
    func trimmedString(for rows: [T]) -> String {
        (string(for: rows) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            .map(Self.trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// The line without its trailing spaces, found from the end in its UTF-8 bytes: a space is one byte and never
    /// part of another character, and reversing the line character by character took over half of `bilat growth`.
    static func trimmingTrailingSpaces(_ line: Substring) -> Substring {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            guard bytes[before] == UInt8(ascii: " ") else { break }
            end = before
        }
        return line[..<end]
    }
}

/// Left-aligned columns as TextTable's simple style lays them out, trailing spaces trimmed, byte for byte the same
/// as `TextTable.trimmedString(for:)`, for listings of a million rows: TextTable takes each cell as `Any`, looks at
/// it through a `Mirror` and pads it through `NSString`, which was most of `bilat growth`'s time.
enum AlignedColumns {
    /// - Parameters:
    ///   - titles: the header; each column is at least as wide as its title.
    ///   - rows: one cell per title in each row.
    static func text(titles: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        var widths = titles.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        func line(_ cells: [String]) {
            for (i, width) in widths.enumerated() {
                if i > 0 { out += " " }
                out += padded(i < cells.count ? cells[i] : "", to: width)
            }
            out += "\n"
        }
        line(titles)
        line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { line(row) }
        // Trimmed line by line as `trimmedString` trims, so a cell's own line break is treated the same.
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .map(TextTable<Int>.trimmingTrailingSpaces).joined(separator: "\n")
    }

    /// Padded with spaces to `width` as TextTable pads: `NSString`'s padding counts UTF-16 units, not characters,
    /// so a text whose two counts differ goes through that same call.
    static func padded(_ text: String, to width: Int) -> String {
        let units = text.utf16.count
        guard units == text.count else { return text.padding(toLength: width, withPad: " ", startingAt: 0) }
        // One unit per character here, so cutting characters cuts units.
        return units > width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - units)
    }
}
