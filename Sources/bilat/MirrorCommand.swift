import ArgumentParser
import Bilat
import BilatCore
import BilatRender
import Foundation

struct MirrorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mirror",
        abstract: "Mirror flows: each side's report of one flow, per period, and how far apart they are.",
        discussion: """
            A's imports from B and B's exports to A are the same goods seen from the two sides. bilat pairs \
            an `imports` figure (reporter A, partner B, direction from_partner) with an `exports` figure (reporter \
            B, partner A, direction to_partner) of the same relationship, subject (such as "all goods" or one HS \
            code) and unit, for exactly the same period. A month is never paired with a year, nor a fiscal year \
            with a calendar year. World (WLD) is never paired. A flow that only one side reports gets a row that \
            says the other side did not report it.

            Imports are valued CIF (with freight and insurance) and exports FOB, so the importer's value is \
            converted to FOB first: CIF × factor, rounded to the cent. The default factor is 1/1.06, the IMF's \
            convention. Then asymmetry = importer at FOB − exporter, and asymmetry % = asymmetry ÷ exporter's \
            value × 100. A positive asymmetry means the importer records more than the exporter.

            A pair whose asymmetry is more than the threshold (default 20 %) either way is a mirror-asymmetry \
            warning in `bilat check` and in the reports; the table lists the warnings under it. Freight and \
            insurance alone can put CIF 10–20 % above FOB, so a smaller gap is not worth a warning. `bilat check` \
            and the build use the defaults; --factor and --threshold apply to this command's output, and the \
            report cell takes factor= and threshold= options.

            Examples:
              bilat mirror
              bilat mirror --relationship AZE-PAK
              bilat mirror --factor 1/1.1 --threshold 10
              bilat mirror --format csv > mirror.csv
            """)

    @Option(help: ArgumentHelp("CIF → FOB factor: a fraction (1/1.06) or decimal (0.95), above 0 and at most 1.", valueName: "f"))
    var factor: String = MirrorFactor.imf.text

    @Option(help: ArgumentHelp("Warn when the asymmetry is more than this many percent of the exporter's value.", valueName: "percent"))
    var threshold: String = MirrorSettings.standard.thresholdPercent.plainText

    @OptionGroup var output: FormatOptions

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard MirrorFactor(text: factor) != nil else {
            throw ValidationError("--factor takes a number above 0 and at most 1, or a fraction such as 1/1.06, not '\(factor)'")
        }
        guard thresholdPercent != nil else {
            throw ValidationError("--threshold takes a percentage of 0 or more, such as 20, not '\(threshold)'")
        }
    }

    var thresholdPercent: Decimal? {
        guard !threshold.isEmpty, threshold.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let d = Decimal(string: threshold, locale: Locale(identifier: "en_US_POSIX")), d >= 0 else { return nil }
        return d
    }

    func run() throws {
        guard let factor = MirrorFactor(text: factor), let thresholdPercent else { throw ExitCode.validationFailure }
        let settings = MirrorSettings(factor: factor, thresholdPercent: thresholdPercent)
        do {
            let outcome = try scope.analyse(store: store.database)
            let pairs = MirrorStage.pairs(outcome, factor: factor)
            var text = try MirrorOutput.render(pairs, as: output.format, factor: factor) { MirrorStage.datasets(of: $0, in: outcome) }
            if output.format == .table && !pairs.isEmpty {
                let warnings = MirrorStage.findings(outcome, settings: settings)
                text += "\nwarnings above \(thresholdPercent.plainText) %: \(warnings.count)\n"
                for w in warnings { text += "  \(w.id)\n    \(w.message)\n" }
            }
            emit(text)
        } catch {
            throw fail(with: error)
        }
    }
}
