import ArgumentParser
import Foundation
import Bilat
import BilatCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import official statistics into a dataset folder.",
        discussion: """
            Examples:
              bilat import comtrade TradeData_AZE_PAK.csv --into Datasets/azerbaijan-pakistan --accessed 2024-05-01
              bilat import imf IMTS_AZE.csv --into Datasets/azerbaijan-pakistan --accessed 2025-06-01
              bilat import sipri trade-register.csv --into Datasets/azerbaijan-pakistan --accessed 2025-03-13
            """,
        subcommands: [Comtrade.self, Imf.self, Sipri.self])

    struct Comtrade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the figures of UN Comtrade downloads (comtradeplus CSV, bulk text, API JSON, legacy CSV) to a dataset.",
            discussion: """
                Reads, known from the header row: comtradeplus CSV (TradeData_*.csv) and bulk tab-separated .txt; \
                comtradeapi.un.org JSON responses ({"data": [...], "error": ""}; a response carrying an API error is \
                refused with its message, an empty one as matching nothing); legacy comtrade.un.org CSV with 35 \
                columns (website / API) or 22 and 18 (bulk goods / services) and legacy API JSON ("dataset"), with numbered flows (1 Import, 2 Export, 3 Re-Export, 4 Re-Import, World WLD) \
                or letter flows under Trade Flow (World W00). Header names are compared ignoring case, spaces and \
                punctuation; extra columns are ignored. A file in no layout is refused with the layouts read.

                Each file becomes one source (id comtrade-<file name>) and each kept record one figure, its value \
                written as USD exactly as Comtrade gives it. Only totals are kept unless --breakdowns; X, M, RX, RM \
                become exports, imports, re_exports, re_imports; World is its own partner (WLD); one aggregation \
                level is kept per series (the most aggregated one the file has, or the one --level names: HS 9020 \
                holds 902000, so both would count the same trade twice). Parties the dataset lacks are added to \
                parties.csv.

                One step: the whole dataset must validate with the new rows, or nothing is written. Importing the \
                same file again finds the same ids: equal rows are left alone, changed values are updated. A newer \
                (or older) release that changes a figure's value, unit or status records it in revisions.csv (file \
                name and line, both sources, --accessed as the date), with a note on standard error; the yearly \
                report lists it under "Revised figures".

                Examples:
                  bilat import comtrade TradeData.csv --into Datasets/azerbaijan-pakistan --accessed 2024-05-01
                  bilat import comtrade AZE_2018.txt PAK_2018.txt --into Datasets/azerbaijan-pakistan --breakdowns
                  bilat import comtrade AZE_PAK_2018_legacy.csv comtrade-response.json --into Datasets/azerbaijan-pakistan
                  bilat import comtrade TradeData_HS6.csv --into Datasets/azerbaijan-pakistan --level 6
                """)

        @Argument(help: ArgumentHelp("Comtrade downloads (.csv, tab-separated .txt or API .json).", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("The dataset folder the rows go into.", valueName: "dir"))
        var into: String

        @Option(help: ArgumentHelp("When the files were downloaded (a date such as 2024-05-01): the sources' accessed.", valueName: "date"))
        var accessed: String?

        @Flag(help: "Keep rows broken down by second partner, customs procedure or mode of transport, not only totals.")
        var breakdowns = false

        @Option(help: ArgumentHelp("Keep commodities at this aggregation level only (0 totals; 2, 4 or 6 HS digits); "
                                   + "by default each series keeps the most aggregated level it has.", valueName: "n"))
        var level: Int?

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one file, e.g. bilat import comtrade TradeData.csv --into Datasets/NAME") }
            if let level, !(0...9).contains(level) {
                throw ValidationError("--level \(level) is not an aggregation level; give 0 (totals) or the digits of a code, 2, 4 or 6 for HS")
            }
        }

        func run() throws {
            do {
                let outcome = try ComtradeImportStage.run(.init(files: files, dataset: into, accessed: accessed,
                                                               includeBreakdowns: breakdowns, aggregateLevel: level))
                printErrorLines(outcome.skipped.lazy.map { "\($0.location): note: not imported: \($0.reason)" })
                for note in outcome.merged.revisionNotes(dataset: into) { printError(note) }
                emit(outcome.merged.summary(dataset: into))
            } catch {
                throw fail(with: error)
            }
        }
    }

    struct Imf: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "imf",
            abstract: "Add the figures of IMF Direction of Trade downloads (IMTS SDMX-CSV, legacy DOTS CSV) to a dataset.",
            discussion: """
                Reads three layouts, known by their header: IMTS SDMX-CSV from data.imf.org / api.imf.org (columns \
                COUNTRY, INDICATOR, COUNTERPART_COUNTRY, TIME_PERIOD, OBS_VALUE), and the legacy DOTS timeSeries \
                (a column per period, Attribute Value or Status) and panel (a column per indicator) CSV downloads.

                Each file becomes one source (id imf-<file name>, publisher IMF) and each observation one figure: \
                XG_FOB_USD / TXG_FOB_USD are exports (FOB), MG_CIF_USD / TMG_CIF_USD imports (CIF); the trade \
                balance, FOB imports and domestic/foreign-sourced parts are skipped with a note. Reporters and \
                partners become ISO3 codes (IMF numeric codes and ISO2 are mapped); World (001, W00, G001) is the \
                party WLD; other aggregates are skipped with a note.

                Units: DOTS values are US$ millions (written "USD 12.5 million"); IMTS values are US$ unless SCALE \
                or UNIT_MULT says 3, 6 or 9 (thousands, millions, billions); any other unit is refused at its cell. \
                An empty or null cell is a missing figure, never 0. The IMF fills countries that do not report from \
                their partners' reports, and says so for no cell: every figure's note says it may be derived from \
                the partner's report; a cell flagged E (or P) is marked estimated (or provisional).

                One step: the whole dataset must validate with the new rows, or nothing is written. Importing the \
                same file again changes nothing; a newer release revises its figures in place (same ids), and each \
                changed value, unit or status is recorded in revisions.csv.

                Examples:
                  bilat import imf IMTS_AZE_PAK.csv --into Datasets/azerbaijan-pakistan --accessed 2025-06-01
                  bilat import imf "DOT_02-28-2023 04-56-02-14_timeSeries.csv" --into Datasets/azerbaijan-pakistan
                """)

        @Argument(help: ArgumentHelp("IMF downloads (.csv): IMTS SDMX-CSV, DOTS timeSeries or panel.", valueName: "file"))
        var files: [String] = []

        @Option(help: ArgumentHelp("The dataset folder the rows go into.", valueName: "dir"))
        var into: String

        @Option(help: ArgumentHelp("When the files were downloaded (a date such as 2025-06-01): the sources' accessed.", valueName: "date"))
        var accessed: String?

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one file, e.g. bilat import imf IMTS.csv --into Datasets/NAME") }
        }

        func run() throws {
            do {
                let outcome = try ImfImportStage.run(.init(files: files, dataset: into, accessed: accessed))
                printErrorLines(outcome.skipped.lazy.map { "\($0.location): note: not imported: \($0.reason)" })
                for note in outcome.merged.revisionNotes(dataset: into) { printError(note) }
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
                same file again finds the same ids: equal rows are left alone; a changed value, unit or status is \
                recorded in revisions.csv.

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
                printErrorLines(outcome.skipped.lazy.map { "\($0.location): note: not imported: \($0.reason)" })
                for note in outcome.merged.revisionNotes(dataset: into) { printError(note) }
                emit(outcome.merged.summary(dataset: into))
            } catch {
                throw fail(with: error)
            }
        }
    }

}

/// Lines on standard error, written a mebibyte at a time: a million-row download skips a hundred thousand rows or
/// more, each a note, and one write(2) per line is as many system calls.
func printErrorLines(_ lines: some Sequence<String>) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20 + 4096)
    for line in lines {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { FileHandle.standardError.write(Data(buffer)); buffer.removeAll(keepingCapacity: true) }
    }
    if !buffer.isEmpty { FileHandle.standardError.write(Data(buffer)) }
}
