import BilatCore
import BilatRender

/// Mirror flows over an analysed project: every relationship's pairs, the warnings they raise, and the datasets
/// of each pair's figures; what `bilat mirror`, `mirror.csv`, the charts and the report cell share.
public enum MirrorStage {
    /// The settings a relationship's mirror flows use: by default the project's for it (`RelationshipOutcome.mirror`).
    public typealias Settings = @Sendable (AnalysisStage.RelationshipOutcome) -> MirrorSettings

    public static let projectSettings: Settings = { $0.mirror }

    /// Every relationship's pairs, in relationship order, each at its relationship's factor.
    public static func pairs(_ outcome: AnalysisStage.Outcome, settings: Settings = projectSettings) -> [MirrorPair] {
        outcome.relationships.flatMap { MirrorFlows.pairs($0.reported, factor: settings($0).factor) }
    }

    /// The asymmetry warnings, relationship by relationship, each past its relationship's threshold (the checks
    /// raise the same ones at the project's settings).
    public static func findings(_ outcome: AnalysisStage.Outcome, settings: Settings = projectSettings) -> [Finding] {
        outcome.relationships.flatMap { r in
            let s = settings(r)
            return Checks.mirrorAsymmetries(MirrorFlows.pairs(r.reported, factor: s.factor), settings: s, in: r.dataset)
        }
    }

    /// "azerbaijan-pakistan" or "comtrade;news": the datasets the pair's figures come from.
    public static func datasets(of pair: MirrorPair, in outcome: AnalysisStage.Outcome) -> String {
        guard let r = outcome.relationship(id: pair.relationship) else { return "" }
        return r.view.datasetsOfRow(sources: pair.sourceIDs).joined(separator: ";")
    }
}
