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
        out += header.map { Self.escape(Self.neutralise($0)) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map(Self.field).joined(separator: ",") + "\r\n"
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

    static func neutralise(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + text : text
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
