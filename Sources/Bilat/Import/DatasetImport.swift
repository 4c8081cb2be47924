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

        public func counts(_ table: DatasetLayout.Table) -> Counts {
            counts.first { $0.table == table.name }?.counts ?? Counts()
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
    /// The dataset as it is, read and valid.
    public let current: Dataset

    /// Loads and checks the dataset folder; a dataset with errors is refused before anything is read.
    public init(dataset: String) throws(DiagnosticsError) {
        let files = try DatasetFolders.load(dataset)
        let (read, diagnostics) = DatasetReader.read(files)
        guard let read, !diagnostics.hasErrors else {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "fix the dataset first; nothing was imported")])
        }
        self.dataset = dataset
        self.files = files
        self.current = read
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
    func describedAnew(_ candidate: DatasetFiles, changed: [String]) -> [UInt8]? {
        let reshaped = changed.contains { Self.header(files.contents[$0]) != Self.header(candidate.contents[$0]) }
        guard reshaped else { return nil }
        var headers: [String: [String]] = [:]
        for table in DatasetLayout.allTables {
            if let header = Self.header(candidate.contents[table.file]) { headers[table.file] = header }
        }
        let text = DescriptorWriter.descriptor(.init(name: files.name, title: files.name), headers: headers,
                                               earlier: files.contents[DatasetLayout.descriptor])
        let bytes = Array(text.utf8)
        return bytes == files.contents[DatasetLayout.descriptor] ? nil : bytes
    }

    /// Merges, validates the whole dataset with the rows, and writes the changed files (each atomically).
    public func write(_ rows: Rows) throws(DiagnosticsError) -> Outcome {
        var candidate = files
        var changedFiles: [String] = []
        var outcome = Outcome()
        let tables: [(DatasetLayout.Table, [[String: String]])] = [
            (DatasetLayout.sources, rows.sources), (DatasetLayout.parties, rows.parties),
            (DatasetLayout.indicators, rows.indicators), (DatasetLayout.figures, rows.figures),
            (DatasetLayout.events, rows.events), (DatasetLayout.statuses, rows.statuses),
        ]
        // Sources, parties and figures are always counted, so every import prints the same three lines.
        let alwaysCounted: Set = [DatasetLayout.sources.name, DatasetLayout.parties.name, DatasetLayout.figures.name]
        for (table, tableRows) in tables where !tableRows.isEmpty || alwaysCounted.contains(table.name) {
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
        guard !changedFiles.isEmpty else { return outcome }
        if let descriptor = describedAnew(candidate, changed: changedFiles) {
            candidate.contents[DatasetLayout.descriptor] = descriptor
            changedFiles.append(DatasetLayout.descriptor)
        }

        let (checked, diagnostics) = DatasetReader.read(candidate)
        if checked == nil || diagnostics.hasErrors {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "these are the rows the import would write; \(dataset) was left as it was")])
        }
        for file in changedFiles {
            let target = DatasetFolders.join(dataset, file)
            do {
                try Data(candidate.contents[file] ?? []).write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw DiagnosticsError([.error("cannot write \(target): \(error.localizedDescription)")])
            }
            outcome.written.append(target)
        }
        return outcome
    }
}
