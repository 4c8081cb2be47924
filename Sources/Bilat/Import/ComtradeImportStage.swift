import BilatCore
import BilatDatasets
import Foundation

/// `bilat import comtrade`: reads Comtrade downloads, keeps what the double-counting guards keep, and merges
/// sources, parties and figures into a dataset folder in one step: the whole dataset must validate with them,
/// or nothing is written.
public enum ComtradeImportStage {
    /// Downloads above this size are refused; a bilateral download is far smaller.
    public static let maximumBytes = 200_000_000

    public struct Request: Sendable {
        public var files: [String]
        public var dataset: String
        public var accessed: String?
        public var includeBreakdowns: Bool

        public init(files: [String], dataset: String, accessed: String? = nil, includeBreakdowns: Bool = false) {
            self.files = files
            self.dataset = dataset
            self.accessed = accessed
            self.includeBreakdowns = includeBreakdowns
        }
    }

    /// Counts per table, and the rows read but not kept.
    public struct Outcome: Sendable {
        public var figures = Counts(), sources = Counts(), parties = Counts()
        public var skipped: [ComtradeSkip] = []
        public var written: [String] = []

        public struct Counts: Sendable { public var added = 0, changed = 0, unchanged = 0 }
    }

    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let files = try DatasetFolders.load(request.dataset)
        let (dataset, loadDiagnostics) = DatasetReader.read(files)
        guard let dataset, !loadDiagnostics.hasErrors else {
            throw DiagnosticsError(loadDiagnostics.filter { $0.severity == .error }
                + [.init(.note, "fix the dataset first; nothing was imported")])
        }
        var outcome = Outcome()
        var problems: [Diagnostic] = []
        var sourceRows: [[String: String]] = [], figureRows: [[String: String]] = [], partyRows: [[String: String]] = []
        var known = Set(dataset.parties.map(\.id))
        let filter = ComtradeSeriesFilter(includeBreakdowns: request.includeBreakdowns)
        for path in request.files {
            let bytes: [UInt8]
            do { bytes = try readFile(path) } catch { problems.append(error); continue }
            let reading = ComtradeReader.read(bytes, path: path)
            problems += reading.diagnostics.filter { $0.severity == .error }
            outcome.skipped += reading.skipped
            let (kept, skipped) = filter.apply(reading.records)
            outcome.skipped += skipped
            let fileName = URL(fileURLWithPath: path).lastPathComponent
            let sourceID = ComtradeFigureRows.sourceID(fileName: fileName)
            var keptWithParties: [ComtradeSeriesFilter.Kept] = []
            for k in kept {
                let r = k.record
                let ids = [r.reporterISO.uppercased(), ComtradeFigureRows.partyID(iso: r.partnerISO, code: r.partnerCode)]
                if let bad = ids.first(where: { !Party.isValidID($0) }) {
                    outcome.skipped.append(ComtradeSkip(location: r.location,
                        reason: "'\(bad)' is not a country's ISO 3166-1 alpha-3 code (a Comtrade area such as 'areas nes'); bilat stores countries and World"))
                    continue
                }
                var refused = false
                for id in ids where !known.contains(id) {
                    guard let name = id == "WLD" ? "World" : CountryNames.name(id) else {
                        problems.append(.error("the dataset has no party \(id) and bilat has no name for it", at: r.location,
                                               accepted: "a row '\(id),NAME' added to parties.csv by hand, then the import again"))
                        refused = true
                        break
                    }
                    known.insert(id)
                    partyRows.append(["id": id, "name": name])
                }
                if !refused { keptWithParties.append(k) }
            }
            sourceRows.append(ComtradeFigureRows.sourceCells(fileName: fileName, kept: keptWithParties, accessed: request.accessed))
            figureRows += keptWithParties.compactMap { ComtradeFigureRows.figureCells($0, sourceID: sourceID) }
        }
        if !problems.isEmpty {
            throw DiagnosticsError(problems + [.init(.note, "\(request.dataset) was left as it was")])
        }

        var candidate = files
        var changedFiles: [String] = []
        func merge(_ rows: [[String: String]], _ table: DatasetLayout.Table) -> Outcome.Counts {
            var merger = TableMerge()
            let before = files.contents[table.file] ?? []
            let after = merger.merge(rows, into: before, table: table, header: DatasetLayout.newHeader(table))
            if after != before { candidate.contents[table.file] = after; changedFiles.append(table.file) }
            return Outcome.Counts(added: merger.added, changed: merger.changed, unchanged: merger.unchanged)
        }
        outcome.sources = merge(sourceRows, DatasetLayout.sources)
        outcome.parties = merge(partyRows, DatasetLayout.parties)
        outcome.figures = merge(figureRows, DatasetLayout.figures)
        guard !changedFiles.isEmpty else { return outcome }

        let (checked, diagnostics) = DatasetReader.read(candidate)
        if checked == nil || diagnostics.hasErrors {
            throw DiagnosticsError(diagnostics.filter { $0.severity == .error }
                + [.init(.note, "these are the rows the import would write; \(request.dataset) was left as it was")])
        }
        for file in changedFiles {
            let target = DatasetFolders.join(request.dataset, file)
            do {
                try Data(candidate.contents[file] ?? []).write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw DiagnosticsError([.error("cannot write \(target): \(error.localizedDescription)")])
            }
            outcome.written.append(target)
        }
        return outcome
    }

    static func readFile(_ path: String) throws(Diagnostic) -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes?[.size] as? Int else {
            throw .error("cannot read \(path)", accepted: "a Comtrade download (.csv or tab-separated .txt) that exists")
        }
        guard size <= maximumBytes else {
            throw .error("\(path) is \(size) bytes, more than the \(maximumBytes) bilat reads", accepted: "a smaller download, e.g. one reporter and partner")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read \(path)", accepted: "a readable file")
        }
        return Array(data)
    }
}
