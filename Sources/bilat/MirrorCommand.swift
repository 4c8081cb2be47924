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
            insurance alone can put CIF 10–20 % above FOB, so a smaller gap is not worth a warning.

            A project sets its own factor and threshold in Datasets/mirror-settings.csv, with the columns \
            relationship,factor,threshold_percent: a row for one relationship (AZE-PAK, either order) or * for \
            every relationship without its own row. `bilat check`, the build (findings.csv, mirror.csv, the \
            mirror charts, the reports) and this command all use it; without the file, 1/1.06 and 20 %. \
            --factor and --threshold override it for this command's output only, and a report's mirror cell \
            takes factor= and threshold= options that override it for that cell.

            Examples:
              bilat mirror
              bilat mirror --relationship AZE-PAK
              bilat mirror --factor 1/1.1 --threshold 10
              bilat mirror --format csv > mirror.csv
            """)

    @Option(help: ArgumentHelp("CIF → FOB factor: a fraction (1/1.06) or decimal (0.95), above 0 and at most 1. "
                               + "Default: the project's (Datasets/mirror-settings.csv), else 1/1.06.", valueName: "f"))
    var factor: String?

    @Option(help: ArgumentHelp("Warn when the asymmetry is more than this many percent of the exporter's value. "
                               + "Default: the project's, else 20.", valueName: "percent"))
    var threshold: String?

    @OptionGroup var output: FormatOptions

    @OptionGroup var scope: ScopeOptions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let factor, MirrorFactor(text: factor) == nil {
            throw ValidationError("--factor takes a number above 0 and at most 1, or a fraction such as 1/1.06, not '\(factor)'")
        }
        if let threshold, MirrorSettings.thresholdPercent(text: threshold) == nil {
            throw ValidationError("--threshold takes a percentage of 0 or more, such as 20, not '\(threshold)'")
        }
    }

    func run() throws {
        let factorGiven = factor.flatMap(MirrorFactor.init(text:)), thresholdGiven = threshold.flatMap(MirrorSettings.thresholdPercent(text:))
        // Each relationship's settings from the project, with what the command line gives in their place.
        let settings: MirrorStage.Settings = { r in
            var s = r.mirror
            if let factorGiven { s.factor = factorGiven }
            if let thresholdGiven { s.thresholdPercent = thresholdGiven }
            return s
        }
        do {
            let outcome = try scope.analyse(store: store.database)
            let pairs = MirrorStage.pairs(outcome, settings: settings)
            var text = try MirrorOutput.render(pairs, as: output.format) { MirrorStage.datasets(of: $0, in: outcome) }
            if output.format == .table && !pairs.isEmpty {
                let warnings = MirrorStage.findings(outcome, settings: settings)
                let shown = outcome.relationships.filter { r in pairs.contains { $0.relationship == r.relationship.id } }
                let heading = Self.warningsHeading(shown.map { ($0.relationship.id, settings($0).thresholdPercent) })
                text += "\n\(heading): \(warnings.count)\n"
                for w in warnings { text += "  \(w.id)\n    \(w.message)\n" }
            }
            emit(text)
        } catch {
            throw fail(with: error)
        }
    }

    /// "warnings above 20 %", or with thresholds that differ, "warnings above each relationship's threshold
    /// (AZE-PAK 10 %, ARM-AZE 20 %)".
    static func warningsHeading(_ thresholds: [(relationship: String, percent: Decimal)]) -> String {
        let distinct = Set(thresholds.map(\.percent))
        if distinct.count <= 1 { return "warnings above \((distinct.first ?? MirrorSettings.standard.thresholdPercent).plainText) %" }
        return "warnings above each relationship's threshold ("
            + thresholds.map { "\($0.relationship) \($0.percent.plainText) %" }.joined(separator: ", ") + ")"
    }
}
