import BilatCore
import BilatRender

/// What one report covers: a year, or everything (the overview), and the sources it cites, numbered.
public struct ReportScope: Sendable {
    public let outcome: AnalysisStage.Outcome
    public let year: Int?

    public init(outcome: AnalysisStage.Outcome, year: Int?) {
        self.outcome = outcome
        self.year = year
    }

    public func overlaps(_ p: Period) -> Bool {
        guard let year else { return true }
        return p.start.year <= year && p.end.year >= year
    }

    public var datasets: [Dataset] { outcome.datasets }
    public var figures: [(dataset: Dataset, figure: Figure)] {
        datasets.flatMap { d in d.figures.filter { overlaps($0.period) }.map { (d, $0) } }
            .sorted { ($0.figure.indicator, $0.figure.period.start, $0.figure.id) < ($1.figure.indicator, $1.figure.period.start, $1.figure.id) }
    }
    public var derived: [Observation] { outcome.derived.filter { overlaps($0.period) } }
    public var events: [Event] {
        datasets.flatMap(\.events).filter { overlaps($0.date) }.sorted { ($0.date.start, $0.id) < ($1.date.start, $1.id) }
    }
    /// Growth rows for values as of this year: periods that end in it (windows and long spans would repeat every year).
    public var growth: [GrowthRow] {
        outcome.growth.filter { row in year.map { row.observation.period.end.year == $0 } ?? true }
    }

    /// Findings about a figure or status of this year.
    public var findings: [Finding] {
        guard year != nil else { return outcome.findings }
        var periods: [String: Period] = [:]
        for d in datasets {
            for f in d.figures { periods[f.id] = f.period }
            for s in d.statuses { periods[s.id] = s.asOf }
        }
        for o in outcome.derived { periods[o.id] = o.period }
        return outcome.findings.filter { f in f.subjects.contains { periods[$0].map(overlaps) ?? false } }
    }

    /// Every source the report cites, numbered in id order.
    public var citations: [(number: Int, source: Source)] {
        var ids = Set(figures.map(\.figure.sourceID))
        ids.formUnion(derived.flatMap(\.sourceIDs))
        ids.formUnion(events.flatMap(\.sourceIDs))
        ids.formUnion(findings.flatMap(\.sourceIDs))
        let sources = datasets.flatMap(\.sources).filter { ids.contains($0.id) }.sorted { $0.id < $1.id }
        return sources.enumerated().map { ($0.offset + 1, $0.element) }
    }

    func cite(_ ids: [String]) -> String {
        let numbers = Dictionary(uniqueKeysWithValues: citations.map { ($0.source.id, $0.number) })
        let found = Set(ids).compactMap { numbers[$0] }.sorted()
        return found.isEmpty ? "" : "[" + found.map(String.init).joined(separator: ", ") + "]"
    }
}
