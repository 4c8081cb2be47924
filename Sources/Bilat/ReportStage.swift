import BilatCore
import BilatRender
import Foundation

/// Which reports there are and how each is rendered from its notebook.
public enum ReportStage {
    /// A notebook read from Notebooks/, and whether it is rendered once per year.
    public struct Template: Sendable {
        public let notebook: Notebook
        public var text: String
        public var stem: String
        public var yearly: Bool
        /// The notebook's cells, in order: listed once per build rather than for each relationship and report.
        public let cells: [Notebook.Cell]

        public init(notebook: Notebook, text: String, stem: String, yearly: Bool) {
            self.notebook = notebook
            self.text = text
            self.stem = stem
            self.yearly = yearly
            cells = ReportTableFiles.cells(notebook)
        }
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

    /// Years with data in a relationship: the year of each figure that lies within one year or ends a span of
    /// at most ten years, and the year of each event. Long approximate spans ("early 20th century") drive no report.
    public static func years(_ r: AnalysisStage.RelationshipOutcome) -> [Int] {
        var years = Set((r.reported + r.derived).compactMap { reportYear(of: $0.period) })
        for e in r.dataset.events where e.date.end.year - e.date.start.year <= 1 { years.insert(e.date.start.year) }
        return years.sorted()
    }

    /// The yearly report a figure of this period appears in, if any (see `years`).
    public static func reportYear(of period: Period) -> Int? {
        let span = period.end.year - period.start.year
        return span == 0 || (span <= 10 && !(period.isApproximate && !period.isWindow && span > 1)) ? period.end.year : nil
    }

    /// A report a template writes: once (year nil) or for a year, at `path` relative to Output/.
    public struct PlannedReport: Sendable {
        public var template: Template
        public var year: Int?
        public var path: String
    }

    /// Every report of one relationship: each yearly template for each year, the others once. Names come from
    /// one `OutputNaming` call, so two notebooks can never write one file.
    public static func reports(_ templates: [Template], years: [Int], folder: String) -> [PlannedReport] {
        var items: [(template: Template, year: Int?)] = []
        for t in templates { for year in t.yearly ? years.map(Optional.some) : [nil] { items.append((t, year)) } }
        let yearlyStems = templates.filter(\.yearly).map { OutputNaming.slug($0.stem) }
        let names = OutputNaming.names(items.map { item in
            let stem = item.template.stem == yearlyNotebook && item.year != nil ? "" : item.template.stem
            let preferred = [stem, item.year.map(String.init) ?? ""].filter { !$0.isEmpty }.joined(separator: "-")
            return .init(preferred: preferred, identity: "report|\(item.template.stem)|\(item.year.map(String.init) ?? "")",
                         yields: item.year == nil && looksYearly(OutputNaming.slug(preferred), yearlyStems: yearlyStems))
        })
        return zip(items, names).map { PlannedReport(template: $0.template, year: $0.year, path: "\(folder)/reports/\($1).html") }
    }

    /// A once-only report named like a yearly one (`2021`, `overview-2021` beside a yearly `overview`) gives way
    /// to it, whether or not that year has data: it keeps its name with a hash added (`2021-1a2b3c4d.html`).
    static func looksYearly(_ slug: String, yearlyStems: [String]) -> Bool {
        let digits = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        if yearlyStems.contains(OutputNaming.slug(yearlyNotebook)) && digits(slug[...]) { return true }
        return yearlyStems.contains { stem in slug.hasPrefix(stem + "-") && digits(slug.dropFirst(stem.count + 1)) }
    }

    /// What notebooks can use as `{{…}}`, and query cells as `:name`: the year (in yearly notebooks), the
    /// relationship's parties' names (`parties`), its id (`relationship`, e.g. AZE-PAK) and its two party ids
    /// (`first`, `second`, in id order).
    public static func parameters(year: Int?, relationship r: AnalysisStage.RelationshipOutcome) -> [String: String] {
        var parameters = ["parties": r.view.title, "relationship": r.relationship.id,
                          "first": r.relationship.first, "second": r.relationship.second]
        if let year { parameters["year"] = String(year) }
        return parameters
    }

