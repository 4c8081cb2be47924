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

    public init(scope: ReportScope, charts: [ChartStage.Chart], queries: ReportQueries, parameters: [String: String],
                notebookPath: String, embedsCharts: Bool = true) {
        self.scope = scope
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
        case "figures": return figures(indicator: indicator)
        case "growth": return growth(indicator: indicator)
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
        var text = "\(when) the datasets hold \(figures) reported figure\(figures == 1 ? "" : "s")"
        if derived > 0 { text += " and \(derived) implied one\(derived == 1 ? "" : "s")" }
        text += ", \(events) event\(events == 1 ? "" : "s"), and \(findings) open data-quality finding\(findings == 1 ? "" : "s")."
        // Errors are listed where a reader starts, not only under the findings further down.
        let errors = scope.openErrors
        guard !errors.isEmpty else { return [.paragraph(text)] }
        return [.paragraph(text),
                .paragraph("\(errors.count) open error\(errors.count == 1 ? "" : "s") in these figures, not yet explained or accepted:"),
                .bullets(errors.map { "\($0.message) \(scope.cite($0.sourceIDs))" })]
    }

    func figures(indicator: String?) -> [ReportBlock] {
        var rows: [[String]] = []
        let dataset = scope.dataset
        for f in scope.figures where indicator == nil || f.indicator == indicator {
            var flags: [String] = []
            if let s = f.status { flags.append(s.rawValue) }
            if f.period.isPartialYear && !f.period.isWindow && !f.quantity.isLevelAtDate { flags.append("part of a year") }
            if f.period.isApproximate { flags.append("approximate period") }
            if f.quantity.isLevelAtDate { flags.append("level at a date") }
            let q = f.quantity
            let value = f.isStatedChange
                ? "\(q.value > 0 ? "+" : "")\(q.valueText) % vs \(f.comparedWith?.rangeName ?? "")"
                : q.shareOf.map { ValueLabel.qualified("\(q.valueText) % of \(ChartStage.indicatorName($0, in: dataset))", q.qualifier) }
                    ?? ValueLabel.qualified(ValueLabel.format(q.value, unit: q.unit, significant: q.significantDigits)
                        + (q.high.map { "–" + ValueLabel.format($0, unit: q.unit, significant: max(q.significantDigits, $0.significantDigits)) } ?? ""),
                        q.qualifier)
            rows.append([ChartStage.indicatorName(f.indicator, in: dataset), f.subject, f.period.rangeName, f.asReported, value,
                         flags.joined(separator: ", "), scope.cite([f.sourceID])])
        }
        for o in scope.derived where indicator == nil || o.key.indicator == indicator {
            rows.append([ChartStage.indicatorName(o.key.indicator, in: dataset), o.key.subject, o.period.rangeName, "(implied)",
                         ValueLabel.label(o, unit: o.key.unit),
                         "derived: " + (o.derivation?.formula ?? ""), scope.cite(o.sourceIDs)])
        }
        guard !rows.isEmpty else { return [.paragraph("No figures\(scope.year.map { " for \($0)" } ?? "").")] }
        return [.table(columns: ["Indicator", "Subject", "Period", "As reported", "Value", "Flags", "Source"], rows: rows, numeric: [])]
    }

    func growth(indicator: String?) -> [ReportBlock] {
        let rows = scope.growth.filter { indicator == nil || $0.observation.key.indicator == indicator }
        var blocks: [ReportBlock] = []
        var table: [[String]] = []
        for row in rows {
            let o = row.observation
            let line = GrowthOutput.Line(row)
            table.append([o.key.label, o.period.rangeName, GrowthOutput.mark(line.qualifier) + line.valueDisplay + (o.isDerived ? " (derived)" : ""),
                          row.previous?.period.rangeName ?? "", line.percentChangeDisplay.map { GrowthOutput.mark(line.changeQualifier) + $0 } ?? "",
                          line.cagrDisplay ?? "", row.flags.joined(separator: ", "), row.reason ?? ""])
        }
        if table.isEmpty {
            blocks.append(.paragraph("No figures\(scope.year.map { " end in \($0)" } ?? ""), so there is no growth to show."))
        } else {
            blocks.append(.table(columns: ["Series", "Period", "Value", "Compared with", "Change", "CAGR", "Flags", "Why no comparison"], rows: table, numeric: [2, 4, 5]))
        }
        // Say plainly when a year has only part-year figures: the reason an analyst finds no annual growth.
        if let year = scope.year {
            let bySeries = Dictionary(grouping: rows, by: \.observation.key)
            for key in bySeries.keys.sorted() {
                guard let inYear = bySeries[key] else { continue }
                // Only where whole years exist in the series is an annual growth figure expected at all.
                let series = scope.outcome.growth(of: scope.relationship).map(\.observation).filter { $0.key == key }
                guard series.contains(where: { $0.period.isWholeYears && !$0.period.isWindow }) else { continue }
                guard !inYear.contains(where: { $0.observation.period.isWholeYears && !$0.observation.period.isWindow }),
                      let partial = inYear.first(where: { $0.observation.period.isPartialYear && !$0.observation.period.isWindow && !$0.observation.isDerived }) else { continue }
                let name = partial.observation.period.shortName
                let against = partial.previous.map { "it is compared with \($0.period.shortName), the same months a year earlier" }
                    ?? "no figure for the same months a year earlier is known"
                blocks.append(.note("There is no full-year \(year) figure for \(key.indicator.replacingOccurrences(of: "_", with: " ")): only \(name) is reported, so there is no growth for \(year) as a whole. A part of a year is never compared with a full year; \(against)."))
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
        let findings = scope.findings
        guard !findings.isEmpty else { return [.paragraph("No data-quality findings\(scope.year.map { " touch \($0)" } ?? "").")] }
        return [.bullets(findings.map { f in
            var text = "\(f.severity.rawValue) (\(f.kind.rawValue)): \(f.message) \(scope.cite(f.sourceIDs))"
            if let reason = f.acceptedReason { text += " Accepted: \(reason)" }
            return text
        })]
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
        let at = SourceLocation(path: notebookPath, line: cell.line, column: 1)
        let (limits, problems) = QueryLimits.reading(cell.options, at: at)
        if problems.hasErrors { throw DiagnosticsError(problems) }
        do {
            let (columns, rows) = try queries.run(cell.body, arguments: parameters, limits: limits)
            guard !rows.isEmpty else { return [.paragraph("The query returned no rows.")] }
            return [.table(columns: columns, rows: rows, numeric: [])]
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
