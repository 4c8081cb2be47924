import Foundation

/// Writes RFC 4180 CSV that spreadsheets open safely.
///
/// CRLF line ends; a cell is quoted when it holds a comma, quote, CR or LF. Text cells that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading `'`;
/// numeric cells are written as they are, so -12.5 stays a number.
public struct CSVWriter: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        /// Plain decimal digits, already exact (e.g. "11700000", "-22.46").
        case number(String)
        case empty
    }

    public var includeBOM: Bool

    public init(includeBOM: Bool = false) { self.includeBOM = includeBOM }

    public func render(header: [String], rows: [[Cell]]) -> String {
        var out = includeBOM ? "\u{FEFF}" : ""
        out.reserveCapacity(rows.count * 96 + 256)
        out += header.map { Self.escape(Self.neutralise($0)) }.joined(separator: ",") + "\r\n"
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i > 0 { out += "," }
                out += Self.field(cell)
            }
            out += "\r\n"
        }
        return out
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let digits): return digits
        case .text(let text): return escape(neutralise(text))
        }
    }

    /// Byte checks, not Character walks: CSV's special characters are all ASCII.
    static func neutralise(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        // = + - @ tab CR
        return [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) ? "'" + text : text
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 4)
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}

extension CSVWriter.Cell {
    /// A text cell, or an empty one for nil or "" (a spreadsheet shows no difference; the file has none either).
    public static func orEmpty(_ value: String?) -> Self { value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
}
