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

    /// A row a streamed merge changed: its entry in the new lines, the line of figures.csv it replaced, and a
    /// digest of its new revised cells, so changes that revise nothing (a new source id on every row of a new
    /// release) are told apart without holding a million rows' cells.
    struct Change {
        var entry: Int
        var line: Int
        var digest: Int
    }

    /// Where a header has the revised columns, the id and the source.
    struct Columns {
        let revised: [Int?]
        let id: Int?
        let source: Int?

        init(_ header: [String]) {
            revised = FigureRevision.Field.allCases.map { header.firstIndex(of: $0.rawValue) }
            id = header.firstIndex(of: "id")
            source = header.firstIndex(of: "source_id")
        }

        private func cell(_ values: [String], _ position: Int?) -> String {
            guard let position, position < values.count else { return "" }
            return CSVText.trimmed(values[position])
        }

        /// Equal revised cells give equal digests (within one run).
        func digest(_ values: [String]) -> Int {
            var hasher = Hasher()
            for position in revised { hasher.combine(cell(values, position)) }
            return hasher.finalize()
        }

        /// The cells a revision needs, by column.
        func cells(_ values: [String]) -> [String: String] {
            var cells = ["id": cell(values, id), "source_id": cell(values, source)]
            for (field, position) in zip(FigureRevision.Field.allCases, revised) { cells[field.rawValue] = cell(values, position) }
            return cells
        }
    }

    /// The changes a streamed merge made: figures.csv as it was (`path`) is read once, in line order, and only
    /// rows whose revised cells differ keep their old cells; their new ones are read back from `lines`.
    mutating func add(_ changes: [Change], lines: FigureLines, existing path: String,
                      origin: (Int) -> RevisionRows.Origin?) throws(DiagnosticsError) {
        guard !changes.isEmpty else { return }
        let byLine = changes.indices.sorted { (changes[$0].line, $0) < (changes[$1].line, $1) }
        var old: [Int: [String: String]] = [:]
        var chunks: FileChunks
        do { chunks = try FileChunks(path: path) } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
        var stream = CSVRecordStream(path: path)
        var columns: Columns?
        var next = 0
        reading: while true {
            let chunk: [UInt8]?
            do { chunk = try chunks.next() } catch { throw DiagnosticsError([.error("cannot read \(path)")]) }
            for record in stream.feed(chunk).records {
                guard let known = columns else { columns = Columns(record.fields.map { CSVText.trimmed($0.value) }); continue }
                while next < byLine.count && changes[byLine[next]].line < record.line { next += 1 }
                var values: [String]?
                while next < byLine.count && changes[byLine[next]].line == record.line {
                    let k = byLine[next]
                    let read = values ?? record.fields.map(\.value)
                    values = read
                    if known.digest(read) != changes[k].digest { old[k] = known.cells(read) }
                    next += 1
                }
                if next >= byLine.count { break reading }
            }
            if chunk == nil || stream.stopped { break }
        }
        guard !old.isEmpty else { return }
        var revisedEntries: [Int: Int] = [:]
        for k in old.keys { revisedEntries[changes[k].entry] = k }
        let now = Columns(lines.header)
        try lines.forEach { entry, _, line throws(DiagnosticsError) in
            guard let k = revisedEntries[entry], let before = old[k] else { return }
            let values = CSVText.parse(Array(line), path: "").records.first?.fields.map(\.value) ?? []
            let after = now.cells(values)
            add(RevisionRows.Change(figureID: after["id"] ?? "", before: before, after: after, origin: origin(entry)))
        }
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
