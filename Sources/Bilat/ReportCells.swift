import BilatCore
import BilatRender
import BilatStore

/// What each notebook cell kind shows, for one report scope.
public struct ReportCells {
    public let scope: ReportScope
    public let charts: [ChartStage.Chart]
    /// The store `query` cells read (read-only).
    public let queries: ReportQueries
    public let parameters: [String: String]
    public let notebookPath: String
    /// Inline each chart's SVG (a report read on its own), or link to the chart's file beside the report's
    /// folder (a build: thousands of reports would otherwise each carry copies of the same charts).
    public let embedsCharts: Bool
    /// Where each bounded table's full CSV is, by the cell's line, as the report links to it.
    public let tableFiles: [Int: String]
    /// Name sources in words rather than by number: a table's CSV has no numbered list to point into.
    public let citesInWords: Bool

    public init(scope: ReportScope, charts: [ChartStage.Chart], queries: ReportQueries, parameters: [String: String],
                notebookPath: String, embedsCharts: Bool = true, tableFiles: [Int: String] = [:], citesInWords: Bool = false) {
        self.scope = scope
        self.tableFiles = tableFiles
        self.citesInWords = citesInWords
        self.charts = charts
        self.queries = queries
        self.parameters = parameters
        self.notebookPath = notebookPath
        self.embedsCharts = embedsCharts
    }

    public init(scope: ReportScope, charts: [ChartStage.Chart], database: String, parameters: [String: String], notebookPath: String) {
        self.init(scope: scope, charts: charts, queries: ReportQueries(database: database), parameters: parameters, notebookPath: notebookPath)
    }

    public func evaluate(_ cell: Notebook.Cell) throws -> [ReportBlock] {
        let indicator = cell.options["indicator"]
        switch cell.kind {
        case "summary": return summary()
        case "figures": return figures(indicator: indicator, line: cell.line)
        case "growth": return growth(indicator: indicator, line: cell.line)
        case "charts": return chartBlocks()
        case "events": return events()
        case "findings": return findings()
        case "mirror": return try mirror(cell)
        case "revisions": return revisions()
        case "sources": return sources()
        case "query": return try query(cell)
        default: return [.note("unknown cell kind \(cell.kind)")]
        }
    }

    func summary() -> [ReportBlock] {
        let figures = scope.figures.count, derived = scope.derived.count, events = scope.events.count
        let findings = scope.findings.filter { !$0.isAccepted }.count
        let when = scope.year.map { "In \($0)" } ?? "Across all years"
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(NumberText.grouped(n)) \(n == 1 ? one : many)" }
        var text = "\(when) the datasets hold \(count(figures, "reported figure", "reported figures"))"
        if derived > 0 { text += " and \(count(derived, "implied one", "implied ones"))" }
        text += ", \(count(events, "event", "events")), and \(count(findings, "open data-quality finding", "open data-quality findings"))."
        // Errors are listed where a reader starts, not only under the findings further down.
        let errors = scope.openErrors
        guard !errors.isEmpty else { return [.paragraph(text)] }
        let shown = Array(errors.prefix(Self.findingsLimit))
        let words = ReportWords(scope: scope, texts: shown.map(\.message))
        return [.paragraph(text),
                .paragraph("\(count(errors.count, "open error", "open errors")) in these figures, not yet explained or accepted:"),
                .bullets(shown.map { "\(words.sentence($0)) \(scope.cite($0.sourceIDs))" })]
            + Self.findingsNote(shown: shown.count, of: errors.count, what: "open errors")
    }

    /// Findings a report lists in its summary and in a findings cell: a relationship of many clashing sources
    /// has thousands, and a page that lists them all is read by no one. Every one is in `csv/findings.csv`.
    static let findingsLimit = 50

    /// The line under a cut list of findings: how many are not shown, and where every one is.
    static func findingsNote(shown: Int, of total: Int, what: String) -> [ReportBlock] {
        guard total > shown else { return [] }
        return [.more(text: "These are the first \(NumberText.grouped(shown)) of \(NumberText.grouped(total)) \(what). "
                      + "Every finding, with its rows and sources, is in the build's csv/findings.csv, and bilat check prints them.",
                      label: "", href: nil)]
    }

    /// A figure's marks: its status, what its period covers ("part of a year", "a date", "multi-year window")
    /// and whether the period is approximate.
    static func marks(_ f: Figure) -> [String] {
        var marks: [String] = []
        if let s = f.status { marks.append(s.rawValue) }
        if let word = f.period.coverage(indicator: f.indicator, isLevelAtDate: f.quantity.isLevelAtDate).word { marks.append(word) }
        if f.period.isApproximate { marks.append("approximate period") }
        return marks
    }

