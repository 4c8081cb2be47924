import BilatCore
import BilatRender
import Foundation

/// Which reports there are and how each is rendered from its notebook.
public enum ReportStage {
    /// A notebook read from Notebooks/, and whether it is rendered once per year.
    public struct Template: Sendable {
        public var notebook: Notebook
        public var text: String
        public var stem: String
        public var yearly: Bool
    }

    public static let yearlyNotebook = "yearly-report"
    public static let overviewNotebook = "overview"

    /// The built-in notebooks (``BuiltInNotebooks``) and every `*.md` in the folder except README.md; a file
    /// in the folder replaces the built-in of the same name. `yearly-report.md` and notebooks whose front matter
    /// says `scope: yearly` are rendered for each year with data; the others once, over all years.
    public static func templates(in folder: String) throws -> [Template] {
        var texts: [String: (text: String?, path: String)] = [:]
        for file in BuiltInNotebooks.files where file.name != "README.md" {
            texts[file.name] = (file.text, "(built-in notebooks)/" + file.name)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
        for name in names {
            let path = folder + "/" + name
            texts[name] = (FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }, path)
        }
        var templates: [Template] = []
        var diagnostics: [Diagnostic] = []
        for name in texts.keys.sorted() {
            guard let entry = texts[name] else { continue }
            let path = entry.path
            guard let text = entry.text else {
                diagnostics.append(.error("\(path) is not UTF-8 text", accepted: "a Markdown notebook saved as UTF-8"))
                continue
            }
            do {
                let notebook = try Notebook.parse(text, path: path)
                let stem = String(name.dropLast(3))
                templates.append(Template(notebook: notebook, text: text, stem: stem,
                                          yearly: stem == yearlyNotebook || notebook.metadata["scope"] == "yearly"))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return templates
    }

    /// Years with data: the year of each figure that lies within one year or ends a span of at most ten
    /// years, and the year of each event. Long approximate spans ("early 20th century") drive no report.
    public static func years(_ outcome: AnalysisStage.Outcome) -> [Int] {
        var years = Set<Int>()
        for o in outcome.reported + outcome.derived {
            let span = o.period.end.year - o.period.start.year
            if span == 0 || (span <= 10 && !(o.period.isApproximate && !o.period.isWindow && span > 1)) { years.insert(o.period.end.year) }
        }
        for d in outcome.datasets { for e in d.events where e.date.end.year - e.date.start.year <= 1 { years.insert(e.date.start.year) } }
        return years.sorted()
    }

    /// The file a template writes for a year (or once).
    public static func path(for template: Template, year: Int?) -> String {
        if template.stem == yearlyNotebook, let year { return "reports/\(year).html" }
        return year.map { "reports/\(template.stem)-\($0).html" } ?? "reports/\(template.stem).html"
    }

    /// What notebooks can use as `{{…}}`: the year (in yearly notebooks) and the parties' names.
    public static func parameters(year: Int?, outcome: AnalysisStage.Outcome) -> [String: String] {
        var parameters = ["parties": Array(Set(outcome.datasets.flatMap(\.parties).map(\.name))).sorted().joined(separator: "–")]
        if let year { parameters["year"] = String(year) }
        return parameters
    }

    public static func render(_ template: Template, year: Int?, outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart],
                              database: String, format: NotebookRenderer.Format) throws -> String {
        let parameters = Self.parameters(year: year, outcome: outcome)
        let scope = ReportScope(outcome: outcome, year: year)
        let cells = ReportCells(scope: scope, charts: charts, database: database, parameters: parameters, notebookPath: template.notebook.path)
        // No links to neighbouring years: a report must not change when another year gains data.
        let navigation: [(label: String, href: String)] = [("Index", "../index.html"), ("Overview", "overview.html")]
        return try NotebookRenderer.render(template.notebook, parameters: parameters, format: format, navigation: navigation, evaluate: cells.evaluate)
    }
}
