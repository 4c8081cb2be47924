import ArgumentParser
import Bilat
import BilatRender

extension CSVExport.Flavour: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write spreadsheet-safe CSV: figures, growth, events, sources, findings and mirror flows.",
        discussion: """
            Writes figures.csv (reported and derived figures, the normalised value beside the text as reported), \
            growth.csv, events.csv, sources.csv, findings.csv and mirror.csv (each flow's two reports per period, at the \
            default factor 1/1.06; see `bilat mirror`), every row naming its dataset and relationship. RFC 4180, CRLF, UTF-8; the excel flavour (the default) \
            starts with a byte-order mark so Excel reads accents and dashes. Numbers are plain decimals; dates \
            are ISO; each period also has a textual label that spreadsheets keep as text. A text cell starting \
            with = + - @, a tab or a CR gets a leading ' so no spreadsheet runs it as a formula.

            A file is rewritten only when its bytes change.

            Examples:
              bilat export
              bilat export --out /tmp/csv --flavour plain
            """)

    @Option(help: ArgumentHelp("Folder to write into.", valueName: "dir"))
    var out: String = "Output/csv"

    @Option(help: ArgumentHelp("excel (UTF-8 with BOM) or plain (no BOM).", valueName: "flavour"))
    var flavour: CSVExport.Flavour = .excel

    @Option(help: ArgumentHelp("Where dataset folders are found.", valueName: "dir"))
    var datasets: String = "Datasets"

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let folders = try DatasetFolders.discover(in: datasets)
            let mirror = try MirrorSettingsFile.load(datasets: datasets)
            let outcome = try AnalysisStage.run(folders: folders, store: store.database, mirror: mirror.settings).outcome
            for w in mirror.unusedRows(in: outcome) { printError(w.description) }
            for (name, text) in ExportStage.files(outcome, flavour: flavour) {
                let path = "\(out)/\(name)"
                emit("\(try OutputFiles.write(text, to: path) == .written ? "wrote    " : "unchanged") \(path)")
            }
        } catch {
            throw fail(with: error)
        }
    }
}
