import BilatCore
import Foundation

/// `bilat growth`'s listing written as it is made, a few thousand rows at a time, in the bytes
/// `GrowthOutput.render` gives: at a million rows the listing as one string (and every row's `Line` before it)
/// peaked at 3.5 GiB.
///
/// Pieces are made two at a time, one per core, and handed to `sink` in order, so what is held at once is a
/// few pieces, not the listing.
public enum GrowthWriter {
    /// Rows per piece: large enough that a piece's work outweighs handing it over, small enough to stay a few MiB.
    public static let standardPieceRows = 4096

    /// - Parameters:
    ///   - dataset: the dataset a row belongs to, for CSV and JSON (the table does not show it).
    ///   - pieceRows: about how many rows a piece holds (a table's piece holds whole series).
    ///   - sink: takes each piece of bytes in order; what it throws ends the writing.
    public static func write(_ rows: [GrowthRow], as format: OutputFormat, dataset: @escaping @Sendable (Observation) -> String = { _ in "" },
                             pieceRows: Int = standardPieceRows, to sink: ([UInt8]) throws -> Void) throws {
        let pieceRows = max(1, pieceRows)
        switch format {
        case .csv: try csv(rows, dataset: dataset, pieceRows: pieceRows, to: sink)
        case .json: try json(rows, dataset: dataset, pieceRows: pieceRows, to: sink)
        case .table: try table(rows, pieceRows: pieceRows, to: sink)
        }
    }

    /// Pieces made `count` at a time over the cores and handed on in order.
    static func pieces(count: Int, make: @escaping @Sendable (Int) throws -> [UInt8], to sink: ([UInt8]) throws -> Void) throws {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var next = 0
        while next < count {
            let end = min(count, next + cores)
            let made = concurrentMap((next..<end).map { i in { @Sendable in Result { try make(i) } } })
            for piece in made { try sink(try piece.get()) }
            next = end
        }
    }

    static func csv(_ rows: [GrowthRow], dataset: @escaping @Sendable (Observation) -> String, pieceRows: Int, to sink: ([UInt8]) throws -> Void) throws {
        var header: [UInt8] = []
        CSVWriter.append(line: GrowthOutput.csvColumns.map(CSVWriter.Cell.text), to: &header)
        try sink(header)
        let count = (rows.count + pieceRows - 1) / pieceRows
        try pieces(count: count, make: { piece in
            var out: [UInt8] = []
            out.reserveCapacity(pieceRows * 200)
            for i in (piece * pieceRows)..<min(rows.count, (piece + 1) * pieceRows) {
                CSVWriter.append(line: GrowthOutput.csvCells(rows[i], dataset: dataset), to: &out)
            }
            return out
        }, to: sink)
    }

    /// Each piece is encoded as an array by the same encoder, and its elements taken from between the array's
    /// brackets: an element's bytes do not depend on what else is in the array, so the pieces joined with the
    /// encoder's own separator are the bytes of the whole array.
    static func json(_ rows: [GrowthRow], dataset: @escaping @Sendable (Observation) -> String, pieceRows: Int, to sink: ([UInt8]) throws -> Void) throws {
        guard !rows.isEmpty else { return try sink(Array(try JSONOutput.render([GrowthOutput.Line]()).utf8)) }
        let open = Array("[\n".utf8), close = Array("\n]".utf8)
        try sink(open)
        let count = (rows.count + pieceRows - 1) / pieceRows
        try pieces(count: count, make: { piece in
            let lines = rows[(piece * pieceRows)..<min(rows.count, (piece + 1) * pieceRows)].map { GrowthOutput.Line($0, dataset: dataset($0.observation)) }
            let encoded = try JSONOutput.bytes(lines)
            guard encoded.starts(with: open), encoded.count >= open.count + close.count, Array(encoded.suffix(close.count)) == close else {
                throw JSONShapeError()
            }
            return (piece > 0 ? Array(",\n".utf8) : []) + encoded[open.count..<(encoded.count - close.count)]
        }, to: sink)
        try sink(close + [0x0A])
    }

    /// The encoder laid out an array otherwise than this writer expects (never seen: a Foundation change).
    struct JSONShapeError: Error, CustomStringConvertible {
        var description: String { "internal error: JSONEncoder wrote an array not as \"[\\n\" elements \"\\n]\"; the listing was not written" }
    }

    /// A table per series, in the order of each series' first row, named with its relationship when the rows
    /// span several: `GrowthOutput.render`'s table.
    static func table(_ rows: [GrowthRow], pieceRows: Int, to sink: ([UInt8]) throws -> Void) throws {
        let series = seriesInOrder(rows)
        let several = Set(rows.map(\.observation.key.dataset)).count > 1
        // Pieces of whole series, about `pieceRows` rows each.
        var bounds: [Range<Int>] = [], start = 0, size = 0
        for (i, s) in series.enumerated() {
            size += s.rows.count
            if size >= pieceRows { bounds.append(start..<(i + 1)); start = i + 1; size = 0 }
        }
        if start < series.count { bounds.append(start..<series.count) }
        let pieceBounds = bounds
        try pieces(count: pieceBounds.count, make: { piece in
            var out: [UInt8] = []
            out.reserveCapacity(pieceRows * 120)
            for s in series[pieceBounds[piece]] {
                guard let first = s.rows.first else { continue }
                let key = rows[first].observation.key
                if several { out += key.dataset.utf8; out += ": ".utf8 }
                out += key.label.utf8
                out.append(0x0A)
                AlignedColumns.append(titles: GrowthOutput.tableTitles, rows: s.rows.map { GrowthOutput.tableCells(rows[$0]) }, to: &out)
                out.append(0x0A)
            }
            return out
        }, to: sink)
    }

    /// One series' rows (their positions, in order) under the name the table gives it.
    struct Series: Sendable { var name: String; var rows: [Int] }

    /// Series by name (relationship and label) in the order of their first rows. Rows are grouped by key first,
    /// so the name is made once a series, not once a row; keys whose names are one text are one series.
    static func seriesInOrder(_ rows: [GrowthRow]) -> [Series] {
        var byKey: [SeriesKey: Int] = [:], groups: [[Int]] = []
        for (i, row) in rows.enumerated() {
            let key = row.observation.key
            if let g = byKey[key] { groups[g].append(i) } else { byKey[key] = groups.count; groups.append([i]) }
        }
        var byName: [String: Int] = [:], series: [Series] = []
        for group in groups {
            guard let first = group.first else { continue }
            let key = rows[first].observation.key
            let name = key.dataset + "|" + key.label
            if let s = byName[name] {
                // Two keys with one label: their rows interleave as the rows came.
                series[s].rows = (series[s].rows + group).sorted()
            } else {
                byName[name] = series.count
                series.append(Series(name: name, rows: group))
            }
        }
        return series
    }
}
