import BilatCore
import BilatDatasets
import Foundation

/// `bilat import sipri`: reads SIPRI trade registers and TIV tables and merges sources, parties, figures and
/// deal statuses into a dataset folder in one step (``DatasetImport``).
public enum SipriImportStage {
    public typealias Request = ImportRequest

    /// What was merged, the layout of each file, and the rows read but not kept.
    public struct Outcome: Sendable {
        public var merged = DatasetImport.Outcome()
        public var layouts: [(file: String, layout: SipriLayout)] = []
        public var skipped: [SipriSkip] = []
    }

    public static func run(_ request: Request) throws(DiagnosticsError) -> Outcome {
        let target = try DatasetImport(dataset: request.dataset)
        var outcome = Outcome()
        var problems: [Diagnostic] = []
        var rows = DatasetImport.Rows()
        var known = Set(target.current.parties.map(\.id))
        for path in request.files {
            let bytes: [UInt8]
            do { bytes = try ImportFile.read(path, accepted: "a SIPRI trade register or TIV table (.csv)") } catch { problems.append(error); continue }
            let reading = SipriRegisterReader.read(bytes, path: path)
            problems += reading.diagnostics.filter { $0.severity == .error }
            outcome.skipped += reading.skipped
            guard let layout = reading.layout else { continue }
            let fileName = URL(fileURLWithPath: path).lastPathComponent
            let sourceID = SipriRows.sourceID(fileName: fileName)
            if let earlier = outcome.layouts.first(where: { SipriRows.sourceID(fileName: $0.file) == sourceID }) {
                problems.append(.error("\(fileName) and \(earlier.file) would both be the source \(sourceID)",
                                       at: SourceLocation(path: path, line: 1, column: 1),
                                       accepted: "files whose names differ in letters or digits, e.g. trade-register-2025.csv and trade-register-2026.csv"))
                continue
            }
            outcome.layouts.append((fileName, layout))
            var made = SipriRows(sourceID: sourceID)
            var origins: [RevisionRows.Origin] = []
            // Each figure row a deal or a TIV value makes is from that deal's or value's line.
            func originate(at location: SourceLocation) {
                let origin = RevisionRows.Origin(file: RevisionRows.fileName(path), line: location.line)
                origins += Array(repeating: origin, count: max(0, made.figures.count - origins.count))
            }
            for deal in reading.deals where parties([deal.supplier, deal.recipient], at: deal.location) {
                made.add(deal)
                originate(at: deal.location)
            }
            for value in reading.tivValues where parties([value.supplier, value.recipient], at: value.location) {
                made.add(value)
                originate(at: value.location)
            }
            rows.sources.append(SipriRows.sourceCells(fileName: fileName, layout: layout, generated: reading.generated,
                                                   accessed: request.accessed))
            rows.figures += made.figures
            rows.figureOrigins += origins
            rows.statuses += made.statuses
        }
        if !problems.isEmpty {
            throw DiagnosticsError(problems + [.init(.note, "\(request.dataset) was left as it was")])
        }
        outcome.merged = try target.write(rows, recorded: request.accessed)
        return outcome

        /// Adds the parties the dataset lacks; a code bilat has no name for (XKX) takes the name SIPRI gives it.
        func parties(_ named: [SipriParty], at location: SourceLocation) -> Bool {
            for party in named where !known.contains(party.iso) && CountryNames.name(party.iso) == nil {
                known.insert(party.iso)
                rows.parties.append(["id": party.iso, "name": party.name])
            }
            let (parties, refused) = DatasetImport.missingParties(named.map(\.iso), known: &known, at: location)
            rows.parties += parties
            problems += refused.prefix(1)
            return refused.isEmpty
        }
    }
}
