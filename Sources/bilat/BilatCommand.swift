import ArgumentParser
import Bilat

@main
struct BilatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bilat",
        abstract: "Sourced figures on a bilateral relationship: ingest, analyse, export, chart.",
        discussion: """
            bilat keeps the figures analysts collect from news and official statistics — trade turnover, \
            defence deals, training, aid — in one SQLite store, each with the text exactly as its source \
            wrote it and the source it came from.

            Start with `bilat build` in the project folder: it ingests every dataset under Datasets/ and \
            prints a summary. Then `bilat figures` lists what is stored. A new project starts with \
            `bilat init DIR`, a new dataset with `bilat dataset new AZE TUR`.

            Exit codes: 0 on success, 1 when the data or the project has a problem (each one printed with \
            where it is and what would be accepted), 64 when the command line is wrong.

            Examples:
              bilat init ~/work/azerbaijan-turkiye
              bilat dataset new AZE TUR
              bilat build
              bilat figures --indicator trade_turnover
              bilat normalise "one and a half million dollars" "over a hundred officers"
              bilat normalise --period "January to September 2018"
            """,
        version: BilatVersion.release,
        subcommands: [InitCommand.self, DatasetCommand.self, Build.self, Ingest.self, Figures.self, GrowthCommand.self, CheckCommand.self, ExportCommand.self, ChartCommand.self, ReportCommand.self, Normalise.self, ExtractCommand.self, ImportCommand.self, MirrorCommand.self]
    )
}
