import BilatCore
import Foundation
import GRDB

extension Store {
    /// Every dataset the store holds, as the CSV reader made it when it was ingested: the same values in the
    /// same order, with the same row locations, so analysis of the store finds what analysis of the files finds.
    ///
    /// Values are rebuilt from the normalised columns; no text a user wrote is parsed again. Datasets come in
    /// name order, rows in the order of the lines they were read from.
    /// - Parameter rowLocations: whether to record each row's file and line (`Dataset.rowLocations`). Growth
    ///   names no rows' lines, and at a million figures their locations were a million keyed inserts.
    public func datasets(rowLocations: Bool = true) throws -> [Dataset] {
        try database.read { db in
            var datasets: [Dataset] = []
            var paths: [String: String] = [:]
            var index: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, title, display_path FROM dataset ORDER BY name") {
                let name: String = row[0]
                index[name] = datasets.count
                paths[name] = row[2]
                datasets.append(Dataset(name: name, title: row[1]))
            }
            var read = StoredDatasetReader(datasets: datasets, index: index, paths: paths, locations: rowLocations)
            try read.sources(db)
            try read.parties(db)
            try read.indicators(db)
            try read.figures(db)
            try read.events(db)
            try read.statuses(db)
            try read.accepted(db)
            try read.revisions(db)
            return read.datasets
        }
    }
}

/// Fills datasets table by table; a value the store should never hold fails the read with what and where.
private struct StoredDatasetReader {
    var datasets: [Dataset]
    let index: [String: Int]
    let paths: [String: String]
    /// Whether rows' locations are recorded.
    let locations: Bool

    /// The dataset a row belongs to, and records where the row was read.
    private mutating func dataset(_ name: String, table: String, file: String, id: String, line: Int) throws -> Int {
        guard let i = index[name] else { throw StoredValueError.unknownDataset(name, table: table) }
        if locations && line > 0 {
            let path = paths[name].map { $0.isEmpty ? file : "\($0)/\(file)" } ?? file
            datasets[i].rowLocations["\(table)/\(id)"] = SourceLocation(path: path, line: line, column: 1)
        }
        return i
    }

