import BilatCore
import GRDB

/// One row of a store table, comparable with what is already stored so ingest can diff.
protocol StoredRow: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    /// Unique within the table: the primary key, joined.
    var key: String { get }
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
    var key: String { name }
}

struct SourceRecord: StoredRow {
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
    var key: String { joinKey(dataset, id) }

    init(_ s: Source, dataset: String) {
        self.dataset = dataset
        id = s.id; publisher = s.publisher; title = s.title; author = s.author; url = s.url
        publishedLabel = s.published?.label
        publishedStart = s.published?.start.description
        publishedEnd = s.published?.end.description
        publishedNote = s.publishedNote
        accessedLabel = s.accessed?.label
    }
}

struct PartyRecord: StoredRow {
    static let databaseTableName = "party"
    var dataset: String
    var id: String
    var name: String
    var key: String { joinKey(dataset, id) }
}

struct IndicatorRecord: StoredRow {
    static let databaseTableName = "indicator"
    var dataset: String
    var id: String
    var name: String
    var description: String
    var unitKind: String
    var key: String { joinKey(dataset, id) }
}

struct FigureRecord: StoredRow {
    static let databaseTableName = "figure"
    static let insertColumns = ["dataset", "id", "indicator", "reporter", "partner", "direction", "subject", "period_text", "period_label",
                                "period_start", "period_end", "period_granularity", "period_approximate", "period_window", "compared_label",
                                "compared_start", "compared_end", "as_reported", "value", "unit", "unit_kind", "currency", "scale", "qualifier",
                                "is_change", "status", "source_id", "as_of_label", "note"]
    /// One prepared insert with positional parameters, bound by ``put(into:)``: no Codable encoding and no
    /// fetch-back per row. Built from the fixed column list above, never from data.
    static let insertSQL = insertSQL(rows: 1)
    /// An insert of `rows` rows at once: a first load runs one per batch of figures, so SQLite opens its
    /// cursors (the table, its key, the parents the foreign keys check) once per batch instead of once per row.
    static func insertSQL(rows: Int) -> String {
        let row = "(" + insertColumns.map { _ in "?" }.joined(separator: ", ") + ")"
        return "INSERT INTO \(databaseTableName) (\(insertColumns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
    /// Hands the values to `sink` in `insertColumns` order: the one list that inserting, updating and comparing
    /// with a stored row all use, so they cannot disagree (a re-ingest that changes nothing finds every row
    /// unchanged only if they agree; tests check that).
    func put<Sink: ColumnSink>(into sink: inout Sink) {
        sink.put(dataset); sink.put(id); sink.put(indicator); sink.put(reporter); sink.put(partner)
        sink.put(direction); sink.put(subject); sink.put(periodText); sink.put(periodLabel); sink.put(periodStart)
        sink.put(periodEnd); sink.put(periodGranularity); sink.put(periodApproximate); sink.put(periodWindow)
        sink.put(comparedLabel); sink.put(comparedStart); sink.put(comparedEnd); sink.put(asReported); sink.put(value)
        sink.put(unit); sink.put(unitKind); sink.put(currency); sink.put(scale); sink.put(qualifier); sink.put(isChange)
        sink.put(status); sink.put(sourceId); sink.put(asOfLabel); sink.put(note)
    }

    var dataset: String
    var id: String
    var indicator: String
    var reporter: String
    var partner: String
    var direction: String
    var subject: String
    var periodText: String
    var periodLabel: String
    var periodStart: String
    var periodEnd: String
    var periodGranularity: String
    var periodApproximate: Bool
    var periodWindow: Bool
    var comparedLabel: String?
    var comparedStart: String?
    var comparedEnd: String?
    var asReported: String
    var value: String
    var unit: String
    var unitKind: String
    var currency: String?
    var scale: Int
    var qualifier: String
    var isChange: Bool
    var status: String?
    var sourceId: String
    var asOfLabel: String?
    var note: String
    var key: String { joinKey(dataset, id) }

    init(_ f: Figure, dataset: String) {
        self.dataset = dataset
        id = f.id; indicator = f.indicator; reporter = f.reporter; partner = f.partner
        direction = f.direction.rawValue; subject = f.subject
        periodText = f.periodText; periodLabel = f.period.label
        periodStart = f.period.start.description; periodEnd = f.period.end.description
        periodGranularity = f.period.granularity.rawValue
        periodApproximate = f.period.isApproximate; periodWindow = f.period.isWindow
        comparedLabel = f.comparedWith?.label
        comparedStart = f.comparedWith?.start.description
        comparedEnd = f.comparedWith?.end.description
        asReported = f.asReported
        value = f.quantity.valueText; unit = f.quantity.unit; unitKind = f.quantity.kind.rawValue
        currency = f.quantity.currency?.rawValue; scale = f.quantity.scale
        qualifier = f.quantity.qualifier.rawValue; isChange = f.quantity.isChange
        status = f.status?.rawValue; sourceId = f.sourceID; asOfLabel = f.asOf?.label; note = f.note
    }
}

struct EventRecord: StoredRow {
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
    var key: String { joinKey(dataset, id) }

    init(_ e: Event, dataset: String) {
        self.dataset = dataset
        id = e.id; dateText = e.dateText; dateLabel = e.date.label
        dateStart = e.date.start.description; dateEnd = e.date.end.description
        dateGranularity = e.date.granularity.rawValue; dateApproximate = e.date.isApproximate
        title = e.title; note = e.note
    }
}

struct EventSourceRecord: StoredRow {
    static let databaseTableName = "event_source"
    var dataset: String
    var eventId: String
    var sourceId: String
    var key: String { joinKey(dataset, eventId, sourceId) }
}

struct DealStatusRecord: StoredRow {
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
    var key: String { joinKey(dataset, id) }

    init(_ s: DealStatus, dataset: String) {
        self.dataset = dataset
        id = s.id; subject = s.subject; stage = s.stage.rawValue
        asOfLabel = s.asOf.label; asOfStart = s.asOf.start.description; asOfEnd = s.asOf.end.description
        sourceId = s.sourceID; note = s.note
    }
}
