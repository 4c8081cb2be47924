import GRDB

/// The store's schema as an append-only timeline: a shipped migration is never edited,
/// only followed by a new one. Written in SQL with literal names so it never drifts with record types.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: datasets, sources, parties, indicators, figures, events") { db in
            try db.execute(sql: """
                CREATE TABLE dataset (
                    name TEXT PRIMARY KEY NOT NULL CHECK (name <> ''),
                    title TEXT NOT NULL
                );
                CREATE TABLE source (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id <> ''),
                    publisher TEXT NOT NULL CHECK (publisher <> ''),
                    title TEXT NOT NULL CHECK (title <> ''),
                    author TEXT NOT NULL,
                    url TEXT NOT NULL,
                    published_label TEXT,
                    published_start TEXT,
                    published_end TEXT,
                    published_note TEXT NOT NULL,
                    accessed_label TEXT,
                    PRIMARY KEY (dataset, id),
                    CHECK ((published_start IS NULL) = (published_end IS NULL)),
                    CHECK (published_start IS NULL OR published_start <= published_end)
                );
                CREATE TABLE party (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (length(id) = 3 AND id NOT GLOB '*[^A-Z]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    PRIMARY KEY (dataset, id)
                );
                CREATE TABLE indicator (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id GLOB '[a-z]*' AND id NOT GLOB '*[^a-z0-9_]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    description TEXT NOT NULL,
                    unit_kind TEXT NOT NULL CHECK (unit_kind IN ('money', 'count')),
                    PRIMARY KEY (dataset, id)
                );
                CREATE TABLE figure (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id <> ''),
                    indicator TEXT NOT NULL,
                    reporter TEXT NOT NULL,
                    partner TEXT NOT NULL CHECK (partner <> reporter),
                    direction TEXT NOT NULL CHECK (direction IN ('both', 'to_partner', 'from_partner')),
                    subject TEXT NOT NULL,
                    period_text TEXT NOT NULL CHECK (period_text <> ''),
                    period_label TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    period_granularity TEXT NOT NULL CHECK (period_granularity IN ('day', 'month', 'quarter', 'year')),
                    period_approximate INTEGER NOT NULL CHECK (period_approximate IN (0, 1)),
                    period_window INTEGER NOT NULL CHECK (period_window IN (0, 1)),
                    compared_label TEXT,
                    compared_start TEXT,
                    compared_end TEXT,
                    as_reported TEXT NOT NULL CHECK (as_reported <> ''),
                    -- exact decimal text, never a binary float: '11700000', '26.55', '-22.46'
                    value TEXT NOT NULL CHECK ((value GLOB '[0-9]*' OR value GLOB '-[0-9]*')
                        AND value NOT GLOB '?*[^0-9.]*' AND value NOT GLOB '*.*.*' AND value NOT GLOB '*.'),
                    unit TEXT NOT NULL CHECK (unit <> ''),
                    unit_kind TEXT NOT NULL CHECK (unit_kind IN ('money', 'count', 'percent')),
                    currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
                    scale INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 12),
                    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact', 'approximately', 'nearly', 'lower_bound', 'upper_bound')),
                    is_change INTEGER NOT NULL CHECK (is_change IN (0, 1)),
                    status TEXT CHECK (status IS NULL OR status IN ('estimated', 'provisional')),
                    source_id TEXT NOT NULL,
                    as_of_label TEXT,
                    note TEXT NOT NULL,
                    PRIMARY KEY (dataset, id),
                    FOREIGN KEY (dataset, indicator) REFERENCES indicator(dataset, id),
                    FOREIGN KEY (dataset, reporter) REFERENCES party(dataset, id),
                    FOREIGN KEY (dataset, partner) REFERENCES party(dataset, id),
                    FOREIGN KEY (dataset, source_id) REFERENCES source(dataset, id),
                    CHECK (period_start <= period_end),
                    CHECK ((unit_kind = 'money') = (currency IS NOT NULL)),
                    CHECK ((compared_start IS NULL) = (compared_end IS NULL)),
                    CHECK (compared_start IS NULL OR (unit_kind = 'percent' AND compared_start <= compared_end))
                );
                -- One figure per thing measured, per source: the natural key.
                CREATE UNIQUE INDEX figure_natural_key ON figure (
                    dataset, source_id, indicator, reporter, partner, direction, subject,
                    period_start, period_end, IFNULL(compared_start, ''));
                CREATE INDEX figure_by_indicator ON figure (indicator, reporter, partner, period_start);
                CREATE INDEX figure_by_subject ON figure (subject, indicator);
                CREATE INDEX figure_by_period ON figure (period_start, period_end);
                CREATE INDEX figure_by_source ON figure (dataset, source_id);
                CREATE TABLE event (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id <> ''),
                    date_text TEXT NOT NULL,
                    date_label TEXT NOT NULL,
                    date_start TEXT NOT NULL,
                    date_end TEXT NOT NULL,
                    date_granularity TEXT NOT NULL CHECK (date_granularity IN ('day', 'month', 'quarter', 'year')),
                    date_approximate INTEGER NOT NULL CHECK (date_approximate IN (0, 1)),
                    title TEXT NOT NULL CHECK (title <> ''),
                    note TEXT NOT NULL,
                    PRIMARY KEY (dataset, id),
                    CHECK (date_start <= date_end)
                );
                CREATE INDEX event_by_date ON event (date_start, date_end);
                CREATE TABLE event_source (
                    dataset TEXT NOT NULL,
                    event_id TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    PRIMARY KEY (dataset, event_id, source_id),
                    FOREIGN KEY (dataset, event_id) REFERENCES event(dataset, id) ON DELETE CASCADE,
                    FOREIGN KEY (dataset, source_id) REFERENCES source(dataset, id)
                );
                """)
        }
        migrator.registerMigration("v2: deal statuses per source and date") { db in
            try db.execute(sql: """
                CREATE TABLE deal_status (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id <> ''),
                    subject TEXT NOT NULL CHECK (subject <> ''),
                    stage TEXT NOT NULL CHECK (stage IN ('reported', 'under_negotiation', 'agreed', 'signed', 'delivered')),
                    as_of_label TEXT NOT NULL,
                    as_of_start TEXT NOT NULL,
                    as_of_end TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    note TEXT NOT NULL,
                    PRIMARY KEY (dataset, id),
                    FOREIGN KEY (dataset, source_id) REFERENCES source(dataset, id),
                    CHECK (as_of_start <= as_of_end)
                );
                CREATE INDEX deal_status_by_subject ON deal_status (subject, as_of_start);
                """)
        }
        migrator.registerMigration("v3: fingerprints of the dataset files last ingested") { db in
            try db.execute(sql: """
                CREATE TABLE dataset_file (
                    dataset TEXT PRIMARY KEY NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    fingerprint TEXT NOT NULL CHECK (fingerprint <> '')
                );
                """)
        }
        migrator.registerMigration("v4: drop figure indexes no query uses") { db in
            // figure_by_source is a prefix of the natural key's index; no query filters on subject or period
            // alone. Each index costs every ingest a B-tree insert per row.
            try db.execute(sql: """
                DROP INDEX figure_by_source;
                DROP INDEX figure_by_subject;
                DROP INDEX figure_by_period;
                """)
        }
        migrator.registerMigration("v5: figure checks without IN lists") { db in
            // SQLite evaluates `x IN ('a', 'b')` in a CHECK by building a temporary B-tree of the list for every row
            // written (EXPLAIN shows OpenEphemeral inside the insert loop): the eight such checks took about 2 s of
            // copying a million figures in the sqlite3 shell. The same conditions as `=` chains cost next to nothing,
            // and a NULL passes both. A CHECK cannot be changed in place: the table is made again, its rows copied.
            try db.execute(sql: """
                CREATE TABLE figure_v5 (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    id TEXT NOT NULL CHECK (id <> ''),
                    indicator TEXT NOT NULL,
                    reporter TEXT NOT NULL,
                    partner TEXT NOT NULL CHECK (partner <> reporter),
                    direction TEXT NOT NULL CHECK (direction = 'both' OR direction = 'to_partner' OR direction = 'from_partner'),
                    subject TEXT NOT NULL,
                    period_text TEXT NOT NULL CHECK (period_text <> ''),
                    period_label TEXT NOT NULL,
                    period_start TEXT NOT NULL,
                    period_end TEXT NOT NULL,
                    period_granularity TEXT NOT NULL CHECK (period_granularity = 'day' OR period_granularity = 'month'
                        OR period_granularity = 'quarter' OR period_granularity = 'year'),
                    period_approximate INTEGER NOT NULL CHECK (period_approximate = 0 OR period_approximate = 1),
                    period_window INTEGER NOT NULL CHECK (period_window = 0 OR period_window = 1),
                    compared_label TEXT,
                    compared_start TEXT,
                    compared_end TEXT,
                    as_reported TEXT NOT NULL CHECK (as_reported <> ''),
                    -- exact decimal text, never a binary float: '11700000', '26.55', '-22.46'
                    value TEXT NOT NULL CHECK ((value GLOB '[0-9]*' OR value GLOB '-[0-9]*')
                        AND value NOT GLOB '?*[^0-9.]*' AND value NOT GLOB '*.*.*' AND value NOT GLOB '*.'),
                    unit TEXT NOT NULL CHECK (unit <> ''),
                    unit_kind TEXT NOT NULL CHECK (unit_kind = 'money' OR unit_kind = 'count' OR unit_kind = 'percent'),
                    currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
                    scale INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 12),
                    qualifier TEXT NOT NULL CHECK (qualifier = 'exact' OR qualifier = 'approximately' OR qualifier = 'nearly'
                        OR qualifier = 'lower_bound' OR qualifier = 'upper_bound'),
                    is_change INTEGER NOT NULL CHECK (is_change = 0 OR is_change = 1),
                    status TEXT CHECK (status IS NULL OR status = 'estimated' OR status = 'provisional'),
                    source_id TEXT NOT NULL,
                    as_of_label TEXT,
                    note TEXT NOT NULL,
                    PRIMARY KEY (dataset, id),
                    FOREIGN KEY (dataset, indicator) REFERENCES indicator(dataset, id),
                    FOREIGN KEY (dataset, reporter) REFERENCES party(dataset, id),
                    FOREIGN KEY (dataset, partner) REFERENCES party(dataset, id),
                    FOREIGN KEY (dataset, source_id) REFERENCES source(dataset, id),
                    CHECK (period_start <= period_end),
                    CHECK ((unit_kind = 'money') = (currency IS NOT NULL)),
                    CHECK ((compared_start IS NULL) = (compared_end IS NULL)),
                    CHECK (compared_start IS NULL OR (unit_kind = 'percent' AND compared_start <= compared_end))
                );
                INSERT INTO figure_v5 SELECT * FROM figure ORDER BY rowid;
                DROP TABLE figure;
                ALTER TABLE figure_v5 RENAME TO figure;
                CREATE UNIQUE INDEX figure_natural_key ON figure (
                    dataset, source_id, indicator, reporter, partner, direction, subject,
                    period_start, period_end, IFNULL(compared_start, ''));
                CREATE INDEX figure_by_indicator ON figure (indicator, reporter, partner, period_start);
                """)
        }
        migrator.registerMigration("v6: what analysis reads back: row lines, quantities whole, accepted findings") { db in
            // Analysis reads datasets from the store, so the store keeps all a dataset's values hold: where each row
            // was read (findings name file:line), the parts of a quantity and a period not stored before, and
            // accepted.csv. Fingerprints are forgotten, so the next ingest reads every folder and fills these in.
            try db.execute(sql: """
                ALTER TABLE dataset ADD COLUMN display_path TEXT NOT NULL DEFAULT '';
                ALTER TABLE source ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE source ADD COLUMN accessed_start TEXT;
                ALTER TABLE source ADD COLUMN accessed_end TEXT;
                ALTER TABLE party ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE indicator ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE event ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE event_source ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE deal_status ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE figure ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE figure ADD COLUMN significant_digits INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE figure ADD COLUMN is_estimated INTEGER NOT NULL DEFAULT 0 CHECK (is_estimated = 0 OR is_estimated = 1);
                ALTER TABLE figure ADD COLUMN compared_window INTEGER CHECK (compared_window IS NULL OR compared_window = 0 OR compared_window = 1);
                ALTER TABLE figure ADD COLUMN as_of_start TEXT;
                ALTER TABLE figure ADD COLUMN as_of_end TEXT;
                CREATE TABLE accepted_finding (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    finding TEXT NOT NULL CHECK (finding <> ''),
                    reason TEXT NOT NULL CHECK (reason <> ''),
                    line INTEGER NOT NULL,
                    PRIMARY KEY (dataset, finding)
                );
                DELETE FROM dataset_file;
                """)
        }
        migrator.registerMigration("v7: the last build of each output folder") { db in
            // What `bilat build` needs to see that nothing changed without reading a figure: the state of its
            // last build of that folder (see BuildState in the Bilat target). Local to this machine, as the store is.
            try db.execute(sql: """
                CREATE TABLE build_state (
                    output TEXT PRIMARY KEY NOT NULL CHECK (output <> ''),
                    state TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v8: fiscal years of parties") { db in
            // parties.csv's fiscal_year_start, MM-DD: a figure's "FY2020-21" was read in it, and analysis reads it back.
            // A figure's fiscal year needs no column of its own: it is the one year-granular period whose bounds are
            // not 1 January and 31 December.
            try db.execute(sql: """
                ALTER TABLE party ADD COLUMN fiscal_year_start TEXT
                    CHECK (fiscal_year_start IS NULL OR (length(fiscal_year_start) = 5
                        AND fiscal_year_start GLOB '[01][0-9]-[0-3][0-9]'));
                """)
        }
        migrator.registerMigration("v9: keys linking rows that describe one deal or event") { db in
            // The `key` column of figures, events and statuses, and whether a status row gave its own as_of
            // (the checks compare only dated stages). Fingerprints are forgotten, so the next ingest reads
            // every folder and fills these in.
            try db.execute(sql: """
                ALTER TABLE figure ADD COLUMN link_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE event ADD COLUMN link_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE deal_status ADD COLUMN link_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE deal_status ADD COLUMN as_of_given INTEGER NOT NULL DEFAULT 0 CHECK (as_of_given = 0 OR as_of_given = 1);
                DELETE FROM dataset_file;
                """)
        }
        migrator.registerMigration("v10: ranges, levels as of a date, shares") { db in
            // A range's high end (its low end is `value`), a level that holds at its source's date rather than over a
            // calendar period, and the indicator a share is of. Texts such as "three times" or "$17–25 million" read
            // differently now, so fingerprints are forgotten and the next ingest reads every folder again.
            try db.execute(sql: """
                ALTER TABLE figure ADD COLUMN value_high TEXT CHECK (value_high IS NULL OR (value_high GLOB '[0-9]*'
                    AND value_high NOT GLOB '?*[^0-9.]*' AND value_high NOT GLOB '*.*.*' AND value_high NOT GLOB '*.'));
                ALTER TABLE figure ADD COLUMN level_at_date INTEGER NOT NULL DEFAULT 0 CHECK (level_at_date = 0 OR level_at_date = 1);
                ALTER TABLE figure ADD COLUMN share_of TEXT CHECK (share_of IS NULL OR (unit_kind = 'percent' AND share_of <> ''));
                DELETE FROM dataset_file;
                """)
        }
        migrator.registerMigration("v11-tiv-unit-kind: TIV, SIPRI's own unit, beside money, counts and percentages") { db in
            // SQLite cannot change a CHECK in place: the two tables are made again from their own schema text with
            // 'tiv' allowed, their rows copied and their indexes made again. Fingerprints are forgotten, so the next
            // ingest reads every folder and stores arms_tiv figures as TIV rather than as counts.
            try rebuild("indicator", in: db, replacing: "unit_kind IN ('money', 'count')",
                        with: "unit_kind IN ('money', 'count', 'tiv')")
            try rebuild("figure", in: db, replacing: "unit_kind = 'money' OR unit_kind = 'count' OR unit_kind = 'percent'",
                        with: "unit_kind = 'money' OR unit_kind = 'count' OR unit_kind = 'percent' OR unit_kind = 'tiv'")
            try db.execute(sql: "DELETE FROM dataset_file")
        }
        migrator.registerMigration("v12-revisions: what imports changed in figures (revisions.csv)") { db in
            // One row per figure and field an import revised, in the order revisions.csv lists them (`position`),
            // so reports can say what a newer release changed. Fingerprints are forgotten, so the next ingest
            // reads every folder and stores the revisions datasets already hold.
            try db.execute(sql: """
                CREATE TABLE figure_revision (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 1),
                    figure_id TEXT NOT NULL CHECK (figure_id <> ''),
                    field TEXT NOT NULL CHECK (field = 'as_reported' OR field = 'unit' OR field = 'status'),
                    before_text TEXT NOT NULL,
                    after_text TEXT NOT NULL,
                    before_source TEXT NOT NULL,
                    after_source TEXT NOT NULL,
                    file TEXT NOT NULL CHECK (file <> '' AND file NOT GLOB '*/*'),
                    file_line INTEGER NOT NULL CHECK (file_line >= 1),
                    recorded_label TEXT NOT NULL CHECK (recorded_label <> ''),
                    recorded_start TEXT NOT NULL,
                    recorded_end TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    PRIMARY KEY (dataset, position),
                    FOREIGN KEY (dataset, before_source) REFERENCES source(dataset, id),
                    FOREIGN KEY (dataset, after_source) REFERENCES source(dataset, id),
                    CHECK (before_text <> after_text),
                    CHECK (recorded_start <= recorded_end)
                );
                DELETE FROM dataset_file;
                """)
        }
        migrator.registerMigration("v13-figure-chunks: where each figures.csv was cut, to re-read only what changed") { db in
            // figures.csv in content-defined chunks (CSVChunking), in file order (`position`): each chunk's digest,
            // size, lines and how many figures it held. A re-ingest hashes the file chunk by chunk and parses only
            // the chunks whose digest is not stored. The first chunk (the header) has the other files' digests
            // folded into its own: when they change, every row is read again.
            try db.execute(sql: """
                CREATE TABLE figure_chunk (
                    dataset TEXT NOT NULL REFERENCES dataset(name) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    digest TEXT NOT NULL CHECK (digest <> ''),
                    byte_count INTEGER NOT NULL CHECK (byte_count >= 1),
                    first_line INTEGER NOT NULL CHECK (first_line >= 1),
                    line_count INTEGER NOT NULL CHECK (line_count >= 0),
                    figure_count INTEGER NOT NULL CHECK (figure_count >= 0),
                    PRIMARY KEY (dataset, position)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }

    /// Makes `table` again with `old` in its schema text replaced by `new`: same columns in the same order, same
    /// rows, same indexes. Foreign keys are off while a migration runs and checked after it.
    static func rebuild(_ table: String, in db: Database, replacing old: String, with new: String) throws {
        let schema = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        guard let schema, schema.contains(old), let columns = schema.firstIndex(of: "(") else {
            throw DatabaseError(message: "the \(table) table's schema does not hold \(old)")
        }
        let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                                          arguments: [table])
        let copy = "\(table)_rebuilt"
        try db.execute(sql: "CREATE TABLE \(copy) " + schema[columns...].replacingOccurrences(of: old, with: new))
        try db.execute(sql: "INSERT INTO \(copy) SELECT * FROM \(table) ORDER BY rowid")
        try db.execute(sql: "DROP TABLE \(table)")
        try db.execute(sql: "ALTER TABLE \(copy) RENAME TO \(table)")
        for index in indexes { try db.execute(sql: index) }
    }

    /// The figure table's indexes as the migrations leave them. A first, bulk load drops them and builds them
    /// again after the rows are in (one sort each, instead of a B-tree insert per row); a test checks that
    /// this list matches what the migrations create.
    static let figureIndexes = [
        ("figure_natural_key", "CREATE UNIQUE INDEX figure_natural_key ON figure (dataset, source_id, indicator, reporter, partner, "
            + "direction, subject, period_start, period_end, IFNULL(compared_start, ''))"),
        ("figure_by_indicator", "CREATE INDEX figure_by_indicator ON figure (indicator, reporter, partner, period_start)"),
    ]
}
