import BilatCore
import BilatDatasets
import Foundation

/// The write half of every importer: rows (cells by column name) merged by id into a dataset folder's tables in
/// one step. The whole dataset is read again with them first; on any error nothing is written.
public struct DatasetImport {
    /// Rows an importer made, per table; only non-empty tables are merged.
    public struct Rows: Sendable {
        public var sources: [[String: String]] = []
        public var parties: [[String: String]] = []
        public var indicators: [[String: String]] = []
        public var figures: [[String: String]] = []
        public var events: [[String: String]] = []
        public var statuses: [[String: String]] = []
        /// Where each row of `figures` was read (parallel to it; shorter when not known), for revisions.csv.
        public var figureOrigins: [RevisionRows.Origin] = []

        public init() {}
    }

    public struct Counts: Sendable, Equatable {
        public var added = 0, changed = 0, unchanged = 0
        public init(added: Int = 0, changed: Int = 0, unchanged: Int = 0) {
            (self.added, self.changed, self.unchanged) = (added, changed, unchanged)
        }
    }

    /// Counts per table name (only tables that had rows), and the files written.
    public struct Outcome: Sendable {
        public var counts: [(table: String, counts: Counts)] = []
        public var written: [String] = []
        /// The rows added to revisions.csv (cells by column): one per figure and revised field.
        public var revisions: [[String: String]] = []
        /// True when the merged figures.csv was not read again: a first import's rows were checked across rows
        /// as they were merged (``checkFirstRows(_:_:header:check:)``).
        public internal(set) var checkedAsMerged = false

        public func counts(_ table: DatasetLayout.Table) -> Counts {
            counts.first { $0.table == table.name }?.counts ?? Counts()
        }

        /// A note per revised figure and field, the first `limit` of them, then how many more: what a newer
        /// release changed, for standard error (revisions.csv keeps them all).
        public func revisionNotes(dataset: String, limit: Int = 10) -> [String] {
            var notes = revisions.prefix(limit).map { r in
                let source = r["before_source"] == r["after_source"] ? "" : " (source \(r["before_source"] ?? "") → \(r["after_source"] ?? ""))"
                let shown = { (cell: String?) in (cell ?? "").isEmpty ? "(none)" : cell ?? "" }
                return "\(r["file"] ?? ""):\(r["line"] ?? ""): note: revised \(r["figure_id"] ?? "") \(r["field"] ?? ""): "
                    + "\(shown(r["before"])) → \(shown(r["after"]))\(source)"
            }
            if revisions.count > limit {
                notes.append("note: \(revisions.count - limit) more revision\(revisions.count - limit == 1 ? "" : "s"); "
                             + "all are in \(DatasetFolders.join(dataset, DatasetLayout.revisions.file))")
            }
            return notes
        }

        /// "sources   1 added, 0 changed, 0 unchanged" lines, then what was written.
        public func summary(dataset: String) -> String {
            let lines = counts.map { entry in
                "\(entry.table.padding(toLength: 10, withPad: " ", startingAt: 0))\(entry.counts.added) added, \(entry.counts.changed) changed, \(entry.counts.unchanged) unchanged"
            }
            return (lines + [written.isEmpty ? "\(dataset) is unchanged" : "wrote " + written.joined(separator: ", ")])
                .joined(separator: "\n")
        }
    }

    public let dataset: String
    public let files: DatasetFiles
    /// The dataset as it is, read and valid, without its figures: figures.csv is streamed and checked, never
    /// held (a dataset of a million figures would not fit the memory an import may take).
    public let current: Dataset
    /// figures.csv's column order (its own header, or bilat's for a new file): new figure rows are written so.
    public let figureHeader: [String]

    var figuresPath: String { DatasetFolders.join(dataset, DatasetLayout.figures.file) }

