import BilatCore
import GRDB

/// Which figures to list.
public struct FigureFilter: Sendable {
    public var indicator: String?
    public var dataset: String?
    /// Figures between these two parties, in either direction.
    public var relationship: Relationship?
    public init(indicator: String? = nil, dataset: String? = nil, relationship: Relationship? = nil) {
        self.indicator = indicator
        self.dataset = dataset
        self.relationship = relationship
    }
}

extension Store {
    /// Figures sorted by dataset, indicator, period and id: the same order on every run.
    public func figures(_ filter: FigureFilter = FigureFilter()) throws -> [FigureListing] {
        try database.read { db in
            // Filters are bound values; the SQL text never contains user input.
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.*, s.title AS source_title, s.publisher AS source_publisher, s.published_label AS source_published
                FROM figure f JOIN source s ON s.dataset = f.dataset AND s.id = f.source_id
                WHERE (?1 IS NULL OR f.indicator = ?1) AND (?2 IS NULL OR f.dataset = ?2)
                  AND (?3 IS NULL OR (f.reporter = ?3 AND f.partner = ?4) OR (f.reporter = ?4 AND f.partner = ?3))
                ORDER BY f.dataset, f.indicator, f.period_start, f.period_end, f.id
                """, arguments: [filter.indicator, filter.dataset, filter.relationship?.first, filter.relationship?.second])
            return rows.map { row in
                FigureListing(
                    dataset: row["dataset"], id: row["id"], indicator: row["indicator"], reporter: row["reporter"],
                    partner: row["partner"], direction: row["direction"], subject: row["subject"],
                    period: row["period_label"], periodStart: row["period_start"], periodEnd: row["period_end"],
                    periodGranularity: row["period_granularity"], periodApproximate: row["period_approximate"],
                    comparedWith: row["compared_label"], asReported: row["as_reported"], value: row["value"],
                    unit: row["unit"], unitKind: row["unit_kind"], currency: row["currency"], scale: row["scale"],
                    qualifier: row["qualifier"], isChange: row["is_change"], status: row["status"],
                    sourceId: row["source_id"], sourceTitle: row["source_title"], sourcePublisher: row["source_publisher"],
                    sourcePublished: row["source_published"], note: row["note"], high: row["value_high"],
                    isLevelAtDate: row["level_at_date"], shareOf: row["share_of"])
            }
        }
    }

    /// Ids of the indicators stored, for messages that list what exists.
    public func indicatorIDs() throws -> [String] {
        try database.read { try String.fetchAll($0, sql: "SELECT DISTINCT id FROM indicator ORDER BY id") }
    }

    /// Row counts per table, for summaries.
    public func counts() throws -> (sources: Int, figures: Int, events: Int, datasets: Int) {
        try database.read { db in
            (try SourceRecord.fetchCount(db), try FigureRecord.fetchCount(db),
             try EventRecord.fetchCount(db), try DatasetRecord.fetchCount(db))
        }
    }
}
