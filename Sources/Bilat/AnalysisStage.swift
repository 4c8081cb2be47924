import BilatCore
import BilatDatasets
import BilatStore

/// Read → normalise → analyse: growth over every series, implied figures and checks.
///
/// Analysis reads the dataset folders through the same validation as ingest, so each finding can name
/// the file and line of the rows involved; the values are the ones the store holds.
public enum AnalysisStage {
    public struct Outcome: Sendable {
        public var datasets: [Dataset]
        public var reported: [Observation]
        public var derived: [Observation]
        public var growth: [GrowthRow]
        public var findings: [Finding]
    }

    public static func run(folders: [String]) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var datasets: [Dataset] = []
        for folder in folders {
            let (dataset, found) = DatasetReader.read(try DatasetFolders.load(folder))
            diagnostics += found
            if let dataset { datasets.append(dataset) }
        }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return analyse(datasets)
    }

    /// The analysis of what the store at `database` holds, after bringing it up to date with `folders` (every
    /// dataset there is): an ingest that finds every folder unchanged reads none of them.
    /// - Returns: the analysis, and the warnings the ingest found (none when nothing was read).
    public static func run(folders: [String], store database: String) throws -> (outcome: Outcome, ingest: IngestStage.Outcome) {
        let ingest = try IngestStage.run(folders: folders, database: database, replacingAll: true)
        return (try run(store: database), ingest)
    }

    /// The analysis of every dataset the store at `database` holds, read back as the CSV reader made them.
    public static func run(store database: String) throws -> Outcome {
        analyse(try Store(path: database, access: .readOnly).datasets())
    }

    /// The analysis of datasets already read.
    public static func analyse(_ datasets: [Dataset]) -> Outcome {
        var reported: [Observation] = [], derived: [Observation] = [], findings: [Finding] = []
        for dataset in datasets {
            let own = Observation.reported(in: dataset)
            reported += own
            // Implied figures and checks are independent: on two cores they run at once.
            enum Part: Sendable { case derived([Observation]), findings([Finding]) }
            for part in concurrentMap([
                { @Sendable in Part.derived(ImpliedFigures.derive(from: dataset, reported: own)) },
                { @Sendable in Part.findings(Checks.run(dataset, reported: own)) },
            ]) {
                switch part {
                case .derived(let d): derived += d
                case .findings(let f): findings += f
                }
            }
        }
        return Outcome(datasets: datasets, reported: reported, derived: derived,
                       growth: Growth.rows(reported + derived), findings: findings)
    }
}
