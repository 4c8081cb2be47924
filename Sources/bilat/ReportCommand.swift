import ArgumentParser
import Foundation
import Bilat
import BilatCore
import BilatRender

extension NotebookRenderer.Format: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render one report from a notebook, to standard output or a file.",
        discussion: """
            Renders Notebooks/yearly-report.md (or --notebook FILE) for --year, as Markdown or as a \
            self-contained HTML page. Query cells read the store, so run `bilat build` (or `bilat ingest`) first. \
            Without --year, the notebook is rendered over all years. See Notebooks/README.md for the cell syntax.

            Examples:
              bilat report --year 2021
              bilat report --year 2022 --format html --out /tmp/2022.html
              bilat report --notebook Notebooks/overview.md --format md
              bilat report --year 2022 --relationship AZE-TUR

            A report covers one relationship, across every dataset that reports on it. With several \
            relationships in the project, --relationship names the one to report on.
            """)

    @Option(help: ArgumentHelp("The year to report on.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("The notebook to render.", valueName: "file"))
    var notebook: String = "Notebooks/yearly-report.md"

    @Option(help: ArgumentHelp("md or html.", valueName: "format"))
    var format: NotebookRenderer.Format = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year must be a year such as 2021, not \(year)") }
    }

    func run() throws {
        do {
            let folder = (notebook as NSString).deletingLastPathComponent
            let name = (notebook as NSString).lastPathComponent
            let templates = try ReportStage.templates(in: folder.isEmpty ? "." : folder)
            guard let template = templates.first(where: { $0.stem + ".md" == name }) else {
                throw ValidationError("no notebook at \(notebook); notebooks are Markdown files such as Notebooks/yearly-report.md")
            }
            let outcome = try scope.analyse(store: store.database)
            // A report is about one relationship: with several, the user says which.
            guard outcome.relationships.count == 1, let relationship = outcome.relationships.first else {
                let known = outcome.relationships.map { "\($0.relationship.id) (\($0.view.title))" }
                throw DiagnosticsError([.error(known.isEmpty ? "the datasets hold no relationship to report on"
                                                   : "the datasets hold \(known.count) relationships, and a report is about one",
                                               accepted: "--relationship with one of: " + known.joined(separator: ", "))])
            }
            let charts = ChartStage.charts(outcome)
            let text = try ReportStage.render(template, year: year, outcome: outcome, relationship: relationship,
                                              charts: charts, database: store.database, format: format,
                                              chartFolder: chartFolder(charts.filter { $0.relationship == relationship.relationship }),
                                              navigation: navigation(template, templates: templates, relationship: relationship, outcome: outcome),
                                              tableFiles: tableFiles(template, templates: templates, relationship: relationship, outcome: outcome))
            if let out {
                emit("\(try OutputFiles.write(text, to: out) == .written ? "wrote    " : "unchanged") \(out)")
            } else {
                emit(text)
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(with: error)
        }
    }

    /// The links `bilat build` gives this report (the index, the overview, the years before and after), to the
    /// files it writes under Output/, as seen from the folder of --out (or the current folder).
    func navigation(_ template: ReportStage.Template, templates: [ReportStage.Template],
                    relationship: AnalysisStage.RelationshipOutcome, outcome: AnalysisStage.Outcome) -> [(label: String, href: String)] {
        let here = FileManager.default.currentDirectoryPath
        let written = out.map { (absolute($0, in: here) as NSString).deletingLastPathComponent } ?? here
        let output = OutputLayout(outcome.relationships.map(\.relationship)).folder(relationship.relationship)
        let plan = ReportStage.reports(templates, years: ReportStage.years(relationship), folder: output)
        return ReportStage.navigation(template, year: year, plan: plan) { RelativePath.from(folder: written, to: absolute("Output/" + $0, in: here)) }
    }

    /// The CSV files `bilat build` writes beside this report for its bounded tables, as seen from the folder of
    /// --out (or the current folder), so the report's "Every row" links work from there.
    func tableFiles(_ template: ReportStage.Template, templates: [ReportStage.Template],
                    relationship: AnalysisStage.RelationshipOutcome, outcome: AnalysisStage.Outcome) -> [Int: String] {
        let here = FileManager.default.currentDirectoryPath
        let written = out.map { (absolute($0, in: here) as NSString).deletingLastPathComponent } ?? here
        let output = OutputLayout(outcome.relationships.map(\.relationship)).folder(relationship.relationship)
        let plan = ReportStage.reports(templates, years: ReportStage.years(relationship), folder: output)
        guard let report = plan.first(where: { $0.template.stem == template.stem && $0.year == (template.yearly ? year : nil) }) else { return [:] }
        return ReportTableFiles.paths(report: report.path, notebook: template.notebook)
            .mapValues { RelativePath.from(folder: written, to: absolute("Output/" + $0, in: here)) }
    }

    /// Where `bilat build` writes the relationship's charts (Output/RELATIONSHIP/charts/), as seen from the folder
    /// of --out (or the current folder, for standard output), so the report's chart links work from there.
    func chartFolder(_ charts: [ChartStage.Chart]) -> String {
        let here = FileManager.default.currentDirectoryPath
        let written = out.map { (absolute($0, in: here) as NSString).deletingLastPathComponent } ?? here
        let folder = charts.first.map { ($0.path as NSString).deletingLastPathComponent } ?? "charts"
        return RelativePath.from(folder: written, to: absolute("Output/" + folder, in: here)) + "/"
    }

    func absolute(_ path: String, in folder: String) -> String { path.hasPrefix("/") ? path : folder + "/" + path }
}
