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
        render(header: header, count: rows.count) { rows[$0] }
    }

    /// Row `i` is made only when it is written, so a million rows of cells never exist at once.
    /// Written as UTF-8 bytes into one buffer: appending to a String cell by cell was most of an export's time.
    public func render(header: [String], count: Int, row: (Int) -> [Cell]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(count * 160 + 256)
        if includeBOM { out += [0xEF, 0xBB, 0xBF] }
        Self.append(line: header.map(Cell.text), to: &out)
        for i in 0..<count { Self.append(line: row(i), to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    static func append(line row: [Cell], to out: inout [UInt8]) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out.append(0x2C) }
            append(cell, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    static func field(_ cell: Cell) -> String {
        var out: [UInt8] = []
        append(cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// CSV's special characters and the formula triggers are all ASCII, and no byte of a multi-byte UTF-8
    /// character is ASCII, so the checks and the quote doubling work on bytes.
    static func append(_ cell: Cell, to out: inout [UInt8]) {
        switch cell {
        case .empty: return
        case .number(let digits): out.append(contentsOf: digits.utf8)
        case .text(let text):
            // A native string's bytes in place, so the scan for quoting is a loop over a buffer (an import writes
            // ten cells a row, a million rows over).
            if text.utf8.withContiguousStorageIfAvailable({ append(text: $0, to: &out) }) == nil { append(text: text.utf8, to: &out) }
        }
    }

    static func append<Bytes: Collection<UInt8>>(text bytes: Bytes, to out: inout [UInt8]) {
        do {
            // A text cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a leading '.
            let formula: Bool
            switch bytes.first {
            case 0x3D?, 0x2B?, 0x2D?, 0x40?, 0x09?, 0x0D?: formula = true
            default: formula = false
            }
            let quoted = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
            if quoted { out.append(0x22) }
            if formula { out.append(0x27) }
            if quoted {
                for byte in bytes {
                    if byte == 0x22 { out.append(0x22) }
                    out.append(byte)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}

extension CSVWriter.Cell {
    /// A text cell, or an empty one for nil or "" (a spreadsheet shows no difference; the file has none either).
    public static func orEmpty(_ value: String?) -> Self { value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
}

extension CSVWriter {
    /// One row's cells, quoted and guarded as ``render(header:rows:)`` writes them, without a line end: for
    /// importers that add lines to a file in its own line ends.
    public static func appendCells(_ cells: [Cell], to out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(0x2C) }
            append(cell, to: &out)
        }
    }
}