    /// Loads and checks the dataset folder; a dataset with errors is refused before anything is read.
    public init(dataset: String) throws(DiagnosticsError) {
        let files = try DatasetFolders.load(dataset, leaving: [DatasetLayout.figures.file])
        let figuresPath = DatasetFolders.join(dataset, DatasetLayout.figures.file)
        let (read, diagnostics) = Self.check(files, figures: figuresPath)
        guard let read, !diagnostics.hasErrors else {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "fix the dataset first; nothing was imported")])
        }
        self.dataset = dataset
        self.files = files
        self.current = read
        figureHeader = FigureMerge.header(of: figuresPath) ?? DatasetLayout.newHeader(DatasetLayout.figures)
    }

    /// Reads and checks a dataset whose figures.csv is the file at `figures`, streamed: every table, every row.
    /// Rows `checked` names (by line) were checked on their own as they were made; see ``DatasetStream/checkedBeforehand``.
    static func check(_ files: DatasetFiles, figures: String,
                      checked: (reader: FigureRowReader, key: (Int) -> Int?)? = nil) -> (dataset: Dataset?, diagnostics: [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: figures) else {
            var whole = files
            whole.contents.removeValue(forKey: DatasetLayout.figures.file)
            return DatasetReader.read(whole)
        }
        do {
            // In two stages, as an ingest reads: a second thread parses the pieces of figures.csv into records
            // while this one checks them (a piece ahead at most: checking is the slower half, and memory stays bounded).
            var result: (dataset: Dataset?, diagnostics: [Diagnostic]) = (nil, [])
            try Handoff<ParsedPiece>.pull(capacity: 1, batchSize: 1, produce: { emit in
                var chunks = try FileChunks(path: figures)
                try ParsedPiece.read(&chunks, of: files, emit)
            }) { next in
                try withoutActuallyEscaping(next) { next in
                    var stream = try DatasetStream(files: files, figures: try FileChunks(path: figures), parsed: next)
                    stream.checkedBeforehand = checked
                    try stream.streamFigures(reread: { try FileChunks(path: figures) }) { _, _ in }
                    let diagnostics = stream.diagnostics.error.diagnostics
                    result = (diagnostics.hasErrors ? nil : stream.dataset, diagnostics)
                }
            }
            return result
        } catch let error as DiagnosticsError {
            return (nil, error.diagnostics)
        } catch {
            return (nil, [.error("cannot read \(figures): \(error)")])
        }
    }

    /// Whether the final check of a first import's merged figures.csv (``FigureMerge/FirstRows``) would find no
    /// error: the bytes before its rows and every other table check clean, and the final tables check its rows as
    /// the tables they were checked against did and hold every reference they name. False whenever in doubt:
    /// the whole file is then read, so what is refused, and how, is as a full read says.
    static func checkFirstRows(_ files: DatasetFiles, _ rows: FigureMerge.FirstRows, header: [String], check: FigureLineCheck) -> Bool {
        // The prefix must be the header the rows were rendered for, and nothing else.
        let parsed = CSVText.parse(rows.prefix, path: "")
        guard parsed.diagnostics.isEmpty, parsed.records.count == 1, parsed.records.first?.fields.map(\.value) == header else { return false }
        do {
            var stream = try DatasetStream(files: files, figures: InMemoryChunks(rows.prefix))
            var rowsRead = 0
            try stream.streamFigures(reread: { InMemoryChunks(rows.prefix) }) { _, _ in rowsRead += 1 }
            guard rowsRead == 0, !stream.diagnostics.hasErrors, let dataset = stream.dataset else { return false }
            let reader = FigureRowReader(sources: dataset.sources, parties: dataset.parties, indicators: dataset.indicators)
            guard reader.checksLike(check.reader) else { return false }
            return rows.references.allSatisfy { number in
                guard Int(number) < check.references.count else { return false }
                let named = check.references[Int(number)]
                return reader.knowsReferences(indicator: named.indicator, reporter: named.reporter, partner: named.partner, source: named.source)
            }
        } catch {
            return false
        }
    }

    /// A scratch list for new figure rows, written in ``figureHeader``'s order; give it to ``write(_:figures:keep:)``.
    public func newFigureLines() throws(DiagnosticsError) -> FigureLines {
        try FigureLines(header: figureHeader, folder: dataset)
    }

    /// Parties for `ids` the dataset lacks, named from bilat's built-in country names (WLD is World); an id
    /// without a name is an error at `location`.
    public static func missingParties(_ ids: [String], known: inout Set<String>, at location: SourceLocation?)
        -> (rows: [[String: String]], problems: [Diagnostic]) {
        var rows: [[String: String]] = [], problems: [Diagnostic] = []
        for id in ids where !known.contains(id) {
            guard let name = id == "WLD" ? "World" : CountryNames.name(id) else {
                problems.append(.error("the dataset has no party \(id) and bilat has no name for it", at: location,
                                       accepted: "a row '\(id),NAME' added to parties.csv by hand, then the import again"))
                continue
            }
            known.insert(id)
            rows.append(["id": id, "name": name])
        }
        return (rows, problems)
    }

    /// The header row of a table's bytes, nil when the file is absent or empty.
    static func header(_ bytes: [UInt8]?) -> [String]? {
        guard let bytes, !bytes.isEmpty else { return nil }
        return CSVText.parse(bytes, path: "").records.first.map { $0.fields.map(\.value) }
    }

    /// A new `datapackage.json` when the merge made a table file or gave one a column, so the descriptor still
    /// describes the files (its title and field descriptions kept); nil when every header is as it was.
    /// figures.csv is streamed, never in `contents`: its header before and after the merge is given apart.
    func describedAnew(_ candidate: DatasetFiles, changed: [String],
                       figures: (before: [String]?, after: [String]?)) -> [UInt8]? {
        let reshaped = figures.before != figures.after
            || changed.contains { Self.header(files.contents[$0]) != Self.header(candidate.contents[$0]) }
        guard reshaped else { return nil }
        var headers: [String: [String]] = [:]
        for table in DatasetLayout.allTables {
            if let header = Self.header(candidate.contents[table.file]) { headers[table.file] = header }
        }
        if let header = figures.after { headers[DatasetLayout.figures.file] = header }
        let text = DescriptorWriter.descriptor(.init(name: files.name, title: files.name), headers: headers,
                                               earlier: files.contents[DatasetLayout.descriptor])
        let bytes = Array(text.utf8)
        return bytes == files.contents[DatasetLayout.descriptor] ? nil : bytes
    }

    /// Whether a row has a cell, not empty, in a column figures.csv does not have.
    func widens(_ figures: [[String: String]]) -> Bool {
        let known = Set(figureHeader)
        return figures.contains { row in row.contains { !$0.value.isEmpty && !known.contains($0.key) } }
    }

    /// Merges, validates the whole dataset with the rows, and writes the changed files (each atomically).
    /// Figure rows come from `rows.figures` and from the entries of `figures` that `keep` keeps (by number);
    /// figures.csv is merged and checked a piece at a time, through a scratch file that replaces it at the end.
    /// A figure whose value, unit or status changes gets a row in revisions.csv, recorded on `recorded` (the
    /// import's accessed date; the day of the import when nil), naming the file and line `origin` gives for
    /// the entry of `figures` that changed it (rows of `rows.figures` name their own, in `figureOrigins`).
    public func write(_ rows: Rows, figures: FigureLines? = nil, keep: (Int) -> Bool = { _ in true },
                      origin: (Int) -> RevisionRows.Origin? = { _ in nil }, recorded: String? = nil,
                      phases: ImportPhases = ImportPhases()) throws(DiagnosticsError) -> Outcome {
        var candidate = files
        var changedFiles: [String] = []
        var outcome = Outcome()
        let lines: FigureLines
        if let figures { lines = figures } else { lines = try newFigureLines() }
        let firstAdded = lines.count
        let widened = figures == nil && widens(rows.figures)
        if !widened { for cells in rows.figures { try lines.append(cells) } }
        let tables: [(DatasetLayout.Table, [[String: String]])] = [
            (DatasetLayout.sources, rows.sources), (DatasetLayout.parties, rows.parties),
            (DatasetLayout.indicators, rows.indicators), (DatasetLayout.figures, []),
            (DatasetLayout.events, rows.events), (DatasetLayout.statuses, rows.statuses),
        ]
        // Sources, parties and figures are always counted, so every import prints the same three lines.
        let alwaysCounted: Set = [DatasetLayout.sources.name, DatasetLayout.parties.name, DatasetLayout.figures.name]
        let scratch = figuresPath + ".merged-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var figuresChanged = false
        var checked: (reader: FigureRowReader, key: (Int) -> Int?)?
        var firstRows: (rows: FigureMerge.FirstRows, check: FigureLineCheck)?
        var revisions = RevisionLog(recorded: recorded)
        func rowOrigin(_ row: Int) -> RevisionRows.Origin? { row < rows.figureOrigins.count ? rows.figureOrigins[row] : nil }
        for (table, tableRows) in tables where !tableRows.isEmpty || alwaysCounted.contains(table.name) {
            if table.name == DatasetLayout.figures.name, widened {
                // A row with a column figures.csv lacks (a SIPRI `key`): the file is merged whole in memory, where
                // TableMerge widens the header; importers that add such columns write thousands of rows, not millions.
                var merger = TableMerge()
                let before = FileManager.default.contents(atPath: figuresPath).map { [UInt8]($0) } ?? []
                let after = merger.merge(rows.figures, into: before, table: table, header: DatasetLayout.newHeader(table))
                if after != before {
                    guard FileManager.default.createFile(atPath: scratch, contents: Data(after)) else {
                        throw DiagnosticsError([.error("cannot write \(scratch)", accepted: "a dataset folder bilat may write to")])
                    }
                    figuresChanged = true
                }
                for change in merger.changes where change.row < rows.figures.count {
                    let after = rows.figures[change.row]
                    revisions.add(.init(figureID: after["id"] ?? "", before: change.before, after: after, origin: rowOrigin(change.row)))
                }
                outcome.counts.append((table.name, Counts(added: merger.added, changed: merger.changed, unchanged: merger.unchanged)))
                continue
            }
            if table.name == DatasetLayout.figures.name {
                var merger = FigureMerge()
                figuresChanged = try merger.merge(lines, keep: { $0 >= firstAdded || keep($0) }, existing: figuresPath, into: scratch)
                if let check = lines.check {
                    checked = (check.reader, merger.checkedKeys())
                    if let rows = merger.firstRows { firstRows = (rows, check) }
                }
                phases.mark("merge figures by id")
                try revisions.add(merger.changes, lines: lines, existing: figuresPath) { entry in
                    entry >= firstAdded ? rowOrigin(entry - firstAdded) : origin(entry)
                }
                outcome.counts.append((table.name, Counts(added: merger.added, changed: merger.changed, unchanged: merger.unchanged)))
                continue
            }
            var merger = TableMerge()
            let before = files.contents[table.file] ?? []
            let after = merger.merge(tableRows, into: before, table: table, header: DatasetLayout.newHeader(table))
            if after != before {
                candidate.contents[table.file] = after
                candidate.present.insert(table.file)
                changedFiles.append(table.file)
            }
            outcome.counts.append((table.name, Counts(added: merger.added, changed: merger.changed, unchanged: merger.unchanged)))
        }
        let revisionsFile = DatasetLayout.revisions.file
        if let bytes = revisions.appended(to: files.contents[revisionsFile]) {
            candidate.contents[revisionsFile] = bytes
            candidate.present.insert(revisionsFile)
            changedFiles.append(revisionsFile)
            outcome.revisions = revisions.rows
            outcome.counts.append((DatasetLayout.revisions.name, Counts(added: revisions.rows.count)))
        }
        guard !changedFiles.isEmpty || figuresChanged else { return outcome }
        let figuresBefore = FigureMerge.header(of: figuresPath)
        let figuresAfter = figuresChanged ? FigureMerge.header(of: scratch) : figuresBefore
        if let descriptor = describedAnew(candidate, changed: changedFiles, figures: (figuresBefore, figuresAfter)) {
            candidate.contents[DatasetLayout.descriptor] = descriptor
            changedFiles.append(DatasetLayout.descriptor)
        }

        phases.mark("revisions, other tables")
        // Rows checked as they were made are checked here only across rows (repeated ids and figures, references);
        // a first import's rows were checked across rows as they were merged, so only the rest of the dataset is.
        let (valid, diagnostics): (Dataset?, [Diagnostic])
        if figuresChanged, let firstRows, Self.checkFirstRows(candidate, firstRows.rows, header: lines.header, check: firstRows.check) {
            (valid, diagnostics) = (current, [])
            outcome.checkedAsMerged = true
            phases.mark("final check (first import)")
        } else {
            (valid, diagnostics) = Self.check(candidate, figures: figuresChanged ? scratch : figuresPath,
                                              checked: figuresChanged ? checked : nil)
            phases.mark("final check of the dataset")
        }
        if valid == nil || diagnostics.hasErrors {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "these are the rows the import would write; \(dataset) was left as it was")])
        }
        for file in changedFiles {
            let target = DatasetFolders.join(dataset, file)
            do {
                try AtomicFile.write(candidate.contents[file] ?? [], to: target)
            } catch {
                throw DiagnosticsError([.error("cannot write \(target): \(error.localizedDescription)")])
            }
            outcome.written.append(target)
        }
        if figuresChanged {
            // rename(2) replaces figures.csv in one step: a reader sees the old file or the new one.
            guard rename(scratch, figuresPath) == 0 else {
                throw DiagnosticsError([.error("cannot write \(figuresPath): \(String(cString: strerror(errno)))")])
            }
            // Tables in their order, datapackage.json after them, as the in-memory merge lists them.
            let order = tables.map(\.0.file) + [revisionsFile]
            func rank(_ path: String) -> Int { order.firstIndex(of: URL(fileURLWithPath: path).lastPathComponent) ?? order.count }
            outcome.written.append(figuresPath)
            outcome.written.sort { rank($0) < rank($1) }
        }
        phases.mark("write files")
        return outcome
    }
}
