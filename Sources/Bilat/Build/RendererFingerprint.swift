import BilatCore
import BilatRender

/// A fingerprint of what the renderers make of a small fixed sample. It is part of the tool version in the
/// manifest, so a change to any renderer rebuilds every output without anyone remembering to bump a number.
public enum RendererFingerprint {
    public static let current: String = {
        let sample = sampleDataset()
        let outcome = AnalysisStage.analyse([sample])
        let charts = ChartStage.charts(outcome)
        var text = charts.map(\.svg).joined()
        text += ExportStage.files(outcome, flavour: .excel).map(\.text).joined()
        if let notebook = try? Notebook.parse(sampleNotebook, path: "sample.md"), let relationship = outcome.relationships.first,
           let report = try? ReportStage.render(ReportStage.Template(notebook: notebook, text: sampleNotebook, stem: "sample", yearly: true),
                                                year: 2021, outcome: outcome, relationship: relationship, charts: charts, database: "", format: .html) {
            text += report
        }
        let entries = outcome.relationships.map { r in
            BuildPlanner.IndexEntry(title: r.view.title, relationship: r.relationship, datasets: r.view.datasets,
                                    reports: [("aaa-bbb/reports/2021.html", "2021", "1 figure", true)], charts: charts)
        }
        text += IndexPage.render(datasets: [sample], entries: entries, csv: ["figures.csv"])
        // The layout is part of what the renderers make: a changed naming rule rebuilds everything.
        text += charts.map(\.path).joined(separator: "|")
        return Digest.of(text)
    }()

    static let sampleNotebook = """
        ---
        title: Sample {{year}}
        ---
        Prose with **emphasis** and {{parties}}.
        ```bilat summary
        ```
        ```bilat figures
        ```
        ```bilat growth
        ```
        ```bilat charts
        ```
        ```bilat events
        ```
        ```bilat findings
        ```
        ```bilat mirror
        ```
        ```bilat sources
        ```
        """

    static func sampleDataset() -> Dataset {
        func period(_ text: String) -> Period { try! PeriodReader.parse(text) }
        func figure(_ id: String, _ indicator: String, _ p: String, _ text: String, unit: String? = nil, compared: String? = nil,
                    direction: Direction = .both, source: String = "a") -> Figure {
            var q = try! QuantityReader.parse(text)
            if let unit { q.noun = unit }
            return Figure(id: id, indicator: indicator, reporter: "AAA", partner: "BBB", direction: direction, period: period(p), periodText: p,
                          comparedWith: compared.map(period), asReported: text, quantity: q, sourceID: source)
        }
        return Dataset(
            name: "sample", title: "Sample",
            sources: [Source(id: "a", publisher: "A", title: "Alpha", published: period("2022-01-05")),
                      Source(id: "b", publisher: "B", title: "Beta", published: period("2022"))],
            parties: [Party(id: "AAA", name: "Aland"), Party(id: "BBB", name: "Bland")],
            indicators: [Indicator(id: "trade_turnover", name: "Trade turnover", description: "t", unitKind: .money),
                         Indicator(id: "imports", name: "Imports", description: "i", unitKind: .money),
                         Indicator(id: "exports", name: "Exports", description: "x", unitKind: .money),
                         Indicator(id: "personnel_trained", name: "Personnel trained", description: "p", unitKind: .count)],
            figures: [figure("t20", "trade_turnover", "2020", "about $10 million"), figure("t21", "trade_turnover", "2021", "an estimated $12.5 million"),
                      figure("t19q", "trade_turnover", "January–September 2019", "$6 million", source: "b"),
                      figure("c21", "trade_turnover", "2021", "25% increase", compared: "2020", source: "b"),
                      figure("i21", "imports", "2021", "$4 million", direction: .fromPartner),
                      // BBB's side of i21, so the mirror table, chart and warning are part of the sample.
                      Figure(id: "x21", indicator: "exports", reporter: "BBB", partner: "AAA", direction: .toPartner, period: period("2021"),
                             periodText: "2021", asReported: "$3 million", quantity: try! QuantityReader.parse("$3 million"), sourceID: "b"),
                      figure("o", "personnel_trained", "2021", "over 100", unit: "officers"), figure("u", "personnel_trained", "2021", "around 40", unit: "units")],
            events: [Event(id: "e", date: period("2021-03-04"), dateText: "2021-03-04", title: "An event", sourceIDs: ["a"], note: "n"),
                     Event(id: "f", date: period("autumn 2015"), dateText: "autumn 2015", title: "Earlier", sourceIDs: ["b"])],
            statuses: [DealStatus(id: "s1", subject: "deal", stage: .agreed, asOf: period("2021-02"), sourceID: "a"),
                       DealStatus(id: "s2", subject: "deal", stage: .underNegotiation, asOf: period("2021-06"), sourceID: "b")])
    }
}