    mutating func sources(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, publisher, title, author, url, published_label, published_start, published_end, published_note,
                   accessed_label, accessed_start, accessed_end, line
            FROM source ORDER BY dataset, line, id
            """)
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "sources", file: "sources.csv", id: id, line: row[13])
            let published = try StoredPeriod.labelled(row[6], start: row[7], end: row[8], in: "source \(id)")
            let accessed = try StoredPeriod.labelled(row[10], start: row[11], end: row[12], in: "source \(id)")
            datasets[i].sources.append(Source(id: id, publisher: row[2], title: row[3], author: row[4], url: row[5],
                                              published: published, publishedNote: row[9], accessed: accessed))
        }
    }

    mutating func parties(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, id, name, line, fiscal_year_start FROM party ORDER BY dataset, line, id")
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "parties", file: "parties.csv", id: id, line: row[3])
            var start: FiscalYearStart?
            if let text: String = row[4] {
                guard let read = FiscalYearStart(text: text) else {
                    throw StoredValueError.unreadable(text, column: "fiscal_year_start", in: "party \(id)")
                }
                start = read
            }
            datasets[i].parties.append(Party(id: id, name: row[2], fiscalYearStart: start))
        }
    }

    /// In id order, as the dataset reader gives them (built-in and own indicators merged).
    mutating func indicators(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, id, name, description, unit_kind, line FROM indicator ORDER BY dataset, id")
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "indicators", file: "indicators.csv", id: id, line: row[5])
            let kind: Indicator.UnitKind = try StoredValueError.decode(row[4], "unit_kind", in: "indicator \(id)")
            datasets[i].indicators.append(Indicator(id: id, name: row[2], description: row[3], unitKind: kind))
        }
    }

    /// Figures are most of a store, so their rows are read through SQLite's C API (``StoredColumnReader``): no
    /// GRDB row and no boxed value per column. At 100,000 figures that took the load from 2.8 s to under a second.
    mutating func figures(_ db: Database) throws {
        let statement = try db.makeStatement(sql: """
            SELECT dataset, id, indicator, reporter, partner, direction, subject, period_text, period_label, period_start, period_end,
                   period_granularity, period_approximate, period_window, compared_label, compared_start, compared_end, compared_window,
                   as_reported, value, unit, unit_kind, currency, scale, qualifier, is_change, is_estimated, significant_digits,
                   status, source_id, as_of_label, as_of_start, as_of_end, note, line, value_high, level_at_date, share_of, link_key
            FROM figure
            """)
        // In the table's own order, and put in line order here if need be: ORDER BY line made SQLite sort every
        // row with all its columns, and a first load stores the rows in line order already.
        var lines = [[Int]](repeating: [], count: datasets.count)
        // Room for every figure and its location at once, instead of growing (and rehashing) a million times.
        for row in try Row.fetchAll(db, sql: "SELECT dataset, COUNT(*) FROM figure GROUP BY dataset") {
            guard let i = index[row[0] as String] else { continue }
            let count: Int = row[1]
            datasets[i].figures.reserveCapacity(count)
            if locations { datasets[i].rowLocations.reserveCapacity(datasets[i].rowLocations.count + count) }
            lines[i].reserveCapacity(count)
        }
        defer { sortByLine(lines) }
        var row = StoredColumnReader(statement)
        var current: (name: String, index: Int, path: String)?
        while try row.step(db) {
            let name = row.text(0), id = row.text(1)
            let what = "figure \(id)"
            if current?.name != name {
                guard let found = index[name] else { throw StoredValueError.unknownDataset(name, table: "figures") }
                current = (name, found, paths[name].map { $0.isEmpty ? "figures.csv" : "\($0)/figures.csv" } ?? "figures.csv")
            }
            guard let (_, i, path) = current else { continue }
            let line = row.int(34)
            lines[i].append(line)
            if locations && line > 0 { datasets[i].rowLocations["figures/\(id)"] = SourceLocation(path: path, line: line, column: 1) }
            // An open start has no column of its own: its label says so (`../2024-03`, ``Period/label``).
            let period = Period(start: try row.date(9, in: what), end: try row.date(10, in: what),
                                granularity: try StoredValueError.decode(row.text(11), "period_granularity", in: what),
                                isApproximate: row.bool(12), isWindow: row.bool(13),
                                isOpenStart: StoredPeriod.isOpenStart(row.text(8)))
            var compared: Period?
            if let label = row.optionalText(14) {
                compared = try StoredPeriod.labelled(label, start: try row.date(15, in: what), end: try row.date(16, in: what),
                                                     window: row.bool(17), in: what)
            }
            var asOf: Period?
            if let label = row.optionalText(30) {
                asOf = try StoredPeriod.labelled(label, start: try row.date(31, in: what), end: try row.date(32, in: what), in: what)
            }
            let kind: UnitKind = try StoredValueError.decode(row.text(21), "unit_kind", in: what)
            let currency: Currency? = try row.optionalText(22).map { try StoredValueError.decode($0, "currency", in: what) }
            let valueText = row.text(19)
            guard let value = StoredDecimal.parse(valueText) else { throw StoredValueError.unreadable(valueText, column: "value", in: what) }
            var high: Decimal?
            if let highText = row.optionalText(35) {
                guard let parsed = StoredDecimal.parse(highText) else { throw StoredValueError.unreadable(highText, column: "value_high", in: what) }
                high = parsed
            }
            let quantity = Quantity(value: value, kind: kind, currency: currency, noun: kind == .count ? row.text(20) : nil, scale: row.int(23),
                                    qualifier: try StoredValueError.decode(row.text(24), "qualifier", in: what), isChange: row.bool(25),
                                    isEstimated: row.bool(26), significantDigits: row.int(27), high: high, isLevelAtDate: row.bool(36),
                                    shareOf: row.optionalText(37))
            datasets[i].figures.append(Figure(
                id: id, indicator: row.text(2), reporter: row.text(3), partner: row.text(4),
                direction: try StoredValueError.decode(row.text(5), "direction", in: what), subject: row.text(6), period: period,
                periodText: row.text(7), comparedWith: compared, asReported: row.text(18), quantity: quantity,
                status: try row.optionalText(28).map { try StoredValueError.decode($0, "status", in: what) }, sourceID: row.text(29),
                asOf: asOf, note: row.text(33), linkKey: row.text(38)))
        }
    }

    /// Puts each dataset's figures in the order of their lines (their ids, for rows with none).
    private mutating func sortByLine(_ lines: [[Int]]) {
        for (i, lines) in lines.enumerated() where lines.count == datasets[i].figures.count {
            let figures = datasets[i].figures
            let inOrder = zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }
            if inOrder { continue }
            let order = lines.indices.sorted { (lines[$0], figures[$0].id) < (lines[$1], figures[$1].id) }
            datasets[i].figures = order.map { figures[$0] }
        }
    }

    mutating func events(_ db: Database) throws {
        var sourceIDs: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT dataset, event_id, source_id FROM event_source ORDER BY dataset, event_id, position, source_id") {
            let dataset: String = row[0], event: String = row[1]
            sourceIDs["\(dataset)\u{1F}\(event)", default: []].append(row[2])
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, date_text, date_start, date_end, date_granularity, date_approximate, title, note, line, link_key
            FROM event ORDER BY dataset, line, id
            """)
        while let row = try rows.next() {
            let name: String = row[0], id: String = row[1]
            let i = try dataset(name, table: "events", file: "events.csv", id: id, line: row[9])
            let date = try StoredPeriod.make(start: row[3], end: row[4], granularity: try StoredValueError.decode(row[5], "date_granularity", in: "event \(id)"),
                                             approximate: row[6], window: false, in: "event \(id)")
            datasets[i].events.append(Event(id: id, date: date, dateText: row[2], title: row[7],
                                            sourceIDs: sourceIDs["\(name)\u{1F}\(id)"] ?? [], note: row[8], linkKey: row[10]))
        }
    }

    mutating func statuses(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, subject, stage, as_of_label, as_of_start, as_of_end, source_id, note, line, link_key, as_of_given
            FROM deal_status ORDER BY dataset, line, id
            """)
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "statuses", file: "statuses.csv", id: id, line: row[9])
            guard let asOf = try StoredPeriod.labelled(row[4], start: row[5], end: row[6], in: "status \(id)") else {
                throw StoredValueError.unreadable("", column: "as_of", in: "status \(id)")
            }
            datasets[i].statuses.append(DealStatus(id: id, subject: row[2], stage: try StoredValueError.decode(row[3], "stage", in: "status \(id)"),
                                                   asOf: asOf, asOfGiven: row[11], sourceID: row[7], note: row[8],
                                                   linkKey: row[10]))
        }
    }

    mutating func accepted(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, finding, reason, line FROM accepted_finding ORDER BY dataset, line, finding")
        while let row = try rows.next() {
            let finding: String = row[1]
            let i = try dataset(row[0], table: "accepted", file: "accepted.csv", id: finding, line: row[3])
            datasets[i].accepted.append(AcceptedFinding(findingID: finding, reason: row[2]))
        }
    }

    mutating func revisions(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, position, figure_id, field, before_text, after_text, before_source, after_source, file, file_line,
                   recorded_label, recorded_start, recorded_end, line
            FROM figure_revision ORDER BY dataset, position
            """)
        while let row = try rows.next() {
            let position: Int = row[1], figure: String = row[2]
            let what = "revision \(position) of figure \(figure)"
            let i = try dataset(row[0], table: "revisions", file: "revisions.csv", id: String(position), line: row[13])
            guard let recorded = try StoredPeriod.labelled(row[10], start: row[11], end: row[12], in: what) else {
                throw StoredValueError.unreadable("", column: "recorded", in: what)
            }
            datasets[i].revisions.append(FigureRevision(
                figureID: figure, field: try StoredValueError.decode(row[3], "field", in: what), before: row[4], after: row[5],
                beforeSource: row[6], afterSource: row[7], file: row[8], line: row[9], recorded: recorded))
        }
    }
}

