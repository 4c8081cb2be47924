/// What an ingest changed, table by table, so a user sees that a re-run did nothing.
public struct IngestReport: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var added = 0, changed = 0, removed = 0, unchanged = 0
        /// Of the unchanged rows, those now on another line of their file (rows above them came or went): their
        /// values are the same, but the store is written to keep the line findings point to.
        public var moved = 0
        public init(added: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0, moved: Int = 0) {
            self.added = added; self.changed = changed; self.removed = removed; self.unchanged = unchanged; self.moved = moved
        }
        public var total: Int { added + changed + unchanged }
        public var isUnchanged: Bool { added == 0 && changed == 0 && removed == 0 && moved == 0 }
    }

    /// Table name (`figures`, `sources`, `events`, …) → counts, over every dataset ingested.
    public var tables: [String: Counts] = [:]
    /// Datasets in the store after the ingest.
    public var datasets: [String] = []
    /// Datasets dropped because their folder is gone.
    public var removedDatasets: [String] = []

    public init() {}

    public var wroteAnything: Bool { !tables.values.allSatisfy(\.isUnchanged) || !removedDatasets.isEmpty }

    public subscript(table: String) -> Counts { tables[table] ?? Counts() }
}

extension IngestReport.Counts {
    public static func += (a: inout Self, b: Self) {
        a.added += b.added; a.changed += b.changed; a.removed += b.removed; a.unchanged += b.unchanged
        a.moved += b.moved
    }
}
