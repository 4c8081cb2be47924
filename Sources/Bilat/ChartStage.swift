import BilatCore
import BilatRender
import Foundation

/// Which charts the data calls for, per relationship, and their SVG text.
public enum ChartStage {
    public struct Chart: Sendable {
        public var relationship: Relationship
        /// File stem under the relationship's charts/ folder, e.g. `trade_turnover`; unique within it.
        public var name: String
        /// Relative to Output/, e.g. `aze-pak/charts/trade_turnover.svg`.
        public var path: String
        public var title: String
        /// Made when asked for, so a build draws only the charts whose inputs changed.
        public var draw: @Sendable () -> String
        public var svg: String { draw() }
        /// The periods plotted, so a yearly report can pick the charts that include its year.
        public var periods: [Period]
        /// The observations plotted (or, for the timeline, none), for rebuild bookkeeping.
        public var observations: [Observation]
        /// What the chart shows: an indicator id, `money-usd`, or `events`; what `bilat chart` takes.
        public var shows: String
        /// The relationship's series with two or more periods, and how many of them a build charts
        /// (`TopSeries.chartLimit` per indicator), for the line a report writes under its charts.
        public var seriesCharted = 0, seriesTotal = 0

        public func includes(year: Int) -> Bool { periods.contains { $0.start.year <= year && $0.end.year >= year } }
    }

    /// A chart before it is named.
    struct Draft {
        var preferred: String, identity: String, shows: String, title: String
        var periods: [Period], observations: [Observation]
        var render: @Sendable () -> String
    }

    /// Every chart the data supports, relationship by relationship: a time series per series with two or more
    /// periods, the money figures side by side per currency, counts per indicator with two or more figures,
    /// a mirror chart per flow both sides report, and the events.
    ///
    /// - Parameter bounded: chart only the `TopSeries.chartLimit` largest series of each indicator and mirror flows
    ///   of each direction, and the largest rows of a side-by-side chart, as a build does; false for every one, so
    ///   `bilat chart` can draw any series. Names are the same either way.
    public static func charts(_ outcome: AnalysisStage.Outcome, bounded: Bool = true) -> [Chart] {
        let layout = OutputLayout(outcome.relationships.map(\.relationship))
        return outcome.relationships.flatMap { charts(for: $0, folder: layout.folder($0.relationship), bounded: bounded) }
    }