    /// The links at the top of a report: the index, the overview, and for a yearly report the nearest earlier
    /// and later years that have a report of the same notebook (`← 2016`, `2018 →`).
    ///
    /// - Parameters:
    ///   - plan: the relationship's reports (`reports(_:years:folder:)`), whose paths are relative to Output/.
    ///   - link: turns a path relative to Output/ into the href to write.
    public static func navigation(_ template: Template, year: Int?, plan: [PlannedReport],
                                  link: (String) -> String) -> [(label: String, href: String)] {
        var links: [(label: String, href: String)] = [("Index", link("index.html"))]
        let isOverview = template.stem == overviewNotebook && year == nil
        if !isOverview, let overview = plan.first(where: { $0.template.stem == overviewNotebook && $0.year == nil }) {
            links.append(("Overview", link(overview.path)))
        }
        guard let year, template.yearly else { return links }
        let siblings = plan.filter { $0.template.stem == template.stem }.compactMap { r in r.year.map { ($0, r.path) } }
        if let before = siblings.filter({ $0.0 < year }).max(by: { $0.0 < $1.0 }) { links.append(("← \(before.0)", link(before.1))) }
        if let after = siblings.filter({ $0.0 > year }).min(by: { $0.0 < $1.0 }) { links.append(("\(after.0) →", link(after.1))) }
        return links
    }

    /// - Parameters:
    ///   - navigation: the links at the top (see `navigation(_:year:plan:link:)`); none by default.
    ///   - tableFiles: each bounded table's CSV as the report links to it, by the cell's line
    ///     (`ReportTableFiles.paths`, relative to the report).
    public static func render(_ template: Template, year: Int?, outcome: AnalysisStage.Outcome, relationship: AnalysisStage.RelationshipOutcome,
                              charts: [ChartStage.Chart], database: String, format: NotebookRenderer.Format,
                              queries: ReportQueries? = nil, embedsCharts: Bool = true,
                              chartFolder: String = "../charts/",
                              navigation: [(label: String, href: String)] = [],
                              tableFiles: [Int: String] = [:], data: RelationshipReportData? = nil) throws -> String {
        let cells = reportCells(template, year: year, outcome: outcome, relationship: relationship, charts: charts,
                                queries: queries ?? ReportQueries(database: database), embedsCharts: embedsCharts, tableFiles: tableFiles,
                                data: data)
        return try NotebookRenderer.render(template.notebook, parameters: cells.parameters, format: format, navigation: navigation,
                                           chartFolder: chartFolder, evaluate: cells.evaluate)
    }

    /// What a report's cells show: its tables bounded to their largest series (`limit`), or every row (nil).
    static func reportCells(_ template: Template, year: Int?, outcome: AnalysisStage.Outcome,
                            relationship: AnalysisStage.RelationshipOutcome, charts: [ChartStage.Chart],
                            queries: ReportQueries, embedsCharts: Bool = false, tableFiles: [Int: String] = [:],
                            limit: Int? = TopSeries.tableLimit, citesInWords: Bool = false,
                            data: RelationshipReportData? = nil) -> ReportCells {
        let parameters = Self.parameters(year: year, relationship: relationship)
        let scope = ReportScope(outcome: outcome, relationship: relationship, year: year,
                                cells: template.cells, limit: limit, data: data)
        return ReportCells(scope: scope, charts: charts, queries: queries, parameters: parameters,
                           notebookPath: template.notebook.path, embedsCharts: embedsCharts, tableFiles: tableFiles,
                           citesInWords: citesInWords)
    }

    /// One bounded table of a report in full, as CSV (see `ReportTableFiles.csv`).
    public static func tableCSV(_ template: Template, cell: Notebook.Cell, year: Int?, outcome: AnalysisStage.Outcome,
                                relationship: AnalysisStage.RelationshipOutcome, queries: ReportQueries,
                                data: RelationshipReportData? = nil) throws -> String {
        let cells = reportCells(template, year: year, outcome: outcome, relationship: relationship, charts: [],
                                queries: queries, limit: nil, citesInWords: true, data: data)
        return try ReportTableFiles.csv(cell, cells: cells)
    }
}
