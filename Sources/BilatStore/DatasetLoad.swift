import BilatCore
import Foundation
import GRDB

extension Store {
    /// Every dataset the store holds, as the CSV reader made it when it was ingested: the same values in the
    /// same order, with the same row locations, so analysis of the store finds what analysis of the files finds.
    ///
    /// Values are rebuilt from the normalised columns; no text a user wrote is parsed again. Datasets come in
    /// name order, rows in the order of the lines they were read from.
    public func datasets() throws -> [Dataset] {
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
            var read = StoredDatasetReader(datasets: datasets, index: index, paths: paths)
            try read.sources(db)
            try read.parties(db)
            try read.indicators(db)
            try read.figures(db)
            try read.events(db)
            try read.statuses(db)
            try read.accepted(db)
            return read.datasets
        }
    }
}

/// Fills datasets table by table; a value the store should never hold fails the read with what and where.
private struct StoredDatasetReader {
    var datasets: [Dataset]
    let index: [String: Int]
    let paths: [String: String]

    /// The dataset a row belongs to, and records where the row was read.
    private mutating func dataset(_ name: String, table: String, file: String, id: String, line: Int) throws -> Int {
        guard let i = index[name] else { throw StoredValueError.unknownDataset(name, table: table) }
        if line > 0 {
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
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, id, name, line FROM party ORDER BY dataset, line, id")
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "parties", file: "parties.csv", id: id, line: row[3])
            datasets[i].parties.append(Party(id: id, name: row[2]))
        }
    }

    mutating func indicators(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT dataset, id, name, description, unit_kind, line FROM indicator ORDER BY dataset, line, id")
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "indicators", file: "indicators.csv", id: id, line: row[5])
            let kind: Indicator.UnitKind = try StoredValueError.decode(row[4], "unit_kind", in: "indicator \(id)")
            datasets[i].indicators.append(Indicator(id: id, name: row[2], description: row[3], unitKind: kind))
        }
    }

    mutating func figures(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, indicator, reporter, partner, direction, subject, period_text, period_label, period_start, period_end,
                   period_granularity, period_approximate, period_window, compared_label, compared_start, compared_end, compared_window,
                   as_reported, value, unit, unit_kind, currency, scale, qualifier, is_change, is_estimated, significant_digits,
                   status, source_id, as_of_label, as_of_start, as_of_end, note, line
            FROM figure ORDER BY dataset, line, id
            """)
        var current: (name: String, index: Int)?
        while let row = try rows.next() {
            let name: String = row[0], id: String = row[1]
            let what = "figure \(id)"
            let i: Int
            if let current, current.name == name { i = current.index } else {
                guard let found = index[name] else { throw StoredValueError.unknownDataset(name, table: "figures") }
                i = found
                current = (name, found)
            }
            let line: Int = row[34]
            if line > 0 {
                let path = paths[name].map { $0.isEmpty ? "figures.csv" : "\($0)/figures.csv" } ?? "figures.csv"
                datasets[i].rowLocations["figures/\(id)"] = SourceLocation(path: path, line: line, column: 1)
            }
            let period = try StoredPeriod.make(start: row[9], end: row[10], granularity: try StoredValueError.decode(row[11], "period_granularity", in: what),
                                               approximate: row[12], window: row[13], in: what)
            let compared = try StoredPeriod.labelled(row[14], start: row[15], end: row[16], window: row[17] ?? false, in: what)
            let asOf = try StoredPeriod.labelled(row[30], start: row[31], end: row[32], in: what)
            let kind: UnitKind = try StoredValueError.decode(row[21], "unit_kind", in: what)
            let currencyText: String? = row[22]
            let currency: Currency? = try currencyText.map { try StoredValueError.decode($0, "currency", in: what) }
            let valueText: String = row[19]
            guard let value = Decimal(string: valueText, locale: Locale(identifier: "en_US_POSIX")) else {
                throw StoredValueError.unreadable(valueText, column: "value", in: what)
            }
            let statusText: String? = row[28]
            let quantity = Quantity(value: value, kind: kind, currency: currency, noun: kind == .count ? row[20] : nil, scale: row[23],
                                    qualifier: try StoredValueError.decode(row[24], "qualifier", in: what), isChange: row[25],
                                    isEstimated: row[26], significantDigits: row[27])
            datasets[i].figures.append(Figure(
                id: id, indicator: row[2], reporter: row[3], partner: row[4], direction: try StoredValueError.decode(row[5], "direction", in: what),
                subject: row[6], period: period, periodText: row[7], comparedWith: compared, asReported: row[18], quantity: quantity,
                status: try statusText.map { try StoredValueError.decode($0, "status", in: what) }, sourceID: row[29], asOf: asOf, note: row[33]))
        }
    }

    mutating func events(_ db: Database) throws {
        var sourceIDs: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT dataset, event_id, source_id FROM event_source ORDER BY dataset, event_id, position, source_id") {
            let dataset: String = row[0], event: String = row[1]
            sourceIDs["\(dataset)\u{1F}\(event)", default: []].append(row[2])
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, date_text, date_start, date_end, date_granularity, date_approximate, title, note, line
            FROM event ORDER BY dataset, line, id
            """)
        while let row = try rows.next() {
            let name: String = row[0], id: String = row[1]
            let i = try dataset(name, table: "events", file: "events.csv", id: id, line: row[9])
            let date = try StoredPeriod.make(start: row[3], end: row[4], granularity: try StoredValueError.decode(row[5], "date_granularity", in: "event \(id)"),
                                             approximate: row[6], window: false, in: "event \(id)")
            datasets[i].events.append(Event(id: id, date: date, dateText: row[2], title: row[7],
                                            sourceIDs: sourceIDs["\(name)\u{1F}\(id)"] ?? [], note: row[8]))
        }
    }

    mutating func statuses(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT dataset, id, subject, stage, as_of_label, as_of_start, as_of_end, source_id, note, line
            FROM deal_status ORDER BY dataset, line, id
            """)
        while let row = try rows.next() {
            let id: String = row[1]
            let i = try dataset(row[0], table: "statuses", file: "statuses.csv", id: id, line: row[9])
            guard let asOf = try StoredPeriod.labelled(row[4], start: row[5], end: row[6], in: "status \(id)") else {
                throw StoredValueError.unreadable("", column: "as_of", in: "status \(id)")
            }
            datasets[i].statuses.append(DealStatus(id: id, subject: row[2], stage: try StoredValueError.decode(row[3], "stage", in: "status \(id)"),
                                                   asOf: asOf, sourceID: row[7], note: row[8]))
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
}

/// Periods from their stored columns.
enum StoredPeriod {
    static func make(start: String, end: String, granularity: Period.Granularity, approximate: Bool, window: Bool,
                     in what: String) throws -> Period {
        guard let s = CalendarDate(iso: start) else { throw StoredValueError.unreadable(start, column: "start date", in: what) }
        guard let e = CalendarDate(iso: end) else { throw StoredValueError.unreadable(end, column: "end date", in: what) }
        return Period(start: s, end: e, granularity: granularity, isApproximate: approximate, isWindow: window)
    }

    /// A period stored as its label and bounds: the label is ``Period/label``, made from the granularity and
    /// whether the period is approximate, so both are read back from its shape (`~` first; `2021`, `2021-Q3`,
    /// `2021-02` or `2021-02-28` before any `/`). Nil when the label is.
    static func labelled(_ label: String?, start: String?, end: String?, window: Bool = false, in what: String) throws -> Period? {
        guard let label else { return nil }
        guard let start, let end else { throw StoredValueError.unreadable(label, column: "period bounds", in: what) }
        let approximate = label.hasPrefix("~")
        let first = label.drop { $0 == "~" }.prefix { $0 != "/" }
        let granularity: Period.Granularity
        if first.contains("Q") {
            granularity = .quarter
        } else {
            switch first.filter({ $0 == "-" }).count {
            case 0: granularity = .year
            case 1: granularity = .month
            case 2: granularity = .day
            default: throw StoredValueError.unreadable(label, column: "period label", in: what)
            }
        }
        let period = try make(start: start, end: end, granularity: granularity, approximate: approximate, window: window, in: what)
        guard period.label == label else { throw StoredValueError.unreadable(label, column: "period label", in: what) }
        return period
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
