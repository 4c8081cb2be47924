import BilatCore
import BilatRender

/// Mirror flows over an analysed project: every relationship's pairs, the warnings they raise, and the datasets
/// of each pair's figures; what `bilat mirror`, `mirror.csv`, the charts and the report cell share.
public enum MirrorStage {
    /// Every relationship's pairs, in relationship order.
    public static func pairs(_ outcome: AnalysisStage.Outcome, factor: MirrorFactor = .imf) -> [MirrorPair] {
        outcome.relationships.flatMap { MirrorFlows.pairs($0.reported, factor: factor) }
    }

    /// The asymmetry warnings under `settings`, relationship by relationship (the checks raise them at the default).
    public static func findings(_ outcome: AnalysisStage.Outcome, settings: MirrorSettings) -> [Finding] {
        outcome.relationships.flatMap { r in
            Checks.mirrorAsymmetries(MirrorFlows.pairs(r.reported, factor: settings.factor), settings: settings, in: r.dataset)
        }
    }

    /// "azerbaijan-pakistan" or "comtrade;news": the datasets the pair's figures come from.
    public static func datasets(of pair: MirrorPair, in outcome: AnalysisStage.Outcome) -> String {
        guard let r = outcome.relationship(id: pair.relationship) else { return "" }
        return r.view.datasetsOfRow(sources: pair.sourceIDs).joined(separator: ";")
    }
}
