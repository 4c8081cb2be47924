import BilatCore
import BilatDatasets
import Foundation

/// `bilat import comtrade`: reads Comtrade downloads, keeps what the double-counting guards keep, and merges
/// sources, parties and figures into a dataset folder in one step (``DatasetImport``).
public enum ComtradeImportStage {
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

    /// What was merged, and the rows read but not kept.
    public struct Outcome: Sendable {
        public var merged = DatasetImport.Outcome()
        public var skipped: [ComtradeSkip] = []
    }

    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let target = try DatasetImport(dataset: request.dataset)
        var outcome = Outcome()
        var problems: [Diagnostic] = []
        var rows = DatasetImport.Rows()
        var known = Set(target.current.parties.map(\.id))
        let filter = ComtradeSeriesFilter(includeBreakdowns: request.includeBreakdowns)
        for path in request.files {
            let bytes: [UInt8]
            do { bytes = try ImportFile.read(path, accepted: "a Comtrade download (.csv or tab-separated .txt)") } catch { problems.append(error); continue }
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
                let (parties, refused) = DatasetImport.missingParties(ids, known: &known, at: r.location)
                rows.parties += parties
                problems += refused.prefix(1)
                if refused.isEmpty { keptWithParties.append(k) }
            }
            rows.sources.append(ComtradeFigureRows.sourceCells(fileName: fileName, kept: keptWithParties, accessed: request.accessed,
                                                               layout: reading.layout))
            rows.figures += keptWithParties.compactMap { ComtradeFigureRows.figureCells($0, sourceID: sourceID) }
        }
        if !problems.isEmpty {
            throw DiagnosticsError(problems + [.init(.note, "\(request.dataset) was left as it was")])
        }
        outcome.merged = try target.write(rows)
        return outcome
    }
}
