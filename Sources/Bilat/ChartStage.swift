import BilatCore
import BilatRender
import Foundation

/// Which charts the data calls for, and their SVG text.
public enum ChartStage {
    public struct Chart: Sendable {
        /// File stem under Output/charts, e.g. `trade_turnover`.
        public var name: String
        public var title: String
        public var svg: String
        /// The periods plotted, so a yearly report can pick the charts that include its year.
        public var periods: [Period]
        /// The observations plotted (or, for the timeline, none), for rebuild bookkeeping.
        public var observations: [Observation]

        public func includes(year: Int) -> Bool { periods.contains { $0.start.year <= year && $0.end.year >= year } }
    }

    /// Every chart the datasets support: a time series per series with two or more periods, the money
    /// figures side by side per currency, counts per indicator with two or more figures, and the events.
    public static func charts(_ outcome: AnalysisStage.Outcome) -> [Chart] {
        var charts: [Chart] = []
        for dataset in outcome.datasets {
            let mine = (outcome.reported + outcome.derived).filter { $0.key.dataset == dataset.name }
            let series = Dictionary(grouping: mine, by: \.key).filter { $0.value.count >= 2 }
            let perIndicator = Dictionary(grouping: series.keys, by: \.indicator)
            for key in series.keys.sorted() {
                let name = perIndicator[key.indicator]!.count == 1 ? key.indicator
                    : "\(key.indicator)-\(slug(key.subject.isEmpty ? key.unit : key.subject + "-" + key.unit))"
                let title = "\(indicatorName(key.indicator, in: dataset)), \(pair(key, in: dataset))"
                charts.append(Chart(name: name, title: title, svg: TimeSeriesChart.render(
                    title: title, key: key, observations: series[key]!, sources: sources(of: series[key]!, in: dataset)),
                    periods: series[key]!.map(\.period), observations: series[key]!))
            }
            let reported = mine.filter { !$0.isDerived }
            for currency in Set(reported.map(\.key.unit)).filter(ValueLabel.isMoney).sorted() {
                let money = reported.filter { $0.key.unit == currency }
                guard money.count >= 2 else { continue }
                let rows = money.map { MoneyComparisonChart.Row(label: rowLabel($0, in: dataset), observation: $0) }
                let title = "Money figures side by side, \(partiesTitle(dataset))"
                charts.append(Chart(name: "money-\(currency.lowercased())", title: title, svg: MoneyComparisonChart.render(
                    title: title, currency: currency, rows: rows, sources: sources(of: money, in: dataset)),
                    periods: money.map(\.period), observations: money))
            }
            let counts = Dictionary(grouping: reported.filter { !ValueLabel.isMoney($0.key.unit) }, by: \.key.indicator)
            // A count indicator that already has a series over time is shown there, not twice.
            let plotted = Set(series.keys.map(\.indicator))
            for indicator in counts.keys.sorted() where counts[indicator]!.count >= 2 && !plotted.contains(indicator) {
                let group = counts[indicator]!
                let rows = group.map { CountsChart.Row(label: $0.key.subject.isEmpty ? $0.key.unit : $0.key.subject, observation: $0) }
                let title = "\(indicatorName(indicator, in: dataset)), \(partiesTitle(dataset))"
                charts.append(Chart(name: indicator, title: title, svg: CountsChart.render(title: title, rows: rows, sources: sources(of: group, in: dataset)),
                                    periods: group.map(\.period), observations: group))
            }
            if !dataset.events.isEmpty {
                let used = Set(dataset.events.flatMap(\.sourceIDs))
                let title = "Events, \(partiesTitle(dataset))"
                charts.append(Chart(name: "events", title: title, svg: TimelineChart.render(
                    title: title, events: dataset.events, sources: dataset.sources.filter { used.contains($0.id) }),
                    periods: [], observations: []))
            }
        }
        return charts.sorted { $0.name < $1.name }
    }

    static func slug(_ text: String) -> String {
        let lowered = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }

    static func indicatorName(_ id: String, in dataset: Dataset) -> String {
        dataset.indicators.first { $0.id == id }?.name ?? id
    }

    static func partyName(_ id: String, in dataset: Dataset) -> String {
        dataset.parties.first { $0.id == id }?.name ?? id
    }

    static func partiesTitle(_ dataset: Dataset) -> String {
        dataset.parties.map(\.name).sorted().joined(separator: "–")
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

    /// One chart by indicator id (or `events`, `money-usd`, …), optionally narrowed by subject text.
    public static func chart(named name: String, subject: String?, in outcome: AnalysisStage.Outcome) throws(DiagnosticsError) -> Chart {
        let all = charts(outcome)
        let matches = all.filter { $0.name == name || $0.name.hasPrefix(name + "-") }
            .filter { subject == nil || $0.name.localizedCaseInsensitiveContains(slug(subject!)) }
        guard let first = matches.first else {
            throw DiagnosticsError([.error("no chart for '\(name)'\(subject.map { " with subject '\($0)'" } ?? "")",
                                           accepted: all.map(\.name).joined(separator: ", "))])
        }
        return first
    }
}
