import BilatCore
import BilatRender

/// What every report of one relationship reads, worked out once for the relationship rather than once per
/// report: a relationship has a report for each of its 30-odd years, and each of them sorted every figure,
/// paired every mirror flow and numbered every source of the relationship again.
///
/// Each report's scope (`ReportScope`) takes its year's part of these; the values are the ones the scope
/// worked out for itself before, so reports are byte for byte as they were.
public final class RelationshipReportData: Sendable {
    /// The merged dataset (its arrays shared with the analysis, not copied).
    let dataset: Dataset
    /// Positions in `dataset.figures` in the order reports list figures: indicator, period start, id.
    let figureOrder: [Int]
    /// Positions in `dataset.events` in date order, then id.
    let eventOrder: [Int]
    /// The relationship's growth rows.
    let growth: ArraySlice<GrowthRow>
    /// Mirror pairs at the relationship's own factor (empty when no figure takes part).
    let mirrorPairs: [MirrorPair]
    let mirrorFactor: MirrorFactor
    /// The period of each id a finding names: figures, deal statuses, implied figures (later ones win, as before).
    let subjectPeriods: [String: Period]
    /// A digest of the source ids in number order (`ReportScope.sourceOrder`), and each source's number.
    let sourceOrder: String
    let sourceNumbers: [String: Int]
    /// The first source, figure, status, party and indicator of each id, and each source's publisher.
    let sourcesByID: [String: Source]
    /// Position in `dataset.figures` of the first figure of each id.
    let figureIndex: [String: Int]
    let derivedByID: [String: Observation]
    let statusesByID: [String: DealStatus]
    let partiesByID: [String: Party]
    let indicatorsByID: [String: Indicator]
    /// Series whose growth rows include a whole-year period that is not a window: only for these does a
    /// report say that a year has no full-year figure.
    let seriesWithWholeYears: Set<SeriesKey>

    public init(outcome: AnalysisStage.Outcome, relationship r: AnalysisStage.RelationshipOutcome) {
        let dataset = r.dataset
        self.dataset = dataset
        let fs = dataset.figures, es = dataset.events
        figureOrder = fs.indices.sorted { (fs[$0].indicator, fs[$0].period.start, fs[$0].id) < (fs[$1].indicator, fs[$1].period.start, fs[$1].id) }
        eventOrder = es.indices.sorted { (es[$0].date.start, es[$0].id) < (es[$1].date.start, es[$1].id) }
        growth = outcome.growth(of: r)
        mirrorFactor = r.mirror.factor
        mirrorPairs = r.reported.contains(where: MirrorFlows.takesPart) ? MirrorFlows.pairs(r.reported, factor: r.mirror.factor) : []
        var periods: [String: Period] = [:]
        if !r.findings.isEmpty {
            let subjects = Set(r.findings.flatMap(\.subjects))
            for f in dataset.figures where subjects.contains(f.id) { periods[f.id] = f.period }
            for s in dataset.statuses where subjects.contains(s.id) { periods[s.id] = s.asOf }
            for o in r.derived where subjects.contains(o.id) { periods[o.id] = o.period }
        }
        subjectPeriods = periods
        let order = Set(dataset.sources.map(\.id)).sorted()
        sourceOrder = Digest.of(order.joined(separator: "\n"))
        var numbers: [String: Int] = [:]
        for (i, id) in order.enumerated() { numbers[id] = i + 1 }
        sourceNumbers = numbers
        sourcesByID = Self.firstByID(dataset.sources, \.id)
        var index: [String: Int] = [:]
        for (i, f) in fs.enumerated() where index[f.id] == nil { index[f.id] = i }
        figureIndex = index
        derivedByID = Self.firstByID(r.derived, \.id)
        statusesByID = Self.firstByID(dataset.statuses, \.id)
        partiesByID = Self.firstByID(dataset.parties, \.id)
        indicatorsByID = Self.firstByID(dataset.indicators, \.id)
        var whole = Set<SeriesKey>()
        for row in growth where row.observation.period.isWholeYears && !row.observation.period.isWindow { whole.insert(row.observation.key) }
        seriesWithWholeYears = whole
    }

    /// The figures that overlap a period test, in report order.
    func figures(where keep: (Period) -> Bool) -> [Figure] {
        var out: [Figure] = []
        for i in figureOrder where keep(dataset.figures[i].period) { out.append(dataset.figures[i]) }
        return out
    }

    func events(where keep: (Period) -> Bool) -> [Event] {
        var out: [Event] = []
        for i in eventOrder where keep(dataset.events[i].date) { out.append(dataset.events[i]) }
        return out
    }

    /// The first figure of an id.
    func figure(id: String) -> Figure? { figureIndex[id].map { dataset.figures[$0] } }

    /// Mirror pairs at `factor`: the relationship's own, or paired again at a cell's own factor.
    func mirrorPairs(at factor: MirrorFactor, relationship r: AnalysisStage.RelationshipOutcome) -> [MirrorPair] {
        factor == mirrorFactor ? mirrorPairs : MirrorFlows.pairs(r.reported, factor: factor)
    }

    static func firstByID<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
        var out: [String: T] = [:]
        for item in items where out[id(item)] == nil { out[id(item)] = item }
        return out
    }
}
