import ArgumentParser
import BilatCore
import BilatRender

struct Normalise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how bilat reads figure texts (or, with --period, period texts).",
        discussion: """
            Prints the exact value, unit, currency, scale and qualifier bilat reads from each text, the way \
            it reads the as_reported column of figures.csv. Exits 1 if any text is unreadable, after saying why \
            and what is accepted.

            Accepted figures: \(QuantityReader.acceptedForms).

            Accepted periods: \(PeriodReader.acceptedForms).

            Examples:
              bilat normalise '$11.7 million' 'one and a half million dollars' 'over a hundred officers'
              bilat normalise --period 'January to September 2018' '2018-Q3'
              bilat normalise --period 'the past ten years' --as-of 2022-10-04
              bilat normalise --period FY2020-21 FY21 --fiscal-year-start 07-01
              bilat normalise --format json '26.55% increase'
            """,
        aliases: ["normalize"])

    @Argument(help: ArgumentHelp("Texts to read, each as one argument (quote them in the shell).", valueName: "text"))
    var texts: [String] = []

    @Flag(help: "Read the texts as periods instead of figures.")
    var period = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Reference date for windows such as 'the past ten years'.", valueName: "date"))
    var asOf: String?

    @Option(name: .customLong("fiscal-year-start"),
            help: ArgumentHelp("When the fiscal year starts (MM-DD), for labels such as 'FY2020-21', as parties.csv's fiscal_year_start.",
                               valueName: "month-day"))
    var fiscalYearStart: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if texts.isEmpty { throw ValidationError("give at least one text to read, e.g. bilat normalise '$11.7 million'") }
        if asOf != nil && !period { throw ValidationError("--as-of applies to periods; add --period") }
        if fiscalYearStart != nil && !period { throw ValidationError("--fiscal-year-start applies to periods; add --period") }
        if let fiscalYearStart, FiscalYearStart(text: fiscalYearStart) == nil {
            throw ValidationError("--fiscal-year-start '\(fiscalYearStart)' is not \(FiscalYearStart.accepted)")
        }
    }

    func run() throws {
        var failures: [Diagnostic] = []
        if period {
            var reference: Period?
            if let asOf {
                do { reference = try PeriodReader.parse(asOf) } catch {
                    throw ValidationError("--as-of: \(error.message); accepted: a date such as 2022-10-04, 2022-10 or 2022")
                }
            }
            let fiscalYear = fiscalYearStart.flatMap { FiscalYearStart(text: $0) }.map { FiscalYear(party: "--fiscal-year-start \($0)", start: $0) }
            let lines = texts.map { text in
                let result: Result<Period, Diagnostic> = Result { () throws(Diagnostic) in
                    try PeriodReader.parse(text, reference: reference, fiscalYear: fiscalYear)
                }
                if case .failure(let d) = result { failures.append(d) }
                return NormaliseOutput.PeriodLine(input: text, result: result)
            }
            emit(try NormaliseOutput.periods(lines, as: output.format))
        } else {
            let lines = texts.map { text in
                let result = QuantityReader.read(text)
                if case .failure(let d) = result { failures.append(d) }
                return NormaliseOutput.QuantityLine(input: text, result: result)
            }
            emit(try NormaliseOutput.quantities(lines, as: output.format))
        }
        if !failures.isEmpty {
            for d in failures { printError(d.description) }
            throw ExitCode.failure
        }
    }
}
