import Foundation

extension Checks {
    /// The reasons two sides' reports of one flow usually differ, which every asymmetry warning lists.
    public static let mirrorExplanations = "CIF/FOB valuation beyond the factor, re-exports, transit through third countries, "
        + "timing (shipped in one period, recorded in the next), calendar against fiscal years"

    /// A warning for each pair of mirror reports whose asymmetry, after converting the importer's value to FOB,
    /// is more than the threshold in either direction. A pair exactly at the threshold is not reported.
    public static func mirrorAsymmetries(_ pairs: [MirrorPair], settings: MirrorSettings = .standard,
                                         in dataset: Dataset) -> [Finding] {
        pairs.compactMap { p in
            guard let percent = p.asymmetryPercent, let i = p.importerReport, let e = p.exporterReport, let fob = p.importerFOB,
                  percent.magnitude > settings.thresholdPercent else { return nil }
            let more = percent > 0 ? "more" : "less"
            let message = "\(p.importer) records \(MirrorFlows.oneDecimal(percent.magnitude)) % \(more) imports from \(p.exporter) "
                + "(\(p.subject.isEmpty ? "" : p.subject + ", ")\(p.period.shortName)) than \(p.exporter) records as exports: "
                + "\(i.value.plainText) \(p.unit) CIF × \(p.factor.text) = \(fob.plainText) FOB against \(e.value.plainText) FOB "
                + "(\(i.id) against \(e.id)); more than the \(settings.thresholdPercent.plainText) % threshold. "
                + "Usual explanations: \(mirrorExplanations)"
            return Finding(kind: .mirrorAsymmetry, severity: .warning, message: message, subjects: [i.id, e.id],
                           sourceIDs: i.sourceIDs + e.sourceIDs, locations: locate([i.id, e.id], in: dataset))
        }
    }
}
