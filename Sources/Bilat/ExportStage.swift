import BilatCore
import BilatRender

/// The CSV files an analyst opens in a spreadsheet: figures (reported and derived), growth, events, sources,
/// findings and mirror flows, each row naming its dataset and relationship.
public enum ExportStage {
    public static let fileNames = ["figures.csv", "growth.csv", "events.csv", "sources.csv", "findings.csv", "mirror.csv"]

    /// The files are independent, so they are written at once, one per free core.
    public static func files(_ outcome: AnalysisStage.Outcome, flavour: CSVExport.Flavour) -> [(name: String, text: String)] {
        let texts = concurrentMap(fileNames.map { name in { @Sendable in file(named: name, outcome, flavour: flavour) } })
        return zip(fileNames, texts).map { ($0, $1) }
    }

    /// One of the files by name (one of `fileNames`), made alone: a build remakes only those whose rows changed.
    public static func file(named name: String, _ outcome: AnalysisStage.Outcome, flavour: CSVExport.Flavour) -> String {
        let rows = { outcome.relationships.map { CSVExport.RelationshipRows(view: $0.view, derived: $0.derived) } }
        let views = outcome.relationships.map(\.view)
        switch name {
        case "figures.csv": return CSVExport.figures(rows(), flavour: flavour)
        case "growth.csv": return CSVExport.growth(outcome.growth, relationships: rows(), flavour: flavour)
        case "events.csv": return CSVExport.events(outcome.datasets, relationships: views, flavour: flavour)
        case "sources.csv": return CSVExport.sources(outcome.datasets, relationships: views, flavour: flavour)
        case "findings.csv":
            let contexts = outcome.findingContexts()
            return FindingsOutput.csv(outcome.findings, writer: flavour.writer) { contexts[$0.id] ?? .init() }
        case "mirror.csv":
            // At each relationship's factor from the project's settings, as `bilat check` raises its warnings;
            // each row names its factor.
            return MirrorOutput.csv(MirrorStage.pairs(outcome), writer: flavour.writer) { MirrorStage.datasets(of: $0, in: outcome) }
        default: return ""
        }
    }
}

extension AnalysisStage.Outcome {
    /// Each finding's relationship and the datasets of its sources, by finding id.
    public func findingContexts() -> [String: FindingsOutput.Context] {
        var contexts: [String: FindingsOutput.Context] = [:]
        for r in relationships {
            for f in r.findings where contexts[f.id] == nil {
                contexts[f.id] = .init(relationship: r.relationship.id, datasets: r.view.datasetsOfRow(sources: f.sourceIDs))
            }
        }
        return contexts
    }

    /// The dataset of a growth row or other observation: its relationship's one dataset, or its sources'.
    public func dataset(of o: Observation) -> String {
        guard let r = relationship(id: o.key.dataset) else { return "" }
        return r.view.datasetsOfRow(sources: o.sourceIDs).joined(separator: ";")
    }
}
