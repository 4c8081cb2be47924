import BilatCore
import BilatDatasets
import Foundation

/// What an import changed in figures, as rows appended to the dataset's revisions.csv after the merge.
///
/// The merges only note which rows changed (``FigureMerge/changes``, ``TableMerge/changes``); the cells those
/// rows had are read back here, from figures.csv as it was, and only when something changed.
struct RevisionLog {
    /// The revisions.csv rows (cells by column), in the order of the changed figures.
    var rows: [[String: String]] = []
    /// The date the revisions are recorded on: the import's `--accessed`, or the day it ran.
    let recorded: String

    init(recorded: String?) {
        self.recorded = recorded ?? Self.today()
    }

    /// "2026-12-03", in UTC.
    static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let (y, m, d) = (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    mutating func add(_ change: RevisionRows.Change) {
        rows += RevisionRows.rows(change, recorded: recorded)
    }

    /// The changes a streamed merge made: each changed row's old cells read from `path` (figures.csv before the
    /// merge) at the line the merge found it on.
    mutating func add(_ changes: [(entry: Int, line: Int, after: [String])], header: [String], existing path: String,
                      origin: (Int) -> RevisionRows.Origin?) throws(DiagnosticsError) {
        guard !changes.isEmpty else { return }
        let old = try Self.rows(at: Set(changes.map(\.line)), of: path)
        for change in changes {
            let before = old.rows[change.line] ?? [:]
            let after = Self.cells(header, change.after)
            add(RevisionRows.Change(figureID: CSVText.trimmed(after["id"] ?? ""), before: before, after: after,
                                    origin: origin(change.entry)))
        }
    }

    /// Cells by column; a row shorter than its header has empty cells for the rest.
    static func cells(_ header: [String], _ values: [String]) -> [String: String] {
        var cells: [String: String] = [:]
        for (i, column) in header.enumerated() where cells[column] == nil { cells[column] = i < values.count ? values[i] : "" }
        return cells
    }

    /// The rows of a CSV file that start on `lines`, by line, read a piece at a time.
    static func rows(at lines: Set<Int>, of path: String) throws(DiagnosticsError) -> (header: [String], rows: [Int: [String: String]]) {
        var chunks: FileChunks
        do { chunks = try FileChunks(path: path) } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
        var stream = CSVRecordStream(path: path)
        var header: [String]?
        var found: [Int: [String: String]] = [:]
        while true {
            let chunk: [UInt8]?
            do { chunk = try chunks.next() } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
            for record in stream.feed(chunk).records {
                guard let columns = header else { header = record.fields.map { CSVText.trimmed($0.value) }; continue }
                if lines.contains(record.line) { found[record.line] = cells(columns, record.fields.map(\.value)) }
            }
            if chunk == nil || stream.stopped || found.count == lines.count { break }
        }
        return (header ?? [], found)
    }

    /// revisions.csv with the rows appended: a new file gets bilat's header; an existing one keeps its bytes, its
    /// column order and its line ends. Nil when there is nothing to append.
    func appended(to existing: [UInt8]?) -> [UInt8]? {
        guard !rows.isEmpty else { return nil }
        var bytes = existing ?? []
        let header = DatasetImport.header(existing) ?? DatasetLayout.newHeader(DatasetLayout.revisions)
        let usesCRLF = zip(bytes, bytes.dropFirst()).contains { $0 == 0x0D && $1 == 0x0A }
        let end: [UInt8] = usesCRLF ? [0x0D, 0x0A] : [0x0A]
        if bytes.isEmpty { bytes = Array(header.joined(separator: ",").utf8) + end }
        else if bytes.last != 0x0A { bytes += end }
        for row in rows { bytes += Array(TableMerge.render(row, header: header).utf8) + end }
        return bytes
    }
}
