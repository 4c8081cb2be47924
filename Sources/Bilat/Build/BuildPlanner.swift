import BilatCore
import BilatRender
import Foundation

/// Every output a build makes, with what each is made from.
public enum BuildPlanner {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A relationship's entry on the index page.
    struct IndexEntry: Sendable {
        var title: String, relationship: Relationship, datasets: [String]
        var reports: [(path: String, title: String, summary: String, yearly: Bool)]
        var charts: [ChartStage.Chart]
    }

    public static func plan(outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart], templates: [ReportStage.Template],
                            database: String) throws -> [PlannedOutput] {
        let queries = ReportQueries(database: database)
        let layout = OutputLayout(outcome.relationships.map(\.relationship))
        // Relationships are planned at once, one per free core: each fingerprints its own rows once.
        let parts = concurrentMap(outcome.relationships.map { r in
            { @Sendable () -> Result<RelationshipPlan, Error> in
                Result { try relationshipPlan(r, outcome: outcome, charts: charts.filter { $0.relationship == r.relationship },
                                  templates: templates, folder: layout.folder(r.relationship), queries: queries) }
            }
        })
        let planned: [RelationshipPlan] = try parts.map { try $0.get() }

        var outputs = csvOutputs(outcome, digests: planned.map { $0.digests })
        for part in planned { outputs += part.outputs }
        let entries: [IndexEntry] = planned.map { $0.entry }
        let csvNames = ExportStage.fileNames.sorted()
        var listing: [String] = []
        for e in entries {
            listing += e.reports.map { "\($0.path)|\($0.title)|\($0.summary)" }
            listing += e.charts.map { "\($0.path)|\($0.title)" }
        }
        listing += csvNames.map { "csv/\($0)" }
        listing += outcome.datasets.map { "dataset|\($0.name)|\($0.figures.count)|\($0.events.count)|\($0.sources.count)" }
        outputs.append(PlannedOutput(path: "index.html", inputs: ["outputs": InputDigests.record(listing) { $0 }]) {
            IndexPage.render(datasets: outcome.datasets, entries: entries, csv: csvNames)
        })
        return try unique(outputs)
    }

    struct RelationshipPlan: Sendable {
        var outputs: [PlannedOutput]
        var entry: IndexEntry
        var digests: InputDigests.Relationship
    }

    /// The CSV files, made only when one must be rebuilt: at a million figures each is a hundred megabytes.
    static func csvOutputs(_ outcome: AnalysisStage.Outcome, digests: [InputDigests.Relationship]) -> [PlannedOutput] {
        func all(_ pick: (InputDigests.Relationship) -> [String: UInt64]) -> [String: String] {
            InputDigests.record(zip(outcome.relationships, digests).flatMap { r, d in
                pick(d).map { ("\(r.relationship.id)/\($0.key)", $0.value) }
            })
        }
        let sourceItems = InputDigests.record(outcome.datasets.flatMap { d in d.sources.map { ("\(d.name)/\($0.id)", StableDigest.of($0)) } })
        let eventItems = InputDigests.record(outcome.datasets.flatMap { d in d.events.map { ("\(d.name)/\($0.id)", StableDigest.of($0)) } })
        // Only the figures mirror pairs are made of: a new turnover figure leaves mirror.csv as it was.
        let mirrorItems = InputDigests.record(zip(outcome.relationships, digests).flatMap { r, d in
            r.reported.filter(MirrorFlows.takesPart).map { ("\(r.relationship.id)/\($0.id)", d.figures[$0.id] ?? StableDigest.of($0)) }
        })
        let inputs: [String: [String: [String: String]]] = [
            "figures.csv": ["figures": all(\.figures), "derived": all(\.derived), "sources": sourceItems],
            "growth.csv": ["growth": all(\.growth)],
            "events.csv": ["events": eventItems, "sources": sourceItems],
            "sources.csv": ["sources": sourceItems],
            "findings.csv": ["findings": InputDigests.record(outcome.findings) { $0.id }],
            "mirror.csv": ["figures": mirrorItems, "sources": sourceItems, "mirror settings": mirrorFactors(outcome)],
        ]
        return ExportStage.fileNames.sorted().map { name in
            PlannedOutput(path: "csv/\(name)", inputs: inputs[name] ?? [:]) { ExportStage.file(named: name, outcome, flavour: .excel) }
        }
    }

    /// The factor of each relationship that has figures to pair: what mirror.csv shows of the project's
    /// settings. A relationship without such figures, or a threshold (mirror.csv has no warnings), changes nothing.
    static func mirrorFactors(_ outcome: AnalysisStage.Outcome) -> [String: String] {
        var out: [String: String] = [:]
        for r in outcome.relationships where r.reported.contains(where: MirrorFlows.takesPart) {
            out[r.relationship.id] = r.mirror.factor.text
        }
        return out
    }

    /// The settings a report's mirror cells use, when the relationship has figures to pair in its scope: the
    /// project's for the relationship, or the cell's own. A cell with nothing to pair prints no factor.
    static func mirrorCellInputs(_ template: ReportStage.Template, scope: ReportScope) -> [String: [String: String]] {
        let overlaps = { (p: Period) -> Bool in scope.year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
        guard scope.relationship.reported.contains(where: { MirrorFlows.takesPart($0) && overlaps($0.period) }) else { return [:] }
        var inputs: [String: [String: String]] = [:]
        for segment in template.notebook.segments {
            guard case .cell(let cell) = segment, cell.kind == "mirror" else { continue }
            // A cell whose options do not read fails when the report is made; its text is what it depends on.
            let settings = try? ReportCells.mirrorSettings(cell, base: scope.relationship.mirror, notebookPath: template.notebook.path)
            inputs["mirror line \(cell.line)"] = settings.map { ["factor": $0.factor.text, "threshold": $0.thresholdPercent.plainText] } ?? [:]
        }
        return inputs
    }

    static func relationshipPlan(_ r: AnalysisStage.RelationshipOutcome, outcome: AnalysisStage.Outcome, charts mine: [ChartStage.Chart],
                     templates: [ReportStage.Template], folder: String, queries: ReportQueries) throws -> RelationshipPlan {
        let digests = InputDigests.Relationship(r, growth: outcome.growth(of: r))
        var outputs: [PlannedOutput] = []
        // The points a chart rings: those of open error findings.
        let flagged = Set(r.findings.filter { $0.severity == .error && !$0.isAccepted }.flatMap(\.subjects))
        var chartDigests: [String: String] = [:]
        for chart in mine {
            let used = Set(chart.observations.flatMap(\.sourceIDs))
            let inputs: [String: [String: String]]
            if chart.observations.isEmpty {
                inputs = ["events": InputDigests.record(r.dataset.events, known: digests.events, id: \.id),
                          "sources": InputDigests.record(r.dataset.sources, known: digests.sources, id: \.id),
                          "chart": ["title": chart.title]]
            } else {
                var drawn = ["title": chart.title, "flagged": chart.observations.map(\.id).filter(flagged.contains).joined(separator: " ")]
                // A mirror chart draws the importer's value at the relationship's factor and names it.
                if chart.shows == "mirror" { drawn["factor"] = r.mirror.factor.text }
                inputs = ["figures": InputDigests.record(chart.observations, known: digests.observations, id: \.id),
                          "sources": InputDigests.record(r.dataset.sources.filter { used.contains($0.id) }, known: digests.sources, id: \.id),
                          "chart": drawn]
            }
            chartDigests[chart.path] = InputDigests.digest(of: inputs)
            let draw = chart.draw
            outputs.append(PlannedOutput(path: chart.path, inputs: inputs) { draw() })
        }

        var entry = IndexEntry(title: r.view.title, relationship: r.relationship, datasets: r.view.datasets, reports: [], charts: mine)
        let reports = ReportStage.reports(templates, years: ReportStage.years(r), folder: folder)
        for report in reports {
            let (template, year) = (report.template, report.year)
            let here = (report.path as NSString).deletingLastPathComponent
            // The links to the years before and after: a report changes when a neighbouring year appears or goes.
            let navigation = ReportStage.navigation(template, year: year, plan: reports) { RelativePath.from(folder: here, to: $0) }
            let tablePaths = ReportTableFiles.paths(report: report.path, notebook: template.notebook)
            let tableFiles = tablePaths.mapValues { ($0 as NSString).lastPathComponent }
            let cells = ReportStage.reportCells(template, year: year, outcome: outcome, relationship: r, charts: mine,
                                                queries: queries, tableFiles: tableFiles)
            let scope = cells.scope
            let parameters = cells.parameters
            var shown: [String: String] = [:]
            for c in ReportCells.chosenCharts(mine, scope: scope).shown { shown[c.path] = chartDigests[c.path] ?? "" }
            var inputs: [String: [String: String]] = [
                "notebook": ["text": Digest.of(template.text)],
                "figures": InputDigests.record(scope.figures, known: digests.figures, id: \.id),
                "derived": InputDigests.record(scope.derived, known: digests.observations, id: \.id),
                "growth": InputDigests.record(scope.growth, known: digests.growth, id: \.observation.id),
                "events": InputDigests.record(scope.events, known: digests.events, id: \.id),
                "findings": InputDigests.record(scope.findings, known: digests.findings, id: \.id),
                "sources": InputDigests.record(scope.citations.map(\.source), known: digests.sources, id: \.id),
                "source numbers": ["order": scope.sourceOrder],
                "charts": shown,
                "relationship": ["title": r.view.title],
                // Keyed by place, so a neighbour that moves reads "1 changed".
                "links": Dictionary(navigation.enumerated().map { (String($0.offset), $0.element.label + " " + $0.element.href) },
                                    uniquingKeysWith: { first, _ in first }),
            ]
            inputs.merge(mirrorCellInputs(template, scope: scope)) { a, _ in a }
            // A query cell may read anything: its result, not the whole store, is what the report depends on.
            for segment in template.notebook.segments {
                guard case .cell(let cell) = segment, cell.kind == "query" else { continue }
                let result = try cells.queryResult(cell)
                inputs["query line \(cell.line)"] = ["result": StableDigest.hex(StableDigest.of([result.columns] + result.rows))]
            }
            let summary = [count(scope.figures.count, "figure"), count(scope.events.count, "event"),
                           count(scope.findings.filter { !$0.isAccepted }.count, "open finding")].joined(separator: ", ")
            let title = year.map { "\($0)" } ?? NotebookRenderer.title(of: template.notebook, parameters: parameters) ?? template.stem
            entry.reports.append((report.path, title, summary, year != nil))
            outputs.append(PlannedOutput(path: report.path, inputs: inputs) {
                try ReportStage.render(template, year: year, outcome: outcome, relationship: r, charts: mine,
                                       database: queries.database, format: .html, queries: queries, embedsCharts: false,
                                       navigation: navigation, tableFiles: tableFiles)
            })
            // A table that shows only its largest series has every row in a CSV beside the report, which cites
            // any of the scope's sources by name.
            var tableInputs = inputs
            for key in ["charts", "links"] { tableInputs[key] = nil }
            let cited = Set(scope.figures.map(\.sourceID)).union(scope.derived.flatMap(\.sourceIDs))
            tableInputs["sources"] = InputDigests.record(r.dataset.sources.filter { cited.contains($0.id) }, known: digests.sources, id: \.id)
            for cell in try ReportTableFiles.bounded(template.notebook, cells: cells) {
                guard let path = tablePaths[cell.line] else { continue }
                var own = tableInputs
                own["table"] = ["cell": "\(cell.kind) line \(cell.line)"]
                outputs.append(PlannedOutput(path: path, inputs: own) {
                    try ReportStage.tableCSV(template, cell: cell, year: year, outcome: outcome, relationship: r, queries: queries)
                })
            }
        }
        return RelationshipPlan(outputs: outputs, entry: entry, digests: digests)
    }

    /// The plan with one output per path. Names come from `OutputNaming`, so a clash here is a bug in bilat,
    /// reported as an error rather than a crash or a file written twice.
    static func unique(_ plan: [PlannedOutput]) throws -> [PlannedOutput] {
        var seen = Set<String>()
        let twice = plan.filter { !seen.insert($0.path).inserted }.map(\.path)
        guard twice.isEmpty else {
            throw DiagnosticsError([.error("bilat planned two outputs named \(twice.joined(separator: ", "))",
                                           accepted: "this is a bug in bilat; please report it with the dataset that caused it")])
        }
        return plan
    }
}
