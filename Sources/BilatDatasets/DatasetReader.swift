import BilatCore
import Foundation

/// Reads a dataset folder's files into a validated, normalised ``Dataset``.
///
/// Every problem in every file is collected, located, and returned together; the dataset is
/// returned only when there are no errors, so nothing half-read ever reaches the store.
public enum DatasetReader {
    public static func read(_ files: DatasetFiles) -> (dataset: Dataset?, diagnostics: [Diagnostic]) {
        var reader = Reader(files: files)
        let dataset = reader.run()
        let diagnostics = reader.diagnostics.sortedByLocation()
        return (diagnostics.hasErrors ? nil : dataset, diagnostics)
    }

    struct Reader {
        let files: DatasetFiles
        var diagnostics: [Diagnostic] = []
        var tables: [String: CSVTable] = [:]
        var rowLocations: [String: SourceLocation] = [:]

        init(files: DatasetFiles) { self.files = files }

        mutating func error(_ message: String, at location: SourceLocation, accepted: String? = nil) {
            diagnostics.append(.error(message, at: location, accepted: accepted))
        }

        mutating func run() -> Dataset {
            for table in DatasetLayout.tables {
                let path = files.path(table.file)
                guard let bytes = files.contents[table.file] else {
                    error("missing file \(table.file)", at: SourceLocation(path: path, line: 1, column: 1),
                          accepted: "a CSV file with the columns \(table.columns.joined(separator: ","))")
                    continue
                }
                let (read, found) = CSVTable.read(bytes, path: path, required: table.required, optional: table.optional)
                diagnostics += found
                if let read { tables[table.name] = read }
            }
            for table in DatasetLayout.optionalTables {
                guard let bytes = files.contents[table.file] else { continue }
                let (read, found) = CSVTable.read(bytes, path: files.path(table.file), required: table.required, optional: table.optional)
                diagnostics += found
                if let read { tables[table.name] = read }
            }
            let headers = Dictionary(uniqueKeysWithValues: tables.map { ($0.key + ".csv", $0.value.header) })
            let (title, descriptorDiagnostics) = DescriptorCheck.check(
                files.contents[DatasetLayout.descriptor], path: files.path(DatasetLayout.descriptor), headers: headers)
            diagnostics += descriptorDiagnostics

            let sources = readSources()
            let parties = readParties()
            let indicators = readIndicators()
            let figures = readFigures(sources: sources, parties: parties, indicators: indicators)
            let events = readEvents(sources: sources)
            let statuses = readStatuses(sources: sources)
            let accepted = readAccepted()
            return Dataset(name: files.name, title: title, sources: sources, parties: parties,
                           indicators: indicators, figures: figures, events: events,
                           statuses: statuses, accepted: accepted, rowLocations: rowLocations)
        }

        /// Rows with a present, unique `id`; duplicates and blanks are reported once each.
        mutating func identifiedRows(_ name: String, idCheck: (String) -> Bool = { _ in true }, idForm: String = "") -> [(id: String, row: CSVTable.Row, path: String)] {
            guard let table = tables[name] else { return [] }
            var firstLine: [String: Int] = [:]
            var rows: [(String, CSVTable.Row, String)] = []
            for row in table.rows {
                let id = row["id"]
                let at = row.location("id", path: table.path)
                if id.isEmpty { error("empty id", at: at, accepted: "a unique id for every row"); continue }
                if !idCheck(id) { error("id '\(id)' is not \(idForm)", at: at, accepted: idForm); continue }
                if let line = firstLine[id] {
                    error("duplicate id '\(id)' (first used on line \(line))", at: at, accepted: "an id not used by another row of \(table.path)")
                    continue
                }
                firstLine[id] = row.line
                rowLocations["\(name)/\(id)"] = SourceLocation(path: table.path, line: row.line, column: 1)
                rows.append((id, row, table.path))
            }
            return rows
        }

