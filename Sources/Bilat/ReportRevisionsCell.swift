import BilatCore
import BilatRender

extension ReportCells {
    /// ```` ```bilat revisions ````: a "Revised figures" section listing what later imports changed in the
    /// scope's figures, one line per figure and field; nothing at all (not even the heading) when there is none.
    func revisions() -> [ReportBlock] {
        let revisions = scope.revisions
        guard !revisions.isEmpty else { return [] }
        let byID = Dictionary(scope.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let count = Set(revisions.map(\.figureID)).count
        let when = scope.year.map { " for \($0)" } ?? ""
        return [
            .heading("Revised figures"),
            .paragraph("\(count) figure\(count == 1 ? "" : "s")\(when) \(count == 1 ? "was" : "were") revised by a later import. "
                       + "Each line is one change, in the order it was recorded: the value before → after, the source before → "
                       + "after, and the file and line the new value was read from."),
            .bullets(revisions.map { line($0, figure: byID[$0.figureID]) }),
        ]
    }

    /// "Imports (Pakistan from Azerbaijan), all goods, 2018: value USD 530 → USD 612 (source [1] → [2]), from
    /// TradeData_2018_r2.csv line 3, recorded 1 Nov 2024".
    func line(_ r: FigureRevision, figure: Figure?) -> String {
        var text = figure.map { describe($0) } ?? r.figureID
        text += ": \(r.field.words) \(shown(r.before)) → \(shown(r.after))"
        func cited(_ id: String) -> String { scope.cite([id]).isEmpty ? id : scope.cite([id]) }
        text += r.beforeSource == r.afterSource ? " (source \(cited(r.afterSource)))"
            : " (source \(cited(r.beforeSource)) → \(cited(r.afterSource)))"
        return text + ", from \(r.file) line \(r.line), recorded \(r.recorded.rangeName)"
    }

    /// The figure in a reader's words: its indicator, whose report it is and of what, and its period.
    func describe(_ f: Figure) -> String {
        let dataset = scope.dataset
        let parties = ReportWords.parties(f.reporter, f.partner, f.direction, in: dataset)
        var text = "\(ChartStage.indicatorName(f.indicator, in: dataset)) (\(parties))"
        if !f.subject.isEmpty { text += ", \(f.subject)" }
        return text + ", \(f.period.rangeName)"
    }

    /// An empty cell as a reader would say it.
    private func shown(_ cell: String) -> String { cell.isEmpty ? "(none)" : cell }
}
