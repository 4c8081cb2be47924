import BilatCore
import GRDB

/// One row of a store table, comparable with what is already stored so ingest can diff.
protocol StoredRow: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    /// Unique within the table: the primary key, joined.
    var key: String { get }
    /// Equal but for where the row was read: a row that only moved in its file.
    func sameValues(as other: Self) -> Bool
}

extension StoredRow {
    func sameValues(as other: Self) -> Bool { self == other }
}

/// A row that keeps the line of its file it was read from.
protocol LocatedRow: StoredRow {
    var line: Int { get set }
}

extension LocatedRow {
    func sameValues(as other: Self) -> Bool {
        var moved = self
        moved.line = other.line
        return moved == other
    }
}

extension StoredRow {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

private func joinKey(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }

struct DatasetRecord: StoredRow {
    static let databaseTableName = "dataset"
    var name: String
    var title: String
    /// The folder as the ingest was given it (`Datasets/azerbaijan-pakistan`): row locations are shown under it.
    var displayPath: String
    var key: String { name }
}

struct SourceRecord: LocatedRow {
    static let databaseTableName = "source"
    var dataset: String
    var id: String
    var publisher: String
    var title: String
    var author: String
    var url: String
    var publishedLabel: String?
    var publishedStart: String?
    var publishedEnd: String?
    var publishedNote: String
    var accessedLabel: String?
    var line: Int
    var accessedStart: String?
    var accessedEnd: String?
    var key: String { joinKey(dataset, id) }

    init(_ s: Source, dataset: String, line: Int) {
        self.dataset = dataset
        id = s.id; publisher = s.publisher; title = s.title; author = s.author; url = s.url
        publishedLabel = s.published?.label
        publishedStart = s.published?.start.description
        publishedEnd = s.published?.end.description
        publishedNote = s.publishedNote
        accessedLabel = s.accessed?.label
        self.line = line
        accessedStart = s.accessed?.start.description
        accessedEnd = s.accessed?.end.description
    }
}

struct PartyRecord: LocatedRow {
    static let databaseTableName = "party"
    var dataset: String
    var id: String
    var name: String
    var line: Int
    /// `MM-DD`, or nil when the party declares no fiscal year of its own.
    var fiscalYearStart: String?
    var key: String { joinKey(dataset, id) }
}

struct IndicatorRecord: LocatedRow {
    static let databaseTableName = "indicator"
    var dataset: String
    var id: String
    var name: String
    var description: String
    var unitKind: String
    var line: Int
    var key: String { joinKey(dataset, id) }
}

/// A figure's row in the store: its columns, and its values in their order. Figures are never read back
/// through a record type (queries select the columns they need), so there is no struct of the row's texts:
/// values go from the figure straight to where they are bound or compared.
enum FigureRecord: TableRecord {
    static let databaseTableName = "figure"
    static let insertColumns = ["dataset", "id", "indicator", "reporter", "partner", "direction", "subject", "period_text", "period_label",
                                "period_start", "period_end", "period_granularity", "period_approximate", "period_window", "compared_label",
                                "compared_start", "compared_end", "as_reported", "value", "unit", "unit_kind", "currency", "scale", "qualifier",
                                "is_change", "status", "source_id", "as_of_label", "note",
                                // v6
                                "line", "significant_digits", "is_estimated", "compared_window", "as_of_start", "as_of_end",
                                // v10
                                "value_high", "level_at_date", "share_of",
                                // v9
                                "link_key"]
    /// Where a figure's line is among its values: a row that only moved is told apart from one that changed.
    static let lineIndex = insertColumns.firstIndex(of: "line")