        mutating func required(_ row: CSVTable.Row, _ column: String, path: String) -> String? {
            let value = row[column]
            if value.isEmpty {
                error("empty \(column)", at: row.location(column, path: path), accepted: "a value in every row's \(column) cell")
                return nil
            }
            return value
        }

        mutating func period(_ row: CSVTable.Row, _ column: String, path: String, reference: Period? = nil) -> Period? {
            let text = row[column]
            guard !text.isEmpty else { return nil }
            do {
                return try PeriodReader.parse(text, reference: reference)
            } catch {
                diagnostics.append(error.located(at: row.location(column, path: path)))
                return nil
            }
        }

        mutating func readSources() -> [Source] {
            var sources: [Source] = []
            for (id, row, path) in identifiedRows("sources") {
                let publisher = required(row, "publisher", path: path)
                let title = required(row, "title", path: path)
                let published = period(row, "published", path: path)
                let accessed = period(row, "accessed", path: path)
                guard let publisher, let title else { continue }
                sources.append(Source(id: id, publisher: publisher, title: title, author: row["author"], url: row["url"],
                                      published: published, publishedNote: row["published_note"], accessed: accessed))
            }
            return sources
        }

        mutating func readParties() -> [Party] {
            identifiedRows("parties", idCheck: Party.isValidID, idForm: "an ISO 3166-1 alpha-3 code such as AZE or PAK")
                .compactMap { id, row, path in required(row, "name", path: path).map { Party(id: id, name: $0) } }
        }

        mutating func readIndicators() -> [Indicator] {
            var indicators: [Indicator] = []
            for (id, row, path) in identifiedRows("indicators", idCheck: Indicator.isValidID, idForm: "snake_case, e.g. trade_turnover") {
                let name = required(row, "name", path: path)
                let description = required(row, "description", path: path)
                let kindText = row["unit_kind"]
                let kind = Indicator.UnitKind(rawValue: kindText)
                if kind == nil {
                    error("unit_kind '\(kindText)' is not known", at: row.location("unit_kind", path: path),
                          accepted: Indicator.UnitKind.allCases.map(\.rawValue).joined(separator: " or "))
                }
                guard let name, let description, let kind else { continue }
                indicators.append(Indicator(id: id, name: name, description: description, unitKind: kind))
            }
            return indicators
        }

        /// A reference to another table: must name one of `known`.
        mutating func reference(_ row: CSVTable.Row, _ column: String, path: String, known: Set<String>, what: String) -> String? {
            guard let value = required(row, column, path: path) else { return nil }
            guard known.contains(value) else {
                error("unknown \(what) '\(value)'", at: row.location(column, path: path),
                      accepted: "one of \(known.sorted().prefix(12).joined(separator: ", "))\(known.count > 12 ? ", …" : "")")
                return nil
            }
            return value
        }

