import Foundation

extension Checks {
    /// How far a news figure may be from the official one, beyond its own rounding and qualifier, and still count
    /// as the same number, in percent of the official value. News quotes an early (provisional) release, which
    /// revisions move by a few percent, or converts from manats or rupees at a rate of its own; 5 % allows that
    /// and no more.
    public static let newsTolerancePercent: Decimal = 5

    /// A news figure against official statistics for the same flow and period (see ``StatisticsSources``).
    ///
    /// The flow is matched from either side (see ``Flow``), with the subject in any case and `all goods` (a
    /// Comtrade total) the same as no subject. The news figure is held against the official figures its own
    /// reporter's statistics give; only when there are none, against the mirror side's. Within the news figure's
    /// rounding and qualifier the two agree and nothing is said; within the tolerance beyond that, a note;
    /// farther apart, a warning. The pair is never also a `conflict` (that check leaves such pairs to this one).
    ///
    /// Where a side's statistics give no figure of the flow but give the others of its composition (Comtrade has
    /// exports and imports, never turnover), the figure they imply (``ImpliedFigures``, from that side's own
    /// official figures only) stands in for it: news of the turnover is held against the exports plus the imports.
    static func newsAgainstStatistics(_ dataset: Dataset, reported: [Observation], statistics: Set<String>,
                                      linkKeys: [String: String]) -> [Finding] {
        guard !statistics.isEmpty else { return [] }
        struct Place: Hashable { var flow: Flow; var start, end: CalendarDate }
        func place(_ o: Observation) -> Place {
            var flow = Flow(o.key)
            flow.subject = comparableSubject(o.key.subject)
            return Place(flow: flow, start: o.period.start, end: o.period.end)
        }
        var official: [Place: [Observation]] = [:]
        var officialFigures: [Observation] = []
        var news: [(Observation, Place)] = []
        for o in reported where !o.key.isLevelAtDate {
            if StatisticsSources.isStatistics(o, ids: statistics) {
                official[place(o), default: []].append(o)
                officialFigures.append(o)
            } else {
                news.append((o, place(o)))
            }
        }
        guard !official.isEmpty, !news.isEmpty else { return [] }
        // Implied by one side's official figures, where that side reports no figure of its own for the place.
        let known = Dictionary(grouping: officialFigures) { ImpliedFigures.Slot(key: $0.key, period: $0.period) }
        for d in ImpliedFigures.fromCompositions(known: known) where !d.key.isLevelAtDate {
            let at = place(d)
            if official[at]?.contains(where: { $0.key.reporter == d.key.reporter }) == true { continue }
            official[at, default: []].append(d)
        }
        let publishers = Dictionary(dataset.sources.map { ($0.id, $0.publisher) }, uniquingKeysWith: { first, _ in first })
        var out: [Finding] = []
        for (n, place) in news.sorted(by: { $0.0.id < $1.0.id }) {
            let candidates = (official[place] ?? []).filter { !DealIdentity.keptApart(linkKeys[n.id], linkKeys[$0.id]) }
            let sameSide = candidates.filter { $0.key.reporter == n.key.reporter }
            for o in (sameSide.isEmpty ? candidates : sameSide).sorted(by: { $0.id < $1.id }) {
                if let finding = newsStatisticsFinding(news: n, official: o, publishers: publishers, dataset: dataset) { out.append(finding) }
            }
        }
        return out
    }

    /// `all goods` (a Comtrade total) is what a figure without a subject counts.
    static func comparableSubject(_ subject: String) -> String {
        let folded = subject.lowercased()
        return folded == "all goods" ? "" : folded
    }

    static func newsStatisticsFinding(news n: Observation, official o: Observation, publishers: [String: String],
                                      dataset: Dataset) -> Finding? {
        let newsRange = range(n), officialRange = range(o)
        guard disjoint(newsRange, officialRange) else { return nil }
        let allowance = 1 + newsTolerancePercent / 100, shortfall = 1 - newsTolerancePercent / 100
        let widened = (low: officialRange.low.map { $0 * shortfall }, high: officialRange.high.map { $0 * allowance })
        let withinTolerance = !disjoint(newsRange, widened)
        let mirror = o.key.reporter != n.key.reporter
        let sources = o.sourceIDs.map { id in publishers[id].map { "\(id) (\($0))" } ?? id }.joined(separator: ", ")
        let verb = o.isDerived ? "imply" : "report"
        let implied = o.derivation.map { " as \($0.formula)" } ?? ""
        var message = "\(n.key.label) for \(n.period.shortName): the news source \(n.sourceIDs.joined(separator: ", ")) reports "
            + "\(n.valueDescription) (\(n.qualifier.rawValue)); official statistics \(sources) "
            + (mirror ? (o.isDerived ? "imply for the mirror side, " : "report the mirror side, ") + "\(o.key.label), " : "\(verb) ")
            + "\(o.valueDescription) (\(o.qualifier.rawValue))\(implied). "
        message += differenceWords(news: n, official: o)
        let tolerance = "the \(newsTolerancePercent) % tolerance for news against statistics"
        message += withinTolerance
            ? ", beyond the news figure's rounding and qualifier but within \(tolerance) (an early release, a currency conversion)"
            : ", beyond the news figure's rounding, its qualifier and \(tolerance): the news may quote another release or another measure"
        if mirror { message += "; mirror figures differ also by valuation (CIF against FOB) and timing" }
        // An implied figure is named by the official rows it comes from.
        let ids = [n.id] + (o.derivation?.inputs ?? [o.id])
        return Finding(kind: .newsAgainstStatistics, severity: withinTolerance ? .note : .warning, message: message,
                       subjects: ids, sourceIDs: n.sourceIDs + o.sourceIDs, locations: locate(ids, in: dataset))
    }

    /// "The news figure is 2.56 % above the official one" (from each end of a range); the official value is the base.
    static func differenceWords(news n: Observation, official o: Observation) -> String {
        guard o.value > 0 else { return "The official value is \(o.value), so the difference has no percentage" }
        func percent(_ v: Decimal) -> Decimal { (v - o.value) / o.value * 100 }
        func signed(_ d: Decimal) -> String { (d < 0 ? "−" : "+") + HumanNumber.places(d.magnitude, 2) + " %" }
        guard let high = n.high else {
            let d = percent(n.value)
            return "The news figure is \(HumanNumber.places(d.magnitude, 2)) % \(d < 0 ? "below" : "above") the official one"
        }
        return "The news range is \(signed(percent(n.value))) to \(signed(percent(high))) from the official value"
    }
}

extension HumanNumber {
    /// Plain digits with exactly `places` decimals ("2.50", "0.26").
    static func places(_ value: Decimal, _ places: Int) -> String {
        var text = value.rounded(places: places).plainText
        guard places > 0 else { return text }
        if !text.contains(".") { text += "." }
        let have = text.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? 0
        return text + String(repeating: "0", count: Swift.max(0, places - have))
    }
}
