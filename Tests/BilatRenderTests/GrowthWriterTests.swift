import BilatCore
@testable import BilatRender
import BilatTestSupport
import Foundation
import Testing
import TextTable

/// `bilat growth` writes its listing piece by piece (`GrowthWriter`); the bytes must be those the listing had as
/// one text before, for every format, whatever the rows hold and wherever the pieces are cut.
@Suite struct GrowthWriterTests {
    /// The listing as `GrowthOutput.render` made it before it was written in pieces: every row's `Line`, the
    /// table through TextTable (which `AlignedColumns` replaced byte for byte), the JSON as one array.
    static func reference(_ rows: [GrowthRow], as format: OutputFormat, dataset: (Observation) -> String) throws -> String {
        switch format {
        case .json: return try JSONOutput.render(rows.map { GrowthOutput.Line($0, dataset: dataset($0.observation)) })
        case .csv: return GrowthOutput.csv(rows, writer: CSVWriter(), dataset: dataset)
        case .table:
            let lines = rows.map { GrowthOutput.Line($0, dataset: dataset($0.observation)) }
            var order: [String] = [], groups: [String: [GrowthOutput.Line]] = [:]
            for line in lines {
                let name = line.relationship + "|" + line.series
                if groups[name] == nil { order.append(name) }
                groups[name, default: []].append(line)
            }
            var out = ""
            let several = Set(lines.map(\.relationship)).count > 1
            let titles = GrowthOutput.tableTitles
            let table = TextTable<[String]> { row in titles.indices.map { Column(title: titles[$0], value: row[$0]) } }
            for name in order {
                guard let group = groups[name], let line = group.first else { continue }
                let cells = group.map { l in
                    [l.period, GrowthOutput.mark(l.qualifier) + l.valueDisplay + (l.derived ? " (derived)" : ""), l.comparedWith ?? "",
                     l.percentChangeDisplay.map { GrowthOutput.mark(l.changeQualifier) + $0 } ?? "",
                     l.cagrDisplay.map { GrowthOutput.mark(l.changeQualifier) + $0 } ?? "", l.flags.joined(separator: ", "),
                     [l.formula.map { "= " + $0 }, l.reason].compactMap { $0 }.joined(separator: "; ")]
                }
                out += (several ? "\(line.relationship): " : "") + line.series + "\n" + table.trimmedString(for: cells) + "\n"
            }
            return out
        }
    }

    /// Generated datasets at the edges of what the readers accept (`DatasetGenerator`: odd periods, both
    /// directions, many partners, unicode and line breaks in subjects), several at once as several relationships.
    static func generatedRows(seed: UInt64, datasets: Int) -> [GrowthRow] {
        var generator = DatasetGenerator(rng: SplitMix64(seed: seed))
        return (0..<datasets).flatMap { n -> [GrowthRow] in
            let dataset = generator.dataset(n)
            let reported = Observation.reported(in: dataset)
            return Growth.rows(reported + ImpliedFigures.derive(from: dataset, reported: reported))
        }
    }

    static func written(_ rows: [GrowthRow], as format: OutputFormat, pieceRows: Int) throws -> (text: String, pieces: Int) {
        var out: [UInt8] = [], pieces = 0
        try GrowthWriter.write(rows, as: format, dataset: { "d-" + $0.key.dataset }, pieceRows: pieceRows) { out += $0; pieces += 1 }
        return (String(decoding: out, as: UTF8.self), pieces)
    }

    static let cases: [(seed: UInt64, datasets: Int)] = [(1, 1), (2, 3), (3, 8), (19, 12), (40, 5)]

    @Test(arguments: cases.indices, OutputFormat.allCases)
    func sameBytesAsTheWholeListing(_ c: Int, _ format: OutputFormat) throws {
        let rows = Self.generatedRows(seed: Self.cases[c].seed, datasets: Self.cases[c].datasets)
        #expect(!rows.isEmpty)
        let expected = try Self.reference(rows, as: format) { "d-" + $0.key.dataset }
        // Pieces of one row, of a few, and the whole listing as one piece.
        for pieceRows in [1, 7, 64, GrowthWriter.standardPieceRows] {
            let (text, pieces) = try Self.written(rows, as: format, pieceRows: pieceRows)
            #expect(text == expected, "seed \(Self.cases[c].seed), \(format), pieces of \(pieceRows): first difference at \(firstDifference(text, expected))")
            // Pieces of one row: one a row for CSV and JSON (beside the header and brackets), one a series for a table.
            if pieceRows == 1 {
                #expect(pieces == (format == .table ? GrowthWriter.seriesInOrder(rows).count : rows.count + (format == .csv ? 1 : 2)))
            }
        }
    }

    /// Interleaved rows of several series and relationships: each series' table gathers its rows as they came.
    @Test(arguments: OutputFormat.allCases)
    func shuffledRowsAreTheWholeListingsBytes(_ format: OutputFormat) throws {
        var rng = SplitMix64(seed: 77)
        let rows = Self.generatedRows(seed: 5, datasets: 6).shuffled(using: &rng)
        let expected = try Self.reference(rows, as: format) { "d-" + $0.key.dataset }
        for pieceRows in [3, 500] {
            let text = try Self.written(rows, as: format, pieceRows: pieceRows).text
            #expect(text == expected, "\(format), pieces of \(pieceRows): first difference at \(firstDifference(text, expected))")
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func noRowsAsBefore(_ format: OutputFormat) throws {
        let text = try Self.written([], as: format, pieceRows: 10).text
        #expect(text == (try Self.reference([], as: format) { _ in "" }))
    }

    /// The byte offset of the first difference, and a little of each text there.
    func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8), y = Array(b.utf8)
        let i = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, i - 40)..<min(bytes.count, i + 40)], as: UTF8.self) }
        return "\(i) (lengths \(x.count), \(y.count)): \(around(x).debugDescription) vs \(around(y).debugDescription)"
    }
}