    /// An implied figure's marks: implied, estimated when any figure it comes from is, and its period's.
    static func marks(_ o: Observation) -> [String] {
        var marks = ["implied"]
        if o.isEstimated { marks.append("estimated") }
        if let word = o.period.coverage(indicator: o.key.indicator, isLevelAtDate: o.key.isLevelAtDate).word { marks.append(word) }
        if o.period.isApproximate { marks.append("approximate period") }
        return marks
    }

    /// A reported figure's value as readers see it: "$1.64 million", "300,000+ ampoules", "+26.55% on 2016".
    static func value(_ f: Figure, in dataset: Dataset) -> String {
        let q = f.quantity
        if f.isStatedChange {
            return ReaderValue.percent(text: q.valueText, signed: true) + (f.comparedWith.map { " on \($0.rangeName)" } ?? "")
        }
        if let total = q.shareOf {
            let name = ReaderWording.inSentence(ChartStage.indicatorName(total, in: dataset))
            return ReaderValue.qualified(ReaderValue.percent(text: q.valueText, signed: false) + " of " + name, q.qualifier)
        }
        return ReaderValue.value(q.value, high: q.high, unit: q.unit, significant: q.significantDigits, qualifier: q.qualifier)
    }

    /// A table cell's sources: numbers on the page, words in a CSV.
    func citeCell(_ ids: [String]) -> String { citesInWords ? scope.citeInWords(ids) : scope.cite(ids) }

    /// The line under a table that shows only its largest series: how many there are, and the file with every row.
    func boundedNote(_ t: TableRows?, line: Int, what: String) -> [ReportBlock] {
        guard let t, t.isBounded else { return [] }
        let text = "This table shows the \(NumberText.grouped(t.shownSeries)) largest of \(NumberText.grouped(t.totalSeries)) \(what) "
            + "(by the largest value each reaches), \(NumberText.grouped(t.totalRows)) rows in all."
        return [.more(text: text, label: "Every row (CSV)", href: tableFiles[line])]
    }

    func figures(indicator: String?, line: Int) -> [ReportBlock] {
        var rows: [[String]] = []
        let dataset = scope.dataset
        let table = scope.tables[line]
        for f in table?.figures ?? scope.figures where indicator == nil || f.indicator == indicator {
            rows.append([ChartStage.indicatorName(f.indicator, in: dataset), f.subject, f.period.rangeName, f.asReported,
                         Self.value(f, in: dataset), Self.marks(f).joined(separator: ", "), citeCell([f.sourceID])])
        }
        let implied = (table?.derived ?? scope.derived).filter { indicator == nil || $0.key.indicator == indicator }
        let words = ReportWords(dataset: dataset, derived: implied, data: scope.data)
        for o in implied {
            rows.append([ChartStage.indicatorName(o.key.indicator, in: dataset), o.key.subject, o.period.rangeName, words.impliedBy(o),
                         ReaderValue.value(o), Self.marks(o).joined(separator: ", "), citeCell(o.sourceIDs)])
        }
        guard !rows.isEmpty else { return [.paragraph("No figures\(scope.year.map { " for \($0)" } ?? "").")] }
        var blocks: [ReportBlock] = [.table(columns: ["Indicator", "Subject", "Period", "As reported", "Value", "Marks", "Source"], rows: rows, numeric: [])]
        blocks += boundedNote(table, line: line, what: "series")
        // The formulas and ids behind each implied figure, for an analyst who checks the arithmetic.
        if !implied.isEmpty {
            blocks.append(.details(summary: "How the implied figures were worked out (ids and formulas)", items: implied.map { o in
                "\(ChartStage.indicatorName(o.key.indicator, in: dataset)), \(o.period.rangeName) (\(o.id)) = \(o.derivation?.formula ?? "")"
            }))
        }
        return blocks
    }

    /// A growth row's marks: what its period covers, implied and estimated values, and what its change is made from.
    static func marks(_ row: GrowthRow) -> [String] {
        let o = row.observation
        var marks: [String] = []
        if let word = o.period.coverage(indicator: o.key.indicator, isLevelAtDate: o.key.isLevelAtDate).word { marks.append(word) }
        if o.isDerived { marks.append("implied") }
        // Growth from an estimate is an estimate too.
        if o.isEstimated || row.previous?.isEstimated == true { marks.append("estimated") }
        if let previous = row.previous, previous.isDerived { marks.append("compared with an implied figure") }
        if row.flags.contains("approximate") { marks.append("approximate change") }
        if row.flags.contains("bound") { marks.append("change is a bound") }
        if row.flags.contains("range") { marks.append("range") }
        return marks
    }

