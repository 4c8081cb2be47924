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

    struct Reader: RowChecking {
        let files: DatasetFiles
        var diagnostics: [Diagnostic] = []
        var tables: [String: CSVTable] = [:]
        var rowLocations: [String: SourceLocation] = [:]
        /// Where figures.csv comes from: `files`, or ``DatasetStream``, which hands over only its checked header
        /// (nil when the header cannot be used) and reads the rows itself.
        enum Figures { case inFiles, streamed(header: CSVTable.Shape?) }
        let figures: Figures

        init(files: DatasetFiles, figures: Figures = .inFiles) {
            self.files = files
            self.figures = figures
        }

        mutating func run() -> Dataset {
            for table in DatasetLayout.tables {
                if case .streamed(let header) = figures, table.name == DatasetLayout.figures.name {
                    if let header { tables[table.name] = CSVTable(path: header.path, header: header.header, rows: []) }
                    continue
                }
                let path = files.path(table.file)
                guard let bytes = files.contents[table.file] else {
                    error("missing file \(table.file)", at: SourceLocation(path: path, line: 1, column: 1),
                          accepted: "a CSV file with the columns \(table.columns.joined(separator: ","))")
                    continue
                }
                let (read, found) = CSVTable.read(bytes, path: path, required: table.required, optional: table.readable)
                diagnostics += found
                if let read { tables[table.name] = read }
            }
            for table in DatasetLayout.optionalTables {
                guard let bytes = files.contents[table.file] else { continue }
                let (read, found) = CSVTable.read(bytes, path: files.path(table.file), required: table.required, optional: table.readable)
                diagnostics += found
                if let read { tables[table.name] = read }
            }
            let headers = Dictionary(tables.map { ($0.key + ".csv", $0.value.header) }, uniquingKeysWith: { first, _ in first })
            let (title, descriptorDiagnostics) = DescriptorCheck.check(
                files.contents[DatasetLayout.descriptor], path: files.path(DatasetLayout.descriptor), headers: headers,
                dataset: files.name, present: files.present)
            diagnostics += descriptorDiagnostics

            let sources = readSources()
            let parties = readParties()
            let indicators = readIndicators()
            let figures = readFigures(sources: sources, parties: parties, indicators: indicators)
            let events = readEvents(sources: sources)
            let statuses = readStatuses(sources: sources)
            let accepted = readAccepted()
            let revisions = readRevisions(sources: sources)
            return Dataset(name: files.name, title: title, sources: sources, parties: parties,
                           indicators: indicators, figures: figures, events: events,
                           statuses: statuses, accepted: accepted, revisions: revisions, rowLocations: rowLocations)
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

        mutating func readSources() -> [Source] {
            var sources: [Source] = []
            for (id, row, path) in identifiedRows("sources") {
                let publisher = required(row, "publisher", path: path)
                let title = required(row, "title", path: path)
                let published = period(row, "published", path: path)
                let accessed = period(row, "accessed", path: path)
                let url = row["url"]
                if !url.isEmpty, !SourceURL.isWebAddress(url) {
                    error(SourceURL.problem(url), at: row.location("url", path: path), accepted: SourceURL.accepted)
                }
                let country = row["country"]
                if !country.isEmpty, !Party.isValidID(country) {
                    error("country '\(country)' is not an ISO 3166-1 alpha-3 code", at: row.location("country", path: path),
                          accepted: "empty, or the outlet's country such as AZE or PAK")
                }
                // A refused url already fails the read; the source is still kept, so its figures do not also fail.
                guard let publisher, let title else { continue }
                sources.append(Source(id: id, publisher: publisher, title: title, author: row["author"], url: url,
                                      published: published, publishedNote: row["published_note"], accessed: accessed,
                                      country: Party.isValidID(country) ? country : ""))
            }
            return sources
        }

        mutating func readParties() -> [Party] {
            identifiedRows("parties", idCheck: Party.isValidID, idForm: "an ISO 3166-1 alpha-3 code such as AZE or PAK")
                .compactMap { id, row, path in
                    let name = required(row, "name", path: path)
                    let startText = row["fiscal_year_start"]
                    let start = FiscalYearStart(text: startText)
                    if !startText.isEmpty && start == nil {
                        error("fiscal_year_start '\(startText)' is not a day of the year that starts one every year",
                              at: row.location("fiscal_year_start", path: path),
                              accepted: "empty (no fiscal year of its own), or " + FiscalYearStart.accepted + "; not 02-29")
                    }
                    guard let name, startText.isEmpty || start != nil else { return nil }
                    return Party(id: id, name: name, fiscalYearStart: start)
                }
        }

        /// The built-in indicators, with the dataset's own rows replacing those of the same id and adding the rest.
        mutating func readIndicators() -> [Indicator] {
            BuiltInIndicators.merged(with: readOwnIndicators())
        }

        mutating func readOwnIndicators() -> [Indicator] {
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
                if let builtIn = BuiltInIndicators.indicator(id), builtIn.unitKind != kind {
                    diagnostics.append(.warning(
                        "'\(id)' replaces the built-in indicator of that id, whose unit_kind is \(builtIn.unitKind.rawValue), "
                            + "not \(kind.rawValue)", at: row.location("unit_kind", path: path),
                        accepted: "unit_kind \(builtIn.unitKind.rawValue), or another id for a different measure"))
                }
                indicators.append(Indicator(id: id, name: name, description: description, unitKind: kind))
            }
            return indicators
        }

        mutating func readFigures(sources: [Source], parties: [Party], indicators: [Indicator]) -> [Figure] {
            guard let table = tables["figures"] else { return [] }
            var reader = FigureRowReader(sources: sources, parties: parties, indicators: indicators)
            var figures: [(figure: Figure, line: Int)] = []
            func keep(_ figure: Figure, line: Int) {
                rowLocations["figures/\(figure.id)"] = SourceLocation(path: table.path, line: line, column: 1)
                figures.append((figure, line))
            }
            for row in table.rows {
                if let figure = reader.read(row, path: table.path) { keep(figure, line: row.line) }
            }
            let settled = reader.needsSettling
            if settled {
                let lines = reader.linesToReread
                let earlier = Dictionary(table.rows.filter { lines.contains($0.line) }.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
                for (figure, line) in reader.settle(earlier: earlier, path: table.path) { keep(figure, line: line) }
            }
            diagnostics += reader.diagnostics
            // In the file's order, held-back rows in their place: the order the store gives them back in.
            if settled { figures.sort { $0.line < $1.line } }
            return figures.map(\.figure)
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
                events.append(Event(id: id, date: date, dateText: row["date"], title: title, sourceIDs: ids, note: row["note"],
                                    linkKey: row["key"]))
            }
            return events
        }

        mutating func readStatuses(sources: [Source]) -> [DealStatus] {
            let sourcesByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
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
                statuses.append(DealStatus(id: id, subject: subject, stage: stage, asOf: asOf, asOfGiven: !row["as_of"].isEmpty,
                                           sourceID: sourceID, note: row["note"], linkKey: row["key"]))
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

        /// revisions.csv, in its order; each row's location is kept under `revisions/N`, N its place in the file.
        mutating func readRevisions(sources: [Source]) -> [FigureRevision] {
            guard let table = tables["revisions"] else { return [] }
            let sourceIDs = Set(sources.map(\.id))
            let path = table.path
            var revisions: [FigureRevision] = []
            for (index, row) in table.rows.enumerated() {
                let figureID = required(row, "figure_id", path: path)
                let fieldText = row["field"]
                let field = FigureRevision.Field(rawValue: fieldText)
                if field == nil {
                    error(fieldText.isEmpty ? "empty field" : "field '\(fieldText)' is not a figure column bilat records revisions of",
                          at: row.location("field", path: path),
                          accepted: FigureRevision.Field.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let (before, after) = (row["before"], row["after"])
                if before == after {
                    error("before and after are both '\(before)': a revision changes its field", at: row.location("after", path: path),
                          accepted: "the cell as the earlier release had it in before, and as the later one has it in after")
                }
                let beforeSource = reference(row, "before_source", path: path, known: sourceIDs, what: "source")
                let afterSource = reference(row, "after_source", path: path, known: sourceIDs, what: "source")
                var file = required(row, "file", path: path)
                if let name = file, name.contains("/") || name.contains("\\") {
                    error("file '\(name)' is a path, not a file's name", at: row.location("file", path: path),
                          accepted: "the name of the imported file alone, e.g. TradeData_2021.csv")
                    file = nil
                }
                let lineText = row["line"]
                let digits = lineText.utf8.allSatisfy { (0x30...0x39).contains($0) }
                let line = digits ? Int(lineText).flatMap { $0 > 0 ? $0 : nil } : nil
                if line == nil {
                    error(lineText.isEmpty ? "empty line" : "line '\(lineText)' is not a line number", at: row.location("line", path: path),
                          accepted: "the line of the imported file the new value was read from, a whole number from 1")
                }
                let recorded = period(row, "recorded", path: path)
                if row["recorded"].isEmpty { _ = required(row, "recorded", path: path) }
                guard let figureID, let field, let beforeSource, let afterSource, let file, let line, let recorded, before != after
                else { continue }
                rowLocations["revisions/\(index + 1)"] = SourceLocation(path: path, line: row.line, column: 1)
                revisions.append(FigureRevision(figureID: figureID, field: field, before: before, after: after,
                                                beforeSource: beforeSource, afterSource: afterSource, file: file, line: line,
                                                recorded: recorded))
            }
            return revisions
        }
    }
}