        mutating func readFigures(sources: [Source], parties: [Party], indicators: [Indicator]) -> [Figure] {
            let sourcesByID = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
            let indicatorsByID = Dictionary(uniqueKeysWithValues: indicators.map { ($0.id, $0) })
            let partyIDs = Set(parties.map(\.id))
            let indicatorIDs = Set(indicatorsByID.keys), sourceIDs = Set(sourcesByID.keys)
            // A second row for the same thing from the same source is a typing slip, not a second figure.
            var naturalKeys: [String: Int] = [:]
            var figures: [Figure] = []

            for (id, row, path) in identifiedRows("figures") {
                let at = { (column: String) in row.location(column, path: path) }
                let indicatorID = reference(row, "indicator", path: path, known: indicatorIDs, what: "indicator")
                let reporter = reference(row, "reporter", path: path, known: partyIDs, what: "party")
                let partner = reference(row, "partner", path: path, known: partyIDs, what: "party")
                let sourceID = reference(row, "source_id", path: path, known: sourceIDs, what: "source")
                if let reporter, reporter == partner {
                    error("reporter and partner are both \(reporter)", at: at("partner"), accepted: "two different parties")
                }

                let directionText = row["direction"]
                let direction = Direction(rawValue: directionText)
                if direction == nil {
                    error(directionText.isEmpty ? "empty direction" : "direction '\(directionText)' is not known", at: at("direction"),
                          accepted: Direction.allCases.map(\.rawValue).joined(separator: ", "))
                }

                let statusText = row["status"]
                var status = FigureStatus(rawValue: statusText)
                if !statusText.isEmpty && status == nil {
                    error("status '\(statusText)' is not known", at: at("status"),
                          accepted: "empty, or " + FigureStatus.allCases.map(\.rawValue).joined(separator: ", "))
                }

                let asOf = period(row, "as_of", path: path)
                let reference = asOf ?? sourceID.flatMap { sourcesByID[$0]?.published }
                let periodText = row["period"]
                let period = periodText.isEmpty ? nil : self.period(row, "period", path: path, reference: reference)
                if periodText.isEmpty { _ = required(row, "period", path: path) }
                let comparedWith = self.period(row, "compared_with", path: path, reference: reference)

                var quantity: Quantity?
                if let asReported = required(row, "as_reported", path: path) {
                    switch QuantityReader.read(asReported) {
                    case .success(let q): quantity = q
                    case .failure(let d): diagnostics.append(d.located(at: at("as_reported")))
                    }
                }

                if var q = quantity {
                    // The unit column names what a bare count counts; it may not contradict the text.
                    let unit = row["unit"]
                    if q.kind == .count {
                        if let noun = q.noun, !unit.isEmpty, noun.lowercased() != unit.lowercased() {
                            error("unit '\(unit)' disagrees with '\(noun)' in as_reported", at: at("unit"),
                                  accepted: "an empty unit, or the same noun")
                        } else if q.noun == nil {
                            if unit.isEmpty {
                                error("the count '\(row["as_reported"])' does not say what it counts", at: at("unit"),
                                      accepted: "a plural noun in the unit column, e.g. officers, documents")
                            } else {
                                q.noun = unit
                            }
                        }
                    } else if !unit.isEmpty && unit != q.unit {
                        error("unit '\(unit)' disagrees with '\(q.unit)' read from as_reported", at: at("unit"),
                              accepted: "an empty unit for money and percentages")
                    }
                    if let indicatorID, let indicator = indicatorsByID[indicatorID] {
                        checkKind(q, indicator: indicator, comparedWith: comparedWith, row: row, path: path)
                    }
                    if status == nil && q.isEstimated { status = .estimated }
                    quantity = q
                }
                if let period, let comparedWith, comparedWith.start >= period.start {
                    error("compared_with \(comparedWith.label) does not come before the period \(period.label)", at: at("compared_with"),
                          accepted: "an earlier period, e.g. 2016 for a change over 2017")
                }

                guard let indicatorID, let reporter, let partner, let sourceID, let direction, let period, let quantity else { continue }
                let figure = Figure(id: id, indicator: indicatorID, reporter: reporter, partner: partner, direction: direction,
                                    subject: row["subject"], period: period, periodText: periodText, comparedWith: comparedWith,
                                    asReported: row["as_reported"], quantity: quantity, status: status, sourceID: sourceID,
                                    asOf: asOf, note: row["note"])
                let key = [indicatorID, reporter, partner, direction.rawValue, figure.subject.lowercased(), period.label,
                           comparedWith?.label ?? "", sourceID].joined(separator: "\u{1F}")
                if let line = naturalKeys[key] {
                    error("the same figure as line \(line): same indicator, parties, direction, subject, period and source",
                          at: at("id"), accepted: "one row per figure; tell figures apart by subject or period")
                    continue
                }
                naturalKeys[key] = row.line
                figures.append(figure)
            }
            return figures
        }

