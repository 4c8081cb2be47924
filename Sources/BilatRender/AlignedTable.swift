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
        var out: [UInt8] = []
        append(titles: titles, rows: rows, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The table's bytes added to `out`, each line trimmed as it is written: no second pass that splits the text
    /// into lines again (`bilat growth` writes a table per series, a million rows in all).
    static func append(titles: [String], rows: [[String]], to out: inout [UInt8]) {
        guard !rows.isEmpty else { return }
        var widths = titles.map(width)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(cell)) } }
        // Trailing spaces are trimmed back to here at most: what came before the table is not the table's.
        let floor = out.count
        func line(_ cells: [String]) {
            for (i, w) in widths.enumerated() {
                if i > 0 { out.append(0x20) }
                let cell = i < cells.count ? cells[i] : ""
                if let ascii = asciiWidth(cell) {
                    appendTrimmingAtBreaks(cell.utf8, to: &out, floor: floor)
                    if w > ascii { out.append(contentsOf: repeatElement(0x20, count: w - ascii)) }
                } else {
                    appendTrimmingAtBreaks(padded(cell, to: w).utf8, to: &out, floor: floor)
                }
            }
            appendTrimmingAtBreaks(CollectionOfOne(0x0A), to: &out, floor: floor)
        }
        line(titles)
        for w in widths.indices {
            if w > 0 { out.append(0x20) }
            out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: widths[w]))
        }
        appendTrimmingAtBreaks(CollectionOfOne(0x0A), to: &out, floor: floor)
        for row in rows { line(row) }
    }

    /// Bytes added as they are, except that each line break first drops the spaces before it (not below `floor`):
    /// what `trimmedString` does line by line, so a cell's own line break is treated the same.
    static func appendTrimmingAtBreaks<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to out: inout [UInt8], floor: Int) {
        for byte in bytes {
            if byte == 0x0A { while out.count > floor, out.last == 0x20 { out.removeLast() } }
            out.append(byte)
        }
    }

    /// A column's width in characters, as TextTable measures it.
    static func width(_ text: String) -> Int { asciiWidth(text) ?? text.count }

    /// The width of a text of ASCII characters one byte each (its byte count), or nil for any other text: a
    /// character beyond ASCII, or CR, which with a following LF is one character of two bytes.
    static func asciiWidth(_ text: String) -> Int? {
        let utf8 = text.utf8
        let plain = utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? isPlain(utf8)
        return plain ? utf8.count : nil
    }

    private static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool { !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }

    /// Padded with spaces to `width` as TextTable pads: `NSString`'s padding counts UTF-16 units, not characters,
    /// so a text whose two counts differ goes through that same call.
    static func padded(_ text: String, to width: Int) -> String {
        let units = text.utf16.count
        guard units == text.count else { return text.padding(toLength: width, withPad: " ", startingAt: 0) }
        // One unit per character here, so cutting characters cuts units.
        return units > width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - units)
    }
}