/// Periods from their stored columns.
enum StoredPeriod {
    static func make(start: String, end: String, granularity: Period.Granularity, approximate: Bool, window: Bool,
                     in what: String) throws -> Period {
        guard let s = CalendarDate(iso: start) else { throw StoredValueError.unreadable(start, column: "start date", in: what) }
        guard let e = CalendarDate(iso: end) else { throw StoredValueError.unreadable(end, column: "end date", in: what) }
        return Period(start: s, end: e, granularity: granularity, isApproximate: approximate, isWindow: window)
    }

    static func labelled(_ label: String, start: CalendarDate, end: CalendarDate, window: Bool = false, in what: String) throws -> Period {
        let (granularity, approximate) = try shape(of: label, in: what)
        let period = Period(start: start, end: end, granularity: granularity, isApproximate: approximate, isWindow: window,
                            isOpenStart: isOpenStart(label))
        guard period.label == label else { throw StoredValueError.unreadable(label, column: "period label", in: what) }
        return period
    }

    /// A period stored as its label and bounds: the label is ``Period/label``, made from the granularity and
    /// whether the period is approximate, so both are read back from its shape (`~` first; `2021`, `2021-Q3`,
    /// `2021-02`, `2021-02-28` or `FY…` before any `/`). Nil when the label is.
    static func labelled(_ label: String?, start: String?, end: String?, window: Bool = false, in what: String) throws -> Period? {
        guard let label else { return nil }
        guard let start, let end else { throw StoredValueError.unreadable(label, column: "period bounds", in: what) }
        guard let s = CalendarDate(iso: start) else { throw StoredValueError.unreadable(start, column: "start date", in: what) }
        guard let e = CalendarDate(iso: end) else { throw StoredValueError.unreadable(end, column: "end date", in: what) }
        return try labelled(label, start: s, end: e, window: window, in: what)
    }

