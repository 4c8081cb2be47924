import BilatCore
import BilatRender

/// The CSV files an analyst opens in a spreadsheet: figures (reported and derived), growth, events, sources.
public enum ExportStage {
    public static func files(_ outcome: AnalysisStage.Outcome, flavour: CSVExport.Flavour) -> [(name: String, text: String)] {
        [
            ("figures.csv", CSVExport.figures(outcome.datasets, derived: outcome.derived, flavour: flavour)),
            ("growth.csv", CSVExport.growth(outcome.growth, flavour: flavour)),
            ("events.csv", CSVExport.events(outcome.datasets, flavour: flavour)),
            ("sources.csv", CSVExport.sources(outcome.datasets, flavour: flavour)),
        ]
    }
}