    static func charts(for r: AnalysisStage.RelationshipOutcome, folder: String, bounded: Bool = true) -> [Chart] {
        let limit = bounded ? TopSeries.chartLimit : nil
        let dataset = r.dataset
        var drafts: [Draft] = []
        // The points a reader must not quote without looking: those of open error findings.
        let flagged = Set(r.findings.filter { $0.severity == .error && !$0.isAccepted }.flatMap(\.subjects))
        let mine = r.reported + r.derived
        let series = Dictionary(grouping: mine, by: \.key).filter { $0.value.count >= 2 }
        let perIndicator = Dictionary(grouping: series.keys, by: \.indicator)
        let keys = Set(series.keys)
        // The largest series of each indicator are charted; the others are named, so names do not move.
        var charted = Set<SeriesKey>()
        for (_, group) in perIndicator {
            charted.formUnion(TopSeries.top(group, limit: limit, key: { $0 }, size: { k in
                series[k]?.map(\.highOrValue.magnitude).max() ?? 0 }).keys)
        }
        var skipped = Set<String>()
        for key in series.keys.sorted() {
            guard let points = series[key] else { continue }
            let alone = perIndicator[key.indicator]?.count == 1
            // Each side's turnover is a series of its own: when both are charted, name and title say whose each is.
            let bothSides = hasOtherSidesSeries(key, among: keys)
            let side = bothSides ? "reported-by-\(key.reporter.lowercased())" : ""
            let preferred = alone ? key.indicator : [key.indicator, directionWords(key), side, key.subject, key.unit]
                .filter { !$0.isEmpty }.joined(separator: "-")
            let title = "\(indicatorName(key.indicator, in: dataset)), \(pair(key, in: dataset))"
                + (bothSides ? ", as \(partyName(key.reporter, in: dataset)) reports it" : "")
                + (key.subject.isEmpty ? "" : ": \(key.subject)")
            let sources = sources(of: points, in: dataset)
            if !charted.contains(key) { skipped.insert("series|\(key)") }
            drafts.append(Draft(preferred: preferred, identity: "series|\(key)", shows: key.indicator, title: title,
                                periods: points.map(\.period), observations: points) {
                TimeSeriesChart.render(title: title, key: key, observations: points, sources: sources, flagged: flagged)
            })
        }
        let reported = mine.filter { !$0.isDerived }
        for currency in Set(reported.map(\.key.unit)).filter(ValueLabel.isMoney).sorted() {
            let all = reported.filter { $0.key.unit == currency }
            guard all.count >= 2 else { continue }
            let money = largest(all, limit: limit.map { _ in TopSeries.tableLimit })
            // Each row says who gave, sold or sent to whom, from the figure's direction.
            let rows = money.map {
                MoneyComparisonChart.Row(label: rowLabel($0, in: dataset), observation: $0,
                                         flow: ChartRow.flow(reporter: partyName($0.key.reporter, in: dataset),
                                                             partner: partyName($0.key.partner, in: dataset), direction: $0.key.direction))
            }
            let title = "Money figures side by side, \(r.view.title)" + shownOf(money.count, all.count)
            let sources = sources(of: money, in: dataset)
            drafts.append(Draft(preferred: "money-\(currency.lowercased())", identity: "money|\(currency)", shows: "money-\(currency.lowercased())",
                                title: title, periods: money.map(\.period), observations: money) {
                MoneyComparisonChart.render(title: title, currency: currency, rows: rows, sources: sources, flagged: flagged)
            })
        }
        let counts = Dictionary(grouping: reported.filter { !ValueLabel.isMoney($0.key.unit) }, by: \.key.indicator)
        // A count indicator that already has a series over time is shown there, not twice.
        let plotted = Set(series.keys.map(\.indicator))
        for indicator in counts.keys.sorted() where !plotted.contains(indicator) {
            guard let whole = counts[indicator], whole.count >= 2 else { continue }
            let group = largest(whole, limit: limit.map { _ in TopSeries.tableLimit })
            let rows = group.map { CountsChart.Row(label: $0.key.subject.isEmpty ? $0.key.unit : $0.key.subject, observation: $0) }
            let title = "\(indicatorName(indicator, in: dataset)), \(r.view.title)" + shownOf(group.count, whole.count)
            let sources = sources(of: group, in: dataset)
            drafts.append(Draft(preferred: indicator, identity: "counts|\(indicator)", shows: indicator, title: title,
                                periods: group.map(\.period), observations: group) {
                CountsChart.render(title: title, rows: rows, sources: sources, flagged: flagged)
            })
        }
        // A mirror chart per flow that both sides report at least once, at the relationship's factor.
        let pairs = MirrorFlows.pairs(r.reported, factor: r.mirror.factor)
        let flows = Dictionary(grouping: pairs) { "\($0.exporter)|\($0.importer)|\($0.subject)|\($0.unit)" }
        // The largest flows of each direction are charted.
        let drawable = flows.filter { $0.value.contains(where: { $0.reported == .both }) }
        var chartedFlows = Set<String>()
        for (_, group) in Dictionary(grouping: drawable.keys, by: { key in drawable[key]?.first.map { "\($0.exporter)|\($0.importer)" } ?? "" }) {
            chartedFlows.formUnion(TopSeries.top(group, limit: limit, key: { $0 }, size: { flow in
                (drawable[flow] ?? []).flatMap { [$0.importerReport, $0.exporterReport].compactMap { $0?.highOrValue.magnitude } }.max() ?? 0 }).keys)
        }
        for flow in flows.keys.sorted() {
            guard let group = flows[flow], let p = group.first, group.contains(where: { $0.reported == .both }) else { continue }
            if !chartedFlows.contains(flow) { skipped.insert("mirror|\(flow)") }
            let title = "Mirror flows, \(partyName(p.exporter, in: dataset)) to \(partyName(p.importer, in: dataset))"
                + (p.subject.isEmpty ? "" : ": \(p.subject)")
            let points = group.flatMap { [$0.importerReport, $0.exporterReport].compactMap { $0 } }
            let sources = sources(of: points, in: dataset)
            drafts.append(Draft(preferred: ["mirror", p.exporter, "to", p.importer, p.subject, p.unit].filter { !$0.isEmpty }.joined(separator: "-"),
                                identity: "mirror|\(flow)", shows: "mirror", title: title, periods: group.map(\.period), observations: points) {
                MirrorChart.render(title: title, pairs: group, sources: sources)
            })
        }
        if !dataset.events.isEmpty {
            let used = Set(dataset.events.flatMap(\.sourceIDs))
            let title = "Events, \(r.view.title)"
            let sources = dataset.sources.filter { used.contains($0.id) }
            drafts.append(Draft(preferred: "events", identity: "events", shows: "events", title: title, periods: [], observations: []) {
                TimelineChart.render(title: title, events: dataset.events, sources: sources)
            })
        }
        let names = OutputNaming.names(drafts.map { .init(preferred: $0.preferred, identity: $0.identity) })
        let total = series.count, seriesCharted = series.keys.filter(charted.contains).count
        return zip(drafts, names).compactMap { draft, name in
            guard !skipped.contains(draft.identity) else { return nil }
            return Chart(relationship: r.relationship, name: name, path: "\(folder)/charts/\(name).svg", title: draft.title, draw: draft.render,
                         periods: draft.periods, observations: draft.observations, shows: draft.shows,
                         seriesCharted: seriesCharted, seriesTotal: total)
        }.sorted { $0.name < $1.name }
    }

