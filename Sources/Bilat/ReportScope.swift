import BilatCore
import BilatRender

/// What one report covers: a year, or everything (the overview), and the sources it cites, numbered.
///
/// Everything is selected once, when the scope is made: cells ask for it many times (a citation per row).
public struct ReportScope: Sendable {
    public let outcome: AnalysisStage.Outcome
    public let year: Int?
    public let figures: [(dataset: Dataset, figure: Figure)]
    public let derived: [Observation]
    public let events: [Event]
    /// Growth rows for values as of this year: periods that end in it (windows and long spans would repeat every year).
    public let growth: [GrowthRow]
    /// Findings about a figure or status of this year.
    public let findings: [Finding]
    /// Every source the report cites, numbered in id order.
    public let citations: [(number: Int, source: Source)]
    private let citationNumbers: [String: Int]

    public init(outcome: AnalysisStage.Outcome, year: Int?) {
        self.outcome = outcome
        self.year = year
        let overlaps = { (p: Period) -> Bool in year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
        let datasets = outcome.datasets
        figures = datasets.flatMap { d in d.figures.filter { overlaps($0.period) }.map { (d, $0) } }
            .sorted { ($0.figure.indicator, $0.figure.period.start, $0.figure.id) < ($1.figure.indicator, $1.figure.period.start, $1.figure.id) }
        derived = outcome.derived.filter { overlaps($0.period) }
        events = datasets.flatMap(\.events).filter { overlaps($0.date) }.sorted { ($0.date.start, $0.id) < ($1.date.start, $1.id) }
        growth = outcome.growth.filter { row in year.map { row.observation.period.end.year == $0 } ?? true }
        if year == nil {
            findings = outcome.findings
        } else {
            var periods: [String: Period] = [:]
            for d in datasets {
                for f in d.figures { periods[f.id] = f.period }
                for s in d.statuses { periods[s.id] = s.asOf }
            }
            for o in outcome.derived { periods[o.id] = o.period }
            findings = outcome.findings.filter { f in f.subjects.contains { periods[$0].map(overlaps) ?? false } }
        }
        var ids = Set(figures.map(\.figure.sourceID))
        ids.formUnion(derived.flatMap(\.sourceIDs))
        ids.formUnion(events.flatMap(\.sourceIDs))
        ids.formUnion(findings.flatMap(\.sourceIDs))
        let sources = datasets.flatMap(\.sources).filter { ids.contains($0.id) }.sorted { $0.id < $1.id }
        citations = sources.enumerated().map { ($0.offset + 1, $0.element) }
        citationNumbers = Dictionary(uniqueKeysWithValues: citations.map { ($0.source.id, $0.number) })
    }

    public var datasets: [Dataset] { outcome.datasets }

    func cite(_ ids: [String]) -> String {
        let found = Set(ids).compactMap { citationNumbers[$0] }.sorted()
        return found.isEmpty ? "" : "[" + found.map(String.init).joined(separator: ", ") + "]"
    }
}
