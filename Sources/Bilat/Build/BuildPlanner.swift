import BilatCore
import BilatRender
import Foundation

/// Every output a build makes, with what each is made from.
public enum BuildPlanner {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    public static func plan(outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart], templates: [ReportStage.Template],
                            database: String) throws -> [PlannedOutput] {
        var plan: [PlannedOutput] = []
        let sources = outcome.datasets.flatMap { d in d.sources.map { (d.name, $0) } }
        let sourceItems = PlannedOutput.items(sources) { "\($0.0)/\($0.1.id)" }
        let figureItems = PlannedOutput.items(outcome.datasets.flatMap { d in d.figures.map { (d.name, $0) } }) { "\($0.0)/\($0.1.id)" }
        let derivedItems = PlannedOutput.items(outcome.derived) { $0.id }
        let eventItems = PlannedOutput.items(outcome.datasets.flatMap { d in d.events.map { (d.name, $0) } }) { "\($0.0)/\($0.1.id)" }
        let growthItems = PlannedOutput.items(outcome.growth) { $0.observation.id }

        let csv = Dictionary(uniqueKeysWithValues: ExportStage.files(outcome, flavour: .excel).map { ($0.name, $0.text) })
        let csvInputs: [String: [String: [String: String]]] = [
            "figures.csv": ["figures": figureItems, "derived": derivedItems, "sources": sourceItems],
            "growth.csv": ["growth": growthItems],
            "events.csv": ["events": eventItems, "sources": sourceItems],
            "sources.csv": ["sources": sourceItems],
        ]
        for name in csv.keys.sorted() {
            let text = csv[name]!
            plan.append(PlannedOutput(path: "csv/\(name)", inputs: csvInputs[name]!) { text })
        }
        for chart in charts {
            let svg = chart.svg
            let inputs: [String: [String: String]] = chart.observations.isEmpty
                ? ["events": eventItems, "sources": sourceItems]
                : ["figures": PlannedOutput.items(chart.observations) { $0.id },
                   "sources": PlannedOutput.items(sources.filter { s in chart.observations.contains { $0.sourceIDs.contains(s.1.id) } }) { "\($0.0)/\($0.1.id)" }]
            plan.append(PlannedOutput(path: "charts/\(chart.name).svg", inputs: inputs) { svg })
        }

        let years = ReportStage.years(outcome)
        var reports: [(path: String, title: String, summary: String)] = []
        for template in templates {
            for year in template.yearly ? years.map(Optional.some) : [nil] {
                let scope = ReportScope(outcome: outcome, year: year)
                let path = ReportStage.path(for: template, year: year)
                var inputs: [String: [String: String]] = [
                    "notebook": ["text": Digest.of(template.text)],
                    "figures": PlannedOutput.items(scope.figures.map(\.figure)) { $0.id },
                    "derived": PlannedOutput.items(scope.derived) { $0.id },
                    "growth": PlannedOutput.items(scope.growth) { $0.observation.id },
                    "events": PlannedOutput.items(scope.events) { $0.id },
                    "findings": PlannedOutput.items(scope.findings) { $0.id },
                    "sources": PlannedOutput.items(scope.citations) { $0.source.id },
                    "charts": Dictionary(uniqueKeysWithValues: charts.filter { c in year.map(c.includes) ?? true }.map { ($0.name, Digest.of($0.svg)) }),
                ]
                // A query cell may read anything: its result, not the whole store, is what the report depends on.
                for segment in template.notebook.segments {
                    guard case .cell(let cell) = segment, cell.kind == "query" else { continue }
                    let blocks = try ReportCells(scope: scope, charts: charts, database: database,
                                                 parameters: ReportStage.parameters(year: year, outcome: outcome), notebookPath: template.notebook.path).evaluate(cell)
                    inputs["query line \(cell.line)"] = ["result": Digest.of(String(describing: blocks))]
                }
                let summary = [count(scope.figures.count, "figure"), count(scope.events.count, "event"),
                               count(scope.findings.filter { !$0.isAccepted }.count, "open finding")].joined(separator: ", ")
                let title = year.map { "\($0)" }
                    ?? NotebookRenderer.title(of: template.notebook, parameters: ReportStage.parameters(year: nil, outcome: outcome)) ?? template.stem
                reports.append((path, title, summary))
                plan.append(PlannedOutput(path: path, inputs: inputs) {
                    try ReportStage.render(template, year: year, outcome: outcome, charts: charts, database: database, format: .html)
                })
            }
        }

        let listing = reports.map { "\($0.path)|\($0.title)|\($0.summary)" } + plan.filter { !$0.path.hasPrefix("reports/") }.map(\.path)
        let index = IndexPage.render(datasets: outcome.datasets, reports: reports, charts: charts, csv: csv.keys.sorted())
        plan.append(PlannedOutput(path: "index.html", inputs: ["outputs": Dictionary(uniqueKeysWithValues: listing.map { ($0, Digest.of($0)) })]) { index })
        return plan
    }
}
