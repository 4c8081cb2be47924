import ArgumentParser
import Bilat
import BilatCore

struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Make a dataset folder for a pair of parties, or rewrite a dataset's datapackage.json.",
        discussion: """
            Examples:
              bilat dataset new AZE TUR
              bilat dataset descriptor Datasets/azerbaijan-turkiye
            """,
        subcommands: [New.self, Descriptor.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make Datasets/NAME for two parties: every CSV file with its header, parties.csv and datapackage.json.",
            discussion: """
                Parties are ISO 3166-1 alpha-3 codes. Their names come from a small built-in table of \
                countries, or from --names. The folder is named after the parties (AZE TUR makes \
                Datasets/azerbaijan-turkiye) unless --name says otherwise; a folder that exists and is not \
                empty is refused. indicators.csv starts empty: the built-in indicators need no row.

                Examples:
                  bilat dataset new AZE TUR
                  bilat dataset new AZE TUR --name azerbaijan-turkiye-defence
                  bilat dataset new AZE XKX --names Azerbaijan Kosovo --datasets Data
                """)

        @Argument(help: ArgumentHelp("The two parties' ISO 3166-1 alpha-3 codes.", valueName: "code"))
        var codes: [String] = []

        @Option(help: ArgumentHelp("The folder's (and dataset's) name; default: from the parties' names.", valueName: "name"))
        var name: String?

        @Option(parsing: .upToNextOption, help: ArgumentHelp("The two parties' names, in the order of the codes.", valueName: "name"))
        var names: [String] = []

        @Option(help: ArgumentHelp("Where dataset folders are.", valueName: "dir"))
        var datasets: String = "Datasets"

        func validate() throws {
            guard codes.count == 2 else {
                throw ValidationError("give two parties' codes, e.g. bilat dataset new AZE TUR (got \(codes.count))")
            }
            for code in codes where !Party.isValidID(code) {
                throw ValidationError("'\(code)' is not an ISO 3166-1 alpha-3 code such as AZE or TUR")
            }
            if codes[0] == codes[1] { throw ValidationError("the two parties must differ, not \(codes[0]) twice") }
            if let name, !DatasetFolderMaker.isValidName(name) {
                throw ValidationError("--name '\(name)' cannot name a dataset; use lower-case letters, digits, '-', '_' and '.', "
                                      + "e.g. --name azerbaijan-turkiye")
            }
            if !names.isEmpty && names.count != 2 {
                throw ValidationError("--names takes both parties' names, e.g. --names Azerbaijan Türkiye (got \(names.count))")
            }
            if names.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw ValidationError("--names: a party's name cannot be empty")
            }
        }

        func run() throws {
            do {
                let made = try DatasetFolderMaker.create(.init(codes: codes, names: names, folderName: name, datasets: datasets))
                for file in made.files { emit("created \(DatasetFolders.join(made.folder, file))") }
                emit("next: add sources to sources.csv and figures to figures.csv, then run bilat build")
            } catch {
                throw fail(with: error)
            }
        }
    }

    struct Descriptor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite a dataset's datapackage.json from the headers of its CSV files.",
            discussion: """
                Run it after adding, removing or reordering columns, or after copying a dataset folder: the \
                package is named after the folder and lists the CSV files there with their columns. The title, \
                the description and each remaining field's type and description are kept. The file is written \
                only when its bytes change.

                Examples:
                  bilat dataset descriptor Datasets/azerbaijan-turkiye
                """)

        @Argument(help: ArgumentHelp("The dataset folder.", valueName: "dataset-dir"))
        var folder: String

        func run() throws {
            do {
                let changed = try DatasetFolderMaker.rewriteDescriptor(in: folder)
                emit("\(changed ? "wrote    " : "unchanged") \(DatasetFolders.join(folder, "datapackage.json"))")
            } catch {
                throw fail(with: error)
            }
        }
    }
}