    /// `../2024-03`, `~../2024`: a total to a date with no start.
    static func isOpenStart(_ label: String) -> Bool { label.drop { $0 == "~" }.hasPrefix("../") }

    /// The granularity and approximation a label was made with.
    static func shape(of label: String, in what: String) throws -> (Period.Granularity, approximate: Bool) {
        let approximate = label.hasPrefix("~")
        var body = label.drop { $0 == "~" }
        if body.hasPrefix("../") { body = body.dropFirst(3) }
        let first = body.prefix { $0 != "/" }
        if first.hasPrefix("FY") { return (.year, approximate) }   // a fiscal year, FY2020-07/2021-06
        if first.contains("Q") { return (.quarter, approximate) }
        switch first.filter({ $0 == "-" }).count {
        case 0: return (.year, approximate)
        case 1: return (.month, approximate)
        case 2: return (.day, approximate)
        default: throw StoredValueError.unreadable(label, column: "period label", in: what)
        }
    }
}

/// A stored value bilat would never have written: the file was changed by something else.
enum StoredValueError: Error, CustomStringConvertible {
    case unknownDataset(String, table: String)
    case unreadable(String, column: String, in: String)

    static func decode<Value: RawRepresentable<String>>(_ text: String, _ column: String, in what: String) throws -> Value {
        guard let value = Value(rawValue: text) else { throw unreadable(text, column: column, in: what) }
        return value
    }

    var description: String {
        switch self {
        case let .unknownDataset(name, table):
            return "the store's \(table) name a dataset '\(name)' it does not hold; run `bilat ingest` to rebuild it"
        case let .unreadable(text, column, what):
            return "the store's \(what) has \(column) '\(text)', which bilat does not write; run `bilat ingest` to rebuild it"
        }
    }
}
