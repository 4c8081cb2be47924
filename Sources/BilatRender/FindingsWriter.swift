import BilatCore
import Foundation

/// `bilat check`'s listing written as it is made, a few thousand findings at a time, in the bytes
/// `FindingsOutput.render` gives: at a million figures the listing as one string was 445 MB, held on top of
/// the analysis.
///
/// Pieces are made a few at a time over the cores (`GrowthWriter.pieces`) and handed to `sink` in order.
public enum FindingsWriter {
    /// Findings per piece.
    public static let standardPieceFindings = 4096

    public static func write(_ findings: [Finding], as format: OutputFormat,
                             context: @escaping @Sendable (Finding) -> FindingsOutput.Context = { _ in .init() },
                             pieceFindings: Int = standardPieceFindings, to sink: ([UInt8]) throws -> Void) throws {
        let size = max(1, pieceFindings)
        switch format {
        case .csv: try csv(findings, context: context, size: size, to: sink)
        case .json: try json(findings, context: context, size: size, to: sink)
        case .table: try table(findings, context: context, size: size, to: sink)
        }
    }

    static func csv(_ findings: [Finding], context: @escaping @Sendable (Finding) -> FindingsOutput.Context, size: Int,
                    to sink: ([UInt8]) throws -> Void) throws {
        var header: [UInt8] = []
        CSVWriter.append(line: FindingsOutput.csvColumns.map(CSVWriter.Cell.text), to: &header)
        try sink(header)
        try GrowthWriter.pieces(count: (findings.count + size - 1) / size, make: { piece in
            var out: [UInt8] = []
            for f in findings[(piece * size)..<min(findings.count, (piece + 1) * size)] {
                CSVWriter.append(line: FindingsOutput.csvCells(f, context: context(f)), to: &out)
            }
            return out
        }, to: sink)
    }

    /// As `GrowthWriter.json`: each piece an array by the same encoder, its elements taken from between the brackets.
    static func json(_ findings: [Finding], context: @escaping @Sendable (Finding) -> FindingsOutput.Context, size: Int,
                     to sink: ([UInt8]) throws -> Void) throws {
        guard !findings.isEmpty else { return try sink(Array(try JSONOutput.render([FindingsOutput.Line]()).utf8)) }
        let open = Array("[\n".utf8), close = Array("\n]".utf8)
        try sink(open)
        try GrowthWriter.pieces(count: (findings.count + size - 1) / size, make: { piece in
            let lines = findings[(piece * size)..<min(findings.count, (piece + 1) * size)].map { FindingsOutput.Line($0, context: context($0)) }
            let encoded = try JSONOutput.bytes(lines)
            guard encoded.starts(with: open), encoded.count >= open.count + close.count, Array(encoded.suffix(close.count)) == close else {
                throw GrowthWriter.JSONShapeError()
            }
            return (piece > 0 ? Array(",\n".utf8) : []) + encoded[open.count..<(encoded.count - close.count)]
        }, to: sink)
        try sink(close + [0x0A])
    }

    /// Severity by severity, each group headed by its counts, which are known before any text is made.
    static func table(_ findings: [Finding], context: @escaping @Sendable (Finding) -> FindingsOutput.Context, size: Int,
                      to sink: ([UInt8]) throws -> Void) throws {
        guard !findings.isEmpty else { return try sink(Array("no findings\n".utf8)) }
        // Relationships are named only where the findings span several.
        var relationships = Set<String>()
        for f in findings where relationships.count < 2 { relationships.insert(context(f).relationship) }
        let several = relationships.count > 1
        // The findings in listing order, and the heading that comes before a group's first finding.
        var order: [Int] = [], headings: [Int: String] = [:]
        order.reserveCapacity(findings.count)
        for severity in Finding.Severity.allCases {
            let group = findings.indices.filter { findings[$0].severity == severity }
            guard !group.isEmpty else { continue }
            let open = group.filter { !findings[$0].isAccepted }.count
            headings[order.count] = "\(severity.rawValue)s: \(group.count)\(open == group.count ? "" : " (\(group.count - open) accepted)")\n"
            order += group
        }
        let listed = order, heads = headings
        try GrowthWriter.pieces(count: (listed.count + size - 1) / size, make: { piece in
            var out = ""
            for position in (piece * size)..<min(listed.count, (piece + 1) * size) {
                if let heading = heads[position] { out += heading }
                FindingsOutput.appendTable(findings[listed[position]], relationship: several ? context(findings[listed[position]]).relationship : "",
                                           to: &out)
            }
            return Array(out.utf8)
        }, to: sink)
    }
}
