import BilatCore
import BilatDatasets
import Foundation

/// `bilat import imf`: reads IMF DOTS and IMTS downloads and merges sources, parties and figures into a dataset
/// folder in one step (``DatasetImport``).
public enum ImfImportStage {
    public typealias Request = ImportRequest

    /// What was merged, and the rows and cells read but not imported.
    public struct Outcome: Sendable {
        public var merged = DatasetImport.Outcome()
        public var skipped: [ImfSkip] = []
    }

    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let target = try DatasetImport(dataset: request.dataset)
        var outcome = Outcome()
        var problems: [Diagnostic] = []
        var rows = DatasetImport.Rows()
        var known = Set(target.current.parties.map(\.id))
        // One figure per id in one import: the same observation twice (two files, or a repeated row) is refused.
        var firstSeen: [String: SourceLocation] = [:]
        for path in request.files {
            let bytes: [UInt8]
            do { bytes = try ImportFile.read(path, accepted: "an IMF DOTS or IMTS download (.csv)") } catch { problems.append(error); continue }
            let reading = ImfReader.read(bytes, path: path)
            problems += reading.diagnostics.filter { $0.severity == .error }
            outcome.skipped += reading.skipped
            guard let layout = reading.layout else { continue }
            let fileName = URL(fileURLWithPath: path).lastPathComponent
            let sourceID = ImfFigureRows.sourceID(fileName: fileName)
            var kept: [ImfObservation] = []
            for o in reading.observations {
                let (parties, refused) = DatasetImport.missingParties([o.reporter, o.partner], known: &known, at: o.location)
                rows.parties += parties
                problems += refused.prefix(1)
                guard refused.isEmpty else { continue }
                let id = ImfFigureRows.figureID(o)
                if let earlier = firstSeen[id] {
                    problems.append(.error("\(id) (\(o.reporter) \(o.flow.indicator) \(o.partner) \(o.period)) was already read at \(earlier)",
                                           at: o.location, accepted: "each reporter, partner, flow and period once per import; import a newer release on its own to revise"))
                    continue
                }
                firstSeen[id] = o.location
                kept.append(o)
            }
            rows.sources.append(ImfFigureRows.sourceCells(fileName: fileName, layout: layout, observations: kept, accessed: request.accessed))
            rows.figures += kept.map { ImfFigureRows.figureCells($0, sourceID: sourceID) }
            rows.figureOrigins += kept.map { RevisionRows.Origin(file: RevisionRows.fileName(path), line: $0.location.line) }
        }
        if !problems.isEmpty {
            throw DiagnosticsError(problems + [.init(.note, "\(request.dataset) was left as it was")])
        }
        outcome.merged = try target.write(rows, recorded: request.accessed)
        return outcome
    }
}
