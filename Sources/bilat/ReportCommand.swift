import ArgumentParser
import Bilat
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
            """)

    @Option(help: ArgumentHelp("The year to report on.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("The notebook to render.", valueName: "file"))
    var notebook: String = "Notebooks/yearly-report.md"

    @Option(help: ArgumentHelp("md or html.", valueName: "format"))
    var format: NotebookRenderer.Format = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year must be a year such as 2021, not \(year)") }
    }

    func run() throws {
        do {
            let folder = (notebook as NSString).deletingLastPathComponent
            let name = (notebook as NSString).lastPathComponent
            guard let template = try ReportStage.templates(in: folder.isEmpty ? "." : folder).first(where: { $0.stem + ".md" == name }) else {
                throw ValidationError("no notebook at \(notebook); notebooks are Markdown files such as Notebooks/yearly-report.md")
            }
            let outcome = try AnalysisStage.run(folders: try DatasetFolders.discover(in: datasets), store: store.database).outcome
            let text = try ReportStage.render(template, year: year, outcome: outcome, charts: ChartStage.charts(outcome),
                                              database: store.database, format: format)
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
}

import Foundation