    /// The `limit` largest observations (all when nil), largest first; equal values in id order.
    static func largest(_ observations: [Observation], limit: Int?) -> [Observation] {
        guard let limit, observations.count > limit else { return observations }
        return Array(observations.sorted { a, b in
            a.highOrValue.magnitude != b.highOrValue.magnitude ? a.highOrValue.magnitude > b.highOrValue.magnitude : a.id < b.id
        }.prefix(limit))
    }

    /// ": the 20 largest of 4,321 figures" when a chart leaves figures out; nothing otherwise.
    static func shownOf(_ shown: Int, _ total: Int) -> String {
        shown < total ? " (the \(NumberText.grouped(shown)) largest of \(NumberText.grouped(total)) figures)" : ""
    }

    /// True for a series both ways (turnover) whose parties the other side reports too, as a series of its own.
    static func hasOtherSidesSeries(_ key: SeriesKey, among keys: Set<SeriesKey>) -> Bool {
        guard key.direction == .both, key.reporter != key.partner else { return false }
        var other = key
        (other.reporter, other.partner) = (key.partner, key.reporter)
        return keys.contains(other)
    }

    /// "aze-to-pak" for a one-way series, nothing for both ways.
    static func directionWords(_ key: SeriesKey) -> String {
        switch key.direction {
        case .both: return ""
        case .toPartner: return "\(key.reporter)-to-\(key.partner)"
        case .fromPartner: return "\(key.partner)-to-\(key.reporter)"
        }
    }

    static func indicatorName(_ id: String, in dataset: Dataset) -> String {
        dataset.indicators.first { $0.id == id }?.name ?? id
    }

    static func partyName(_ id: String, in dataset: Dataset) -> String {
        dataset.parties.first { $0.id == id }?.name ?? id
    }

    static func pair(_ key: SeriesKey, in dataset: Dataset) -> String {
        let a = partyName(key.reporter, in: dataset), b = partyName(key.partner, in: dataset)
        switch key.direction {
        case .both: return "\(a)–\(b)"
        case .toPartner: return "\(a) to \(b)"
        case .fromPartner: return "\(b) to \(a)"
        }
    }

    static func rowLabel(_ o: Observation, in dataset: Dataset) -> String {
        o.key.subject.isEmpty ? indicatorName(o.key.indicator, in: dataset) : "\(indicatorName(o.key.indicator, in: dataset)): \(o.key.subject)"
    }

    static func sources(of observations: [Observation], in dataset: Dataset) -> [Source] {
        let ids = Set(observations.flatMap(\.sourceIDs))
        return dataset.sources.filter { ids.contains($0.id) }
    }

    /// The charts `bilat chart NAME` means: by what they show (an indicator id, `money-usd`, `events`) or by
    /// file name, optionally narrowed by subject text and relationship. Several can match.
    public static func charts(named name: String, subject: String?, relationship: Relationship?,
                              in outcome: AnalysisStage.Outcome) throws(DiagnosticsError) -> [Chart] {
        let all = charts(outcome, bounded: false).filter { relationship == nil || $0.relationship == relationship }
        let wanted = subject.map(OutputNaming.slug)
        let matches = all.filter { $0.shows == name || $0.name == name }
            .filter { c in wanted.map { w in OutputNaming.slug(c.title).contains(w) || c.name.contains(w) } ?? true }
        guard !matches.isEmpty else {
            let why = ChartAbsence.explain(name, charts: all, outcome: outcome, relationship: relationship)
                ?? "no chart for '\(name)'"
            throw DiagnosticsError([.error(why + (subject.map { " with subject '\($0)'" } ?? "")
                                           + (relationship.map { " in \($0.id)" } ?? ""),
                                           accepted: Array(Set(all.map(\.shows))).sorted().joined(separator: ", "))])
        }
        return matches
    }
}
