import BilatCore
import BilatRender

/// What one report covers: one relationship, in a year or over all years (the overview), and the sources it
/// cites, numbered.
///
/// Everything is selected once, when the scope is made: cells ask for it many times (a citation per row).
public struct ReportScope: Sendable {
    public let outcome: AnalysisStage.Outcome
    public let relationship: AnalysisStage.RelationshipOutcome
    public let year: Int?
    /// The relationship's figures, with project ids (see `ProjectIDs`).
    public let figures: [Figure]
    public let derived: [Observation]
    public let events: [Event]
    /// Growth rows for values as of this year: periods that end in it (windows and long spans would repeat every year).
    public let growth: [GrowthRow]
    /// Findings about a figure or status of this year.
    public let findings: [Finding]
    /// What imports revised in the scope's figures, in the order the revisions were recorded.
    public let revisions: [FigureRevision]
    /// Every source the report cites, with its number across the relationship.
    public let citations: [(number: Int, source: Source)]
    /// A digest of the relationship's source ids in number order: when it changes, the numbers on every page may.
    public let sourceOrder: String
    /// Series a bounded table shows at most (`TopSeries`); nil shows every row (a table's full CSV).
    public let limit: Int?
    /// The rows each `figures`, `growth` and `mirror` cell shows, by the cell's line.
    public let tables: [Int: TableRows]
    private let citationNumbers: [String: Int]
    private let sourcesByID: [String: Source]

    /// - Parameters:
    ///   - cells: the notebook's cells, whose tables are bounded to their largest series (see `TableRows`).
    ///   - limit: series per table; nil for every row.
    ///   - data: what every report of the relationship reads (`RelationshipReportData`), worked out once for
    ///     all of them; made here when nil.
    public init(outcome: AnalysisStage.Outcome, relationship: AnalysisStage.RelationshipOutcome, year: Int?,
                cells: [Notebook.Cell] = [], limit: Int? = TopSeries.tableLimit, data: RelationshipReportData? = nil) {
        let data = data ?? RelationshipReportData(outcome: outcome, relationship: relationship)
        self.data = data
        self.outcome = outcome
        self.relationship = relationship
        self.year = year
        self.limit = limit
        let overlaps = { (p: Period) -> Bool in year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
        let dataset = relationship.dataset
        // Filtering keeps the relationship's order, sorted once for all its reports.
        figures = data.figures(where: overlaps)
        derived = relationship.derived.filter { overlaps($0.period) }
        events = data.events(where: overlaps)
        growth = year.map { y in data.growth.filter { $0.observation.period.end.year == y } } ?? Array(data.growth)
        if year == nil {
            findings = relationship.findings
        } else if relationship.findings.isEmpty {
            findings = []
        } else {
            let periods = data.subjectPeriods
            findings = relationship.findings.filter { f in f.subjects.contains { periods[$0].map(overlaps) ?? false } }
        }
        if dataset.revisions.isEmpty {
            revisions = []
        } else {
            let shown = Set(figures.map(\.id))
            revisions = dataset.revisions.filter { shown.contains($0.figureID) }
        }
        let tables = TableRows.select(cells: cells, figures: figures, derived: derived, growth: growth, year: year,
                                      relationship: relationship, limit: limit, mirrorPairs: data.mirrorPairs)
        self.tables = tables
        // A figure no table shows, because each table that has it shows only its largest series, is cited by none.
        let hidden = TableRows.hiddenFigures(tables)
        var ids = Set(figures.filter { !hidden.contains($0.id) }.map(\.sourceID))
        ids.formUnion(revisions.flatMap { [$0.beforeSource, $0.afterSource] })
        ids.formUnion(derived.filter { !hidden.contains($0.id) }.flatMap(\.sourceIDs))
        ids.formUnion(events.flatMap(\.sourceIDs))
        ids.formUnion(findings.flatMap(\.sourceIDs))
        // Project ids are unique, but a source listed twice must not be cited twice: the first of an id is cited.
        let sources = ids.compactMap { data.sourcesByID[$0] }.sorted { $0.id < $1.id }
        // A source keeps one number on every page of the relationship (its overview and each year): its place among
        // all the relationship's sources in id order. A page lists only the sources it cites, with those numbers.
        sourceOrder = data.sourceOrder
        let numbers = data.sourceNumbers
        citations = sources.compactMap { s in numbers[s.id].map { ($0, s) } }
        citationNumbers = Dictionary(citations.map { ($0.source.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        sourcesByID = data.sourcesByID
    }

    /// What every report of the relationship reads, shared by them.
    public let data: RelationshipReportData

    /// The merged dataset of the relationship, for names of indicators and parties.
    public var dataset: Dataset { relationship.dataset }

    /// Open error-level findings, which a report lists near its top.
    public var openErrors: [Finding] { findings.filter { $0.severity == .error && !$0.isAccepted } }

    func cite(_ ids: [String]) -> String {
        let found = Set(ids).compactMap { citationNumbers[$0] }.sorted()
        return found.isEmpty ? "" : "[" + found.map(String.init).joined(separator: ", ") + "]"
    }

    /// Sources by publisher and title, for a table's CSV, which has no numbered list to point into.
    func citeInWords(_ ids: [String]) -> String {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }.compactMap { sourcesByID[$0] }
            .map { "\($0.publisher), “\($0.title)”" }.joined(separator: "; ")
    }
}
