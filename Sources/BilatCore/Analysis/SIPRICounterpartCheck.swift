extension Checks {
    /// Indicators whose news figures are deal values SIPRI's register should list.
    static let newsDealIndicators: Set<String> = ["defence_deal_value", "deal_value"]

    /// A deal value in the news with no counterpart in an imported SIPRI register, as a note.
    ///
    /// Only for a supplier→recipient route the register covers at all (some figure of that route has a source
    /// published by SIPRI): without one, every deal would be noted. A counterpart is a figure of the register
    /// (key `sipri-…`) on the same route whose order or delivery year overlaps the news figure's period; a deal
    /// between the two both ways (`both`) is looked for on either route. The note does not say the news is wrong:
    /// SIPRI lists a deal once weapons are ordered, and news reports deals still being negotiated.
    static func newsDealsWithoutSIPRI(_ dataset: Dataset, reported: [Observation], statistics: Set<String>,
                                      linkKeys: [String: String]) -> [Finding] {
        let sipri = StatisticsSources.sipriIDs(dataset)
        guard !sipri.isEmpty else { return [] }
        struct Route: Hashable { var dataset, supplier, recipient: String }
        var registers: [Route: Set<String>] = [:]
        var deals: [Route: [Observation]] = [:]
        for o in reported where StatisticsSources.isStatistics(o, ids: sipri) {
            let flow = Flow(o.key)
            let route = Route(dataset: flow.dataset, supplier: flow.origin, recipient: flow.destination)
            registers[route, default: []].formUnion(o.sourceIDs)
            if (linkKeys[o.id] ?? "").lowercased().hasPrefix("sipri-") { deals[route, default: []].append(o) }
        }
        var out: [Finding] = []
        let news = reported.filter { newsDealIndicators.contains($0.key.indicator) && !StatisticsSources.isStatistics($0, ids: statistics) }
        for n in news.sorted(by: { $0.id < $1.id }) {
            let flow = Flow(n.key)
            var routes = [Route(dataset: flow.dataset, supplier: flow.origin, recipient: flow.destination)]
            if n.key.direction == .both { routes.append(Route(dataset: flow.dataset, supplier: flow.destination, recipient: flow.origin)) }
            let covered = routes.filter { registers[$0] != nil }
            guard !covered.isEmpty else { continue }
            let overlapping = covered.flatMap { deals[$0] ?? [] }
                .contains { $0.period.start <= n.period.end && n.period.start <= $0.period.end }
            guard !overlapping else { continue }
            let registerIDs = covered.flatMap { (registers[$0] ?? []).sorted() }
            let route = covered.map { "\($0.supplier)→\($0.recipient)" }.joined(separator: " or ")
            let name = n.key.subject.isEmpty ? "" : " (\(n.key.subject))"
            out.append(Finding(
                kind: .newsDealNotInSIPRI, severity: .note,
                message: "\(n.id): the news source \(n.sourceIDs.joined(separator: ", ")) reports a \(n.key.indicator) of "
                    + "\(n.valueDescription) \(n.key.unit)\(name) for \(n.period.shortName), but the imported SIPRI register "
                    + "(\(registerIDs.joined(separator: ", "))) has no deal \(route) ordered or delivered in a year overlapping it. "
                    + "SIPRI may not list it yet, or the deal may not have been concluded",
                subjects: [n.id], sourceIDs: n.sourceIDs + registerIDs, locations: locate([n.id], in: dataset)))
        }
        return out
    }
}