    /// One prepared insert with positional parameters, bound from ``put(_:dataset:into:)``: no Codable encoding
    /// and no fetch-back per row. Built from the fixed column list above, never from data.
    static let insertSQL = insertSQL(rows: 1)
    /// An insert of `rows` rows at once: a first load runs one per batch of figures, so SQLite opens its
    /// cursors (the table, its key, the parents the foreign keys check) once per batch instead of once per row.
    static func insertSQL(rows: Int) -> String {
        let row = "(" + insertColumns.map { _ in "?" }.joined(separator: ", ") + ")"
        return "INSERT INTO \(databaseTableName) (\(insertColumns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Hands a figure's values to `sink` in `insertColumns` order: the one list that inserting, updating and
    /// comparing with a stored row all use, so they cannot disagree (a re-ingest that changes nothing finds
    /// every row unchanged only if they agree; tests check that).
    static func put<Sink: ColumnSink>(_ f: Figure, line: Int, dataset: String, into sink: inout Sink) {
        sink.put(dataset); sink.put(f.id); sink.put(f.indicator); sink.put(f.reporter); sink.put(f.partner)
        sink.put(f.direction.rawValue); sink.put(f.subject); sink.put(f.periodText); sink.put(f.period.label)
        sink.put(f.period.start.description); sink.put(f.period.end.description); sink.put(f.period.granularity.rawValue)
        sink.put(f.period.isApproximate); sink.put(f.period.isWindow)
        sink.put(f.comparedWith?.label); sink.put(f.comparedWith?.start.description); sink.put(f.comparedWith?.end.description)
        let q = f.quantity
        sink.put(f.asReported); sink.put(q.valueText); sink.put(q.unit); sink.put(q.kind.rawValue); sink.put(q.currency?.rawValue)
        sink.put(q.scale); sink.put(q.qualifier.rawValue); sink.put(q.isChange)
        sink.put(f.status?.rawValue); sink.put(f.sourceID); sink.put(f.asOf?.label); sink.put(f.note)
        sink.put(line); sink.put(q.significantDigits); sink.put(q.isEstimated); sink.put(f.comparedWith.map { $0.isWindow ? 1 : 0 })
        sink.put(f.asOf?.start.description); sink.put(f.asOf?.end.description)
        sink.put(q.highText); sink.put(q.isLevelAtDate); sink.put(q.shareOf)
        sink.put(f.linkKey)
    }
}

struct EventRecord: LocatedRow {
    static let databaseTableName = "event"
    var dataset: String
    var id: String
    var dateText: String
    var dateLabel: String
    var dateStart: String
    var dateEnd: String
    var dateGranularity: String
    var dateApproximate: Bool
    var title: String
    var note: String
    var line: Int
    var linkKey: String
    var key: String { joinKey(dataset, id) }

    init(_ e: Event, dataset: String, line: Int) {
        self.dataset = dataset
        id = e.id; dateText = e.dateText; dateLabel = e.date.label
        dateStart = e.date.start.description; dateEnd = e.date.end.description
        dateGranularity = e.date.granularity.rawValue; dateApproximate = e.date.isApproximate
        title = e.title; note = e.note
        self.line = line
        linkKey = e.linkKey
    }
}

struct EventSourceRecord: StoredRow {
    static let databaseTableName = "event_source"
    var dataset: String
    var eventId: String
    var sourceId: String
    /// Where in the event's list of sources this one is.
    var position: Int
    var key: String { joinKey(dataset, eventId, sourceId) }
}

struct DealStatusRecord: LocatedRow {
    static let databaseTableName = "deal_status"
    var dataset: String
    var id: String
    var subject: String
    var stage: String
    var asOfLabel: String
    var asOfStart: String
    var asOfEnd: String
    var sourceId: String
    var note: String
    var line: Int
    var linkKey: String
    var asOfGiven: Bool
    var key: String { joinKey(dataset, id) }

    init(_ s: DealStatus, dataset: String, line: Int) {
        self.dataset = dataset
        id = s.id; subject = s.subject; stage = s.stage.rawValue
        asOfLabel = s.asOf.label; asOfStart = s.asOf.start.description; asOfEnd = s.asOf.end.description
        sourceId = s.sourceID; note = s.note
        self.line = line
        linkKey = s.linkKey
        asOfGiven = s.asOfGiven
    }
}

struct AcceptedFindingRecord: LocatedRow {
    static let databaseTableName = "accepted_finding"
    var dataset: String
    var finding: String
    var reason: String
    var line: Int
    var key: String { joinKey(dataset, finding) }
}

/// A row of revisions.csv; `position` is its place in the file (1, 2, …), which keys it.
struct FigureRevisionRecord: LocatedRow {
    static let databaseTableName = "figure_revision"
    var dataset: String
    var position: Int
    var figureId: String
    var field: String
    var beforeText: String
    var afterText: String
    var beforeSource: String
    var afterSource: String
    var file: String
    var fileLine: Int
    var recordedLabel: String
    var recordedStart: String
    var recordedEnd: String
    var line: Int
    var key: String { joinKey(dataset, String(position)) }

    init(_ r: FigureRevision, dataset: String, position: Int, line: Int) {
        self.dataset = dataset
        self.position = position
        figureId = r.figureID; field = r.field.rawValue
        beforeText = r.before; afterText = r.after
        beforeSource = r.beforeSource; afterSource = r.afterSource
        file = r.file; fileLine = r.line
        recordedLabel = r.recorded.label; recordedStart = r.recorded.start.description; recordedEnd = r.recorded.end.description
        self.line = line
    }
}
