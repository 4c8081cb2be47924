import GRDB

extension Store {
    /// Dataset name → fingerprint of its files and of the bilat that ingested them, as of the last ingest.
    public func fingerprints() throws -> [String: String] {
        try database.read { db in
            // The schema keys the table by dataset; a store edited by hand must still not trap here.
            Dictionary(try Row.fetchAll(db, sql: "SELECT dataset, fingerprint FROM dataset_file").map {
                (($0["dataset"] as String), ($0["fingerprint"] as String))
            }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Rows per table, for reporting an ingest that had nothing to do.
    public func rowCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            // Table names are fixed here, never taken from input.
            for (name, table) in [("figures", "figure"), ("sources", "source"), ("events", "event"), ("statuses", "deal_status"),
                                  ("indicators", "indicator"), ("parties", "party"), ("datasets", "dataset"), ("event sources", "event_source")] {
                counts[name] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}
