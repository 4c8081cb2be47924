/// How bilat knows that rows describe one deal or event, for the checks that compare their dates and values.
///
/// - A row with a `key` is one deal or event with every row of the same key (compared in any case),
///   whatever its subject or table, and never with a row of another key or of none.
/// - Without a key, figures of a deal indicator (``dealIndicators``) describe one deal when they share the
///   indicator, the flow (parties and direction, from either side) and the subject (in any case); deal statuses
///   when they share the subject; events are linked only by keys, since their titles are free text.
public enum DealIdentity {
    /// Indicators whose figures each describe one deal or announcement (a value, an order), not a flow summed
    /// over the figure's period: two of them with the same subject are the same deal, and a part of their
    /// period is not a part of the deal.
    public static let dealIndicators: Set<String> = ["arms_ordered", "deal_value", "defence_deal_value", "investment_pledged"]

    /// Indicators whose figures are not sums over their periods: deals, and investment, which may be a stock.
    static let notSummedOverTime: Set<String> = dealIndicators.union(["investment"])

    /// The deal a reported figure describes; nil for figures of other indicators without a key.
    static func of(_ o: Observation, linkKey: String) -> String? {
        if let key = keyed(linkKey) { return key }
        guard dealIndicators.contains(o.key.indicator) else { return nil }
        let flow = Flow(o.key)
        return ["deal", flow.dataset, flow.indicator, flow.origin, flow.destination, o.key.subject.lowercased()]
            .joined(separator: "\u{1F}")
    }

    static func of(_ s: DealStatus) -> String { keyed(s.linkKey) ?? "subject\u{1F}" + s.subject.lowercased() }

    static func of(_ e: Event) -> String? { keyed(e.linkKey) }

    private static func keyed(_ linkKey: String) -> String? { linkKey.isEmpty ? nil : "key\u{1F}" + linkKey.lowercased() }

    /// Rows whose keys name two different deals or events: never compared as one measure, even in one series.
    static func keptApart(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, !a.isEmpty, !b.isEmpty else { return false }
        return a.lowercased() != b.lowercased()
    }
}
