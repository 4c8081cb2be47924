import ArgumentParser
import Bilat
import BilatCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import official statistics into a dataset folder.",
        discussion: """
            Examples:
              bilat import comtrade TradeData_AZE_PAK.csv --into Datasets/azerbaijan-pakistan --accessed 2024-05-01
              bilat import sipri trade-register.csv --into Datasets/azerbaijan-pakistan --accessed 2025-03-13
            """,
        subcommands: [Comtrade.self, Sipri.self])

    struct Comtrade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the figures of UN Comtrade downloads (comtradeplus CSV, bulk tab-separated text) to a dataset.",
            discussion: """
                Each file becomes one source (id comtrade-<file name>) and each kept record one figure, its value \
                written as USD exactly as Comtrade gives it. Only totals are kept unless --breakdowns; X, M, RX, RM \
                become exports, imports, re_exports, re_imports; World is its own partner (WLD); one aggregation \
                level is kept per series. Parties the dataset lacks are added to parties.csv.

                One step: the whole dataset must validate with the new rows, or nothing is written. Importing the \
                same file again finds the same ids: equal rows are left alone, changed values are updated.

                Examples:
                  bilat import comtrade TradeData.csv --into Datasets/azerbaijan-pakistan --accessed 2024-05-01
                  bilat import comtrade AZE_2018.txt PAK_2018.txt --into Datasets/azerbaijan-pakistan --breakdowns
                """)

        @Argument(help: ArgumentHelp("Comtrade downloads (.csv or tab-separated .txt).", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("The dataset folder the rows go into.", valueName: "dir"))
        var into: String

        @Option(help: ArgumentHelp("When the files were downloaded (a date such as 2024-05-01): the sources' accessed.", valueName: "date"))
        var accessed: String?

        @Flag(help: "Keep rows broken down by second partner, customs procedure or mode of transport, not only totals.")
        var breakdowns = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one file, e.g. bilat import comtrade TradeData.csv --into Datasets/NAME") }
        }

        func run() throws {
            do {
                let outcome = try ComtradeImportStage.run(.init(files: files, dataset: into, accessed: accessed,
                                                               includeBreakdowns: breakdowns))
                for skip in outcome.skipped {
                    printError("\(skip.location): note: not imported: \(skip.reason)")
                }
                emit(outcome.merged.summary(dataset: into))
            } catch {
                throw fail(with: error)
            }
        }
    }

    struct Sipri: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add SIPRI arms transfers (trade registers, TIV tables) to a dataset.",
            discussion: """
                Reads the layouts SIPRI exports, known by their header row: the classic trade register \
                (armstrade.sipri.org, 16 columns, Latin-1, `?` for uncertain data), the 2026 trade register \
                (armstransfers.sipri.org, 17 columns, one row per deal and delivery year, `… is estimate` flags) and \
                the TIV tables (importer or exporter values by year).

                Each file becomes one source (publisher SIPRI, id sipri-<file name>). Each deal becomes figures with \
                key sipri-<deal id>, reporter the supplier, partner the recipient, direction to_partner, subject the \
                weapon and its description: arms_ordered (period the order year), arms_delivered (the delivery \
                year or years; estimates are status estimated), arms_tiv (TIV, never money; SIPRI's 0 is "less than \
                0.5 million TIV", a blank no figure) and defence_deal_value when a comment gives one ("$184 m deal"). \
                The deal's stages go to statuses.csv (signed as of the order year, delivered as of the last delivery). \
                Countries are named as SIPRI names them and mapped to ISO3 codes; an unknown name is an error at its \
                cell; a non-state party (unknown supplier(s), names with *) is skipped with a note. Parties the \
                dataset lacks are added.

                One step: the whole dataset must validate with the new rows, or nothing is written. Importing the \
                same file again finds the same ids: equal rows are left alone.

                Examples:
                  bilat import sipri trade-register.csv --into Datasets/azerbaijan-pakistan --accessed 2025-03-13
                  bilat import sipri trade_register.csv TIV-Import-AZE.csv --into Datasets/azerbaijan-pakistan
                """)

        @Argument(help: ArgumentHelp("SIPRI exports (.csv): trade registers or TIV tables.", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("The dataset folder the rows go into.", valueName: "dir"))
        var into: String

        @Option(help: ArgumentHelp("When the files were downloaded (a date such as 2025-03-13): the sources' accessed.", valueName: "date"))
        var accessed: String?

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one file, e.g. bilat import sipri trade-register.csv --into Datasets/NAME") }
        }

        func run() throws {
            do {
                let outcome = try SipriImportStage.run(.init(files: files, dataset: into, accessed: accessed))
                for skip in outcome.skipped {
                    printError("\(skip.location): note: not imported: \(skip.reason)")
                }
                emit(outcome.merged.summary(dataset: into))
            } catch {
                throw fail(with: error)
            }
        }
    }
}