        mutating func checkKind(_ q: Quantity, indicator: Indicator, comparedWith: Period?, row: CSVTable.Row, path: String) {
            let at = row.location("as_reported", path: path)
            if comparedWith != nil {
                if q.kind != .percent {
                    error("a figure with compared_with is a stated change and must be a percentage, not '\(row["as_reported"])'",
                          at: at, accepted: "e.g. 26.55% increase, a 5% drop")
                }
                return
            }
            switch (q.kind, indicator.unitKind) {
            case (.percent, _):
                error("a percentage needs compared_with, the period it is measured against", at: row.location("compared_with", path: path),
                      accepted: "a period such as 2016 or January–September 2017")
            case (.money, .count):
                error("\(indicator.id) counts things, but '\(row["as_reported"])' is an amount of money", at: at,
                      accepted: "a count such as 100 or over a hundred")
            case (.count, .money):
                error("\(indicator.id) is measured in money, but '\(row["as_reported"])' has no currency", at: at,
                      accepted: "an amount such as $11.7 million or 2,000,000 USD")
            default:
                break
            }
        }

        mutating func readEvents(sources: [Source]) -> [Event] {
            let sourceIDs = Set(sources.map(\.id))
            var events: [Event] = []
            for (id, row, path) in identifiedRows("events") {
                let date = row["date"].isEmpty ? nil : period(row, "date", path: path)
                if row["date"].isEmpty { _ = required(row, "date", path: path) }
                let title = required(row, "title", path: path)
                var ids: [String] = []
                var unknown = false
                let list = row["source_ids"]
                for part in list.split(separator: ";", omittingEmptySubsequences: false) {
                    let sourceID = part.trimmingCharacters(in: .whitespaces)
                    if sourceID.isEmpty || !sourceIDs.contains(sourceID) {
                        unknown = true
                        error(sourceID.isEmpty ? "empty source id in source_ids" : "unknown source '\(sourceID)'",
                              at: row.location("source_ids", path: path),
                              accepted: "source ids separated by ';', from \(sourceIDs.sorted().prefix(8).joined(separator: ", "))")
                    } else if !ids.contains(sourceID) {
                        ids.append(sourceID)
                    }
                }
                guard let date, let title, !unknown, !ids.isEmpty else { continue }
                events.append(Event(id: id, date: date, dateText: row["date"], title: title, sourceIDs: ids, note: row["note"]))
            }
            return events
        }

        mutating func readStatuses(sources: [Source]) -> [DealStatus] {
            let sourcesByID = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
            var statuses: [DealStatus] = []
            for (id, row, path) in identifiedRows("statuses") {
                let subject = required(row, "subject", path: path)
                let stageText = row["status"]
                let stage = DealStage(rawValue: stageText)
                if stage == nil {
                    error(stageText.isEmpty ? "empty status" : "status '\(stageText)' is not known", at: row.location("status", path: path),
                          accepted: DealStage.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let sourceID = reference(row, "source_id", path: path, known: Set(sourcesByID.keys), what: "source")
                var asOf = period(row, "as_of", path: path)
                if row["as_of"].isEmpty, let sourceID {
                    asOf = sourcesByID[sourceID]?.published
                    if asOf == nil {
                        error("no date for this status: the source is undated", at: row.location("as_of", path: path),
                              accepted: "an as_of date, e.g. 2022-02")
                    }
                }
                guard let subject, let stage, let sourceID, let asOf else { continue }
                statuses.append(DealStatus(id: id, subject: subject, stage: stage, asOf: asOf, sourceID: sourceID, note: row["note"]))
            }
            return statuses
        }

        mutating func readAccepted() -> [AcceptedFinding] {
            guard let table = tables["accepted"] else { return [] }
            var accepted: [AcceptedFinding] = []
            var seen: [String: Int] = [:]
            for row in table.rows {
                guard let finding = required(row, "finding", path: table.path), let reason = required(row, "reason", path: table.path) else { continue }
                if let line = seen[finding] {
                    error("finding '\(finding)' is accepted twice (first on line \(line))", at: row.location("finding", path: table.path),
                          accepted: "one row per finding")
                    continue
                }
                seen[finding] = row.line
                rowLocations["accepted/\(finding)"] = SourceLocation(path: table.path, line: row.line, column: 1)
                accepted.append(AcceptedFinding(findingID: finding, reason: reason))
            }
            return accepted
        }
    }
}