    func growth(indicator: String?, line: Int) -> [ReportBlock] {
        let selected = scope.tables[line]
        let rows = (selected?.growth ?? scope.growth).filter { indicator == nil || $0.observation.key.indicator == indicator }
        var blocks: [ReportBlock] = []
        var table: [[String]] = []
        let words = ReportWords(dataset: scope.dataset, derived: [])
        for row in rows {
            let o = row.observation
            let mark = GrowthOutput.mark(GrowthOutput.changeQualifier(row))
            let change = row.percentChange.map { mark + ReaderValue.percent($0, to: row.percentChangeHigh, significant: row.significantDigits) }
            let cagr = row.cagr.map { mark + ReaderValue.percent($0, to: row.cagrHigh, significant: row.significantDigits) + " a year" }
            table.append([words.seriesName(o.key), o.period.rangeName, ReaderValue.value(o), row.previous?.period.rangeName ?? "",
                          change ?? "", cagr ?? "", Self.marks(row).joined(separator: ", "), row.reason.map(words.wording.rewrite) ?? ""])
        }
        if table.isEmpty {
            blocks.append(.paragraph("No figures\(scope.year.map { " end in \($0)" } ?? ""), so there is no growth to show."))
        } else {
            blocks.append(.table(columns: ["Series", "Period", "Value", "Compared with", "Change", "Growth a year", "Marks", "Why no comparison"], rows: table, numeric: [2, 4, 5]))
            blocks += boundedNote(selected, line: line, what: "series")
        }
        // Say plainly when a year has only part-year figures: the reason an analyst finds no annual growth.
        if let year = scope.year {
            let bySeries = Dictionary(grouping: rows, by: \.observation.key)
            for key in bySeries.keys.sorted() {
                guard let inYear = bySeries[key] else { continue }
                // Only where whole years exist in the series is an annual growth figure expected at all.
                guard scope.data.seriesWithWholeYears.contains(key) else { continue }
                guard !inYear.contains(where: { $0.observation.period.isWholeYears && !$0.observation.period.isWindow }),
                      let partial = inYear.first(where: { $0.observation.period.isPartialYear && !$0.observation.period.isWindow && !$0.observation.isDerived }) else { continue }
                let name = partial.observation.period.shortName
                let against = partial.previous.map { "it is compared with \($0.period.shortName), the same months a year earlier" }
                    ?? "no figure for the same months a year earlier is known"
                let indicatorName = ReaderWording.inSentence(ChartStage.indicatorName(key.indicator, in: scope.dataset))
                blocks.append(.note("There is no full-year \(year) figure for \(indicatorName): only \(name) is reported, so there is no growth for \(year) as a whole. A part of a year is never compared with a full year; \(against)."))
            }
        }
        return blocks
    }

    /// Charts a report embeds at most: a relationship with hundreds of series would make a page no one reads
    /// (and megabytes of SVG per report). The rest are listed on the index page.
    public static let chartLimit = 12

    /// The charts of the scope's relationship that include its year (all, for the overview), the ones with the
    /// most points first, at most `chartLimit`; and how many more there were.
    static func chosenCharts(_ charts: [ChartStage.Chart], scope: ReportScope) -> (shown: [ChartStage.Chart], more: Int) {
        let mine = charts.filter { c in c.relationship == scope.relationship.relationship && (scope.year.map(c.includes) ?? true) }
        guard mine.count > chartLimit else { return (mine, 0) }
        let shown = mine.sorted { ($0.observations.count, $1.name) > ($1.observations.count, $0.name) }.prefix(chartLimit)
        let names = Set(shown.map(\.path))
        return (mine.filter { names.contains($0.path) }, mine.count - chartLimit)
    }

    func chartBlocks() -> [ReportBlock] {
        let (shown, more) = Self.chosenCharts(charts, scope: scope)
        guard !shown.isEmpty else { return [.paragraph("No chart includes \(scope.year.map(String.init) ?? "these figures").")] }
        var blocks: [ReportBlock] = shown.map { .chart(name: $0.name, title: $0.title, svg: embedsCharts ? $0.svg : nil) }
        if more > 0 {
            blocks.append(.note("\(more) more chart\(more == 1 ? "" : "s") of this relationship \(more == 1 ? "is" : "are") listed on the index page."))
        }
        // A relationship with thousands of series charts the largest of each indicator; the report says how many.
        if let any = charts.first(where: { $0.relationship == scope.relationship.relationship }), any.seriesCharted < any.seriesTotal {
            blocks.append(.note("\(NumberText.grouped(any.seriesCharted)) of this relationship's \(NumberText.grouped(any.seriesTotal)) series "
                + "with two or more figures are charted: the \(TopSeries.chartLimit) largest of each indicator (by the largest value each "
                + "reaches). Every figure is in Output/csv/figures.csv."))
        }
        return blocks
    }

