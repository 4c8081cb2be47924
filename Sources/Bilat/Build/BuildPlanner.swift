import BilatCore
import BilatRender
import Foundation

/// Every output a build makes, with what each is made from.
public enum BuildPlanner {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A relationship's entry on the index page.
    struct IndexEntry {
        var title: String, relationship: Relationship, datasets: [String]
        var reports: [(path: String, title: String, summary: String, yearly: Bool)]
        var charts: [ChartStage.Chart]
    }

    public static func plan(outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart], templates: [ReportStage.Template],
                            database: String) throws -> [PlannedOutput] {
        var plan: [PlannedOutput] = []
        let sources = outcome.datasets.flatMap { d in d.sources.map { (d.name, $0) } }
        let sourceItems = PlannedOutput.items(sources) { "\($0.0)/\($0.1.id)" }
        let figureItems = PlannedOutput.items(outcome.datasets.flatMap { d in d.figures.map { (d.name, $0) } }) { "\($0.0)/\($0.1.id)" }
        let derivedItems = PlannedOutput.items(outcome.derived) { "\($0.key.dataset)/\($0.id)" }
        let eventItems = PlannedOutput.items(outcome.datasets.flatMap { d in d.events.map { (d.name, $0) } }) { "\($0.0)/\($0.1.id)" }
        let growthItems = PlannedOutput.items(outcome.growth) { "\($0.observation.key.dataset)/\($0.observation.id)" }
        let findingItems = PlannedOutput.items(outcome.findings) { $0.id }

        let csvFiles = ExportStage.files(outcome, flavour: .excel)
        let csvInputs: [String: [String: [String: String]]] = [
            "figures.csv": ["figures": figureItems, "derived": derivedItems, "sources": sourceItems],
            "growth.csv": ["growth": growthItems],
            "events.csv": ["events": eventItems, "sources": sourceItems],
            "sources.csv": ["sources": sourceItems],
            "findings.csv": ["findings": findingItems],
        ]
        for file in csvFiles.sorted(by: { $0.name < $1.name }) {
            let text = file.text
            plan.append(PlannedOutput(path: "csv/\(file.name)", inputs: csvInputs[file.name] ?? [:]) { text })
        }
        for chart in charts {
            let svg = chart.svg
            let used = Set(chart.observations.flatMap(\.sourceIDs))
            let r = outcome.relationships.first { $0.relationship == chart.relationship }
            let inputs: [String: [String: String]] = chart.observations.isEmpty
                ? ["events": PlannedOutput.items(r?.dataset.events ?? []) { $0.id },
                   "sources": PlannedOutput.items(r?.dataset.sources ?? []) { $0.id }]
                : ["figures": PlannedOutput.items(chart.observations) { $0.id },
                   "sources": PlannedOutput.items((r?.dataset.sources ?? []).filter { used.contains($0.id) }) { $0.id }]
            plan.append(PlannedOutput(path: chart.path, inputs: inputs) { svg })
        }

        let layout = OutputLayout(outcome.relationships.map(\.relationship))
        var entries: [IndexEntry] = []
        for r in outcome.relationships {
            let folder = layout.folder(r.relationship)
            let mine = charts.filter { $0.relationship == r.relationship }
            // Each chart's digest once: a relationship's reports embed the same charts year after year.
            var digests: [String: String] = [:]
            for c in mine { digests[c.path] = Digest.of(c.svg) }
            var entry = IndexEntry(title: r.view.title, relationship: r.relationship, datasets: r.view.datasets, reports: [], charts: mine)
            for report in ReportStage.reports(templates, years: ReportStage.years(r), folder: folder) {
                let (template, year) = (report.template, report.year)
                let scope = ReportScope(outcome: outcome, relationship: r, year: year)
                let parameters = ReportStage.parameters(year: year, relationship: r)
                var chartDigests: [String: String] = [:]
                for c in ReportCells.chosenCharts(mine, scope: scope).shown { chartDigests[c.path] = digests[c.path] ?? "" }
                var inputs: [String: [String: String]] = [
                    "notebook": ["text": Digest.of(template.text)],
                    "figures": PlannedOutput.items(scope.figures) { $0.id },
                    "derived": PlannedOutput.items(scope.derived) { $0.id },
                    "growth": PlannedOutput.items(scope.growth) { $0.observation.id },
                    "events": PlannedOutput.items(scope.events) { $0.id },
                    "findings": PlannedOutput.items(scope.findings) { $0.id },
                    "sources": PlannedOutput.items(scope.citations) { $0.source.id },
                    "charts": chartDigests,
                    "relationship": ["title": r.view.title],
                ]
                // A query cell may read anything: its result, not the whole store, is what the report depends on.
                for segment in template.notebook.segments {
                    guard case .cell(let cell) = segment, cell.kind == "query" else { continue }
                    let blocks = try ReportCells(scope: scope, charts: mine, database: database, parameters: parameters,
                                                 notebookPath: template.notebook.path).evaluate(cell)
                    inputs["query line \(cell.line)"] = ["result": Digest.of(String(describing: blocks))]
                }
                let summary = [count(scope.figures.count, "figure"), count(scope.events.count, "event"),
                               count(scope.findings.filter { !$0.isAccepted }.count, "open finding")].joined(separator: ", ")
                let title = year.map { "\($0)" } ?? NotebookRenderer.title(of: template.notebook, parameters: parameters) ?? template.stem
                entry.reports.append((report.path, title, summary, year != nil))
                plan.append(PlannedOutput(path: report.path, inputs: inputs) {
                    try ReportStage.render(template, year: year, outcome: outcome, relationship: r, charts: mine,
                                           database: database, format: .html)
                })
            }
            entries.append(entry)
        }

        let csvNames = csvFiles.map(\.name).sorted()
        let listing = entries.flatMap { e in e.reports.map { "\($0.path)|\($0.title)|\($0.summary)" } + e.charts.map { "\($0.path)|\($0.title)" } }
            + csvNames.map { "csv/\($0)" } + outcome.datasets.map { "dataset|\($0.name)|\($0.figures.count)|\($0.events.count)|\($0.sources.count)" }
        let index = IndexPage.render(datasets: outcome.datasets, entries: entries, csv: csvNames)
        plan.append(PlannedOutput(path: "index.html", inputs: ["outputs": PlannedOutput.items(listing) { $0 }]) { index })
        return try unique(plan)
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
