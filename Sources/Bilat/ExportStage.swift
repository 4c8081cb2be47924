import BilatCore
import BilatRender

/// The CSV files an analyst opens in a spreadsheet: figures (reported and derived), growth, events, sources.
public enum ExportStage {
    /// The files are independent, so they are written at once, one per free core.
    public static func files(_ outcome: AnalysisStage.Outcome, flavour: CSVExport.Flavour) -> [(name: String, text: String)] {
        let texts = concurrentMap([
            { @Sendable in CSVExport.figures(outcome.datasets, derived: outcome.derived, flavour: flavour) },
            { @Sendable in CSVExport.growth(outcome.growth, flavour: flavour) },
            { @Sendable in CSVExport.events(outcome.datasets, flavour: flavour) },
            { @Sendable in CSVExport.sources(outcome.datasets, flavour: flavour) },
        ])
        return zip(["figures.csv", "growth.csv", "events.csv", "sources.csv"], texts).map { ($0, $1) }
    }
}