    func events() -> [ReportBlock] {
        let events = scope.events
        guard !events.isEmpty else { return [.paragraph("No events recorded\(scope.year.map { " in \($0)" } ?? "").")] }
        return [.bullets(events.map { e in
            let date = e.date.isApproximate && e.date.granularity != .year ? e.dateText : e.date.rangeName
            var text = "\(date) — \(e.title) \(scope.cite(e.sourceIDs))"
            if !e.note.isEmpty { text += " Note: \(e.note)" }
            return text
        })]
    }

    func findings() -> [ReportBlock] {
        let all = scope.findings
        guard !all.isEmpty else { return [.paragraph("No data-quality findings\(scope.year.map { " touch \($0)" } ?? "").")] }
        // Open errors first when the list is cut (`openErrors`, then the rest), each group in its own order.
        let findings = all.count > Self.findingsLimit
            ? Array((scope.openErrors + all.filter { $0.severity != .error || $0.isAccepted }).prefix(Self.findingsLimit)) : all
        let words = ReportWords(scope: scope, texts: findings.map(\.message))
        return [.bullets(findings.map { f in
            var text = "\(ReportWords.title(f.kind)) (\(ReportWords.severity(f.severity).lowercased())): \(words.sentence(f)) \(scope.cite(f.sourceIDs))"
            if let reason = f.acceptedReason { text += " Accepted: \(reason)" }
            return text
        }),
        // The checks' own words, with ids, for an analyst who looks a finding up in findings.csv or accepted.csv.
        .details(summary: "Finding ids and the checks' own words", items: findings.map { "\($0.id): \($0.message)" })]
            + Self.findingsNote(shown: findings.count, of: all.count, what: "findings")
    }

    func sources() -> [ReportBlock] {
        let citations = scope.citations
        guard !citations.isEmpty else { return [.paragraph("No sources cited.")] }
        return [.sources(citations.map { number, s in
            var parts = [s.publisher, "“\(s.title)”"]
            if !s.author.isEmpty { parts.append(s.author) }
            parts.append(s.published.map { "published \($0.rangeName)" } ?? (s.publishedNote.isEmpty ? "undated" : s.publishedNote))
            if let accessed = s.accessed { parts.append("accessed \(accessed.rangeName)") }
            return SourceEntry(number: number, text: parts.joined(separator: ", ") + ".", url: s.url.isEmpty ? nil : s.url)
        })]
    }

    func query(_ cell: Notebook.Cell) throws -> [ReportBlock] {
        let (columns, rows) = try queryResult(cell)
        guard !rows.isEmpty else { return [.paragraph("Nothing to show here\(scope.year.map { " for \($0)" } ?? "").")] }
        // The first rows, in the query's own order; every row in the CSV beside the report.
        let limit = scope.limit.map { _ in TableRows.queryRowLimit } ?? rows.count
        var blocks: [ReportBlock] = [.table(columns: columns, rows: rows.prefix(limit).map { $0.map(ReaderWording.periodCell) }, numeric: [])]
        if rows.count > limit {
            blocks.append(.more(text: "This table shows the first \(NumberText.grouped(limit)) of \(NumberText.grouped(rows.count)) rows.",
                                label: "Every row (CSV)", href: tableFiles[cell.line]))
        }
        return blocks
    }

    /// How many rows a query cell returns (0 when it fails: the report says why when it is made).
    func queryRowCount(_ cell: Notebook.Cell) -> Int { (try? queryResult(cell))?.rows.count ?? 0 }

    /// A query cell's whole result, or an error at the cell's line that says what would be accepted.
    func queryResult(_ cell: Notebook.Cell) throws -> (columns: [String], rows: [[String]]) {
        let at = SourceLocation(path: notebookPath, line: cell.line, column: 1)
        let (limits, problems) = QueryLimits.reading(cell.options, at: at)
        if problems.hasErrors { throw DiagnosticsError(problems) }
        do {
            return try queries.run(cell.body, arguments: parameters, limits: limits)
        } catch let limit as QueryLimitExceeded {
            let passed = limit.limit
            let raise = "a query that stays within it (add LIMIT, or narrow it by :year), or \(passed.option)=N on the cell's line, "
                + "at most \(NumberText.grouped(QueryLimits.caps[passed])) \(passed.unit)"
            throw DiagnosticsError([.error("the query cell failed: \(limit)", at: at, accepted: raise)])
        } catch {
            throw DiagnosticsError([.error("the query cell failed: \(error)", at: at,
                                           accepted: "a read-only SELECT over the tables figure, source, event, event_source, deal_status, indicator, party, with :year and other notebook parameters bound")])
        }
    }
}
