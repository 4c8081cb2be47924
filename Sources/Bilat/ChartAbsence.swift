import BilatCore

/// Why an indicator with figures has no chart of its own, and where its figures are shown instead.
enum ChartAbsence {
    /// nil when `name` is not an indicator with reported figures in scope.
    static func explain(_ name: String, charts: [ChartStage.Chart], outcome: AnalysisStage.Outcome,
                        relationship: Relationship?) -> String? {
        let layout = OutputLayout(outcome.relationships.map(\.relationship))
        let scoped = outcome.relationships.filter { relationship == nil || $0.relationship == relationship }
        let figures = scoped.flatMap { r in r.reported.filter { $0.key.indicator == name }.map { (r, $0) } }
        guard !figures.isEmpty else { return nil }
        let series = Set(figures.map(\.1.key))
        let count = figures.count == 1 ? "1 figure" : "\(figures.count) figures"
        let why = figures.count == 1
            ? "'\(name)' has \(count), and a chart needs two or more"
            : "'\(name)' has \(count), each of a different series (\(series.count) subjects or units), and a chart of its own "
              + "needs two or more figures of one series, or for counts two or more of the indicator"
        // The combined charts (money side by side) that plot its figures.
        let combined = charts.filter { $0.observations.contains { $0.key.indicator == name } }
        if !combined.isEmpty {
            let places = combined.map { "\($0.shows) (Output/\($0.path))" }.joined(separator: ", ")
            return why + "; its figures are drawn in \(places): run `bilat chart \(combined[0].shows)`"
        }
        var reports: [String] = []
        for r in scoped {
            let years = Set(figures.filter { $0.0.relationship == r.relationship }.compactMap { ReportStage.reportYear(of: $0.1.period) })
            reports += years.sorted().map { "Output/\(layout.folder(r.relationship))/reports/\($0).html" }
        }
        let where_ = (reports.isEmpty ? "" : "the yearly reports " + reports.joined(separator: ", ") + ", ")
            + "`bilat figures --indicator \(name)` and Output/csv/figures.csv"
        return why + (figures.count == 1 ? "; it appears in " : "; its figures appear in ") + where_
    }
}
