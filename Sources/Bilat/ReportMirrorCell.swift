import BilatCore
import BilatRender
import Foundation

extension ReportCells {
    /// ```` ```bilat mirror [factor=1/1.06] [threshold=20] ````: each flow's two reports for the periods that
    /// fall in or overlap the year, the importer's at FOB, the asymmetry, and the pairs past the threshold. The
    /// factor and threshold are the project's for the relationship unless the cell gives its own.
    func mirror(_ cell: Notebook.Cell) throws -> [ReportBlock] {
        let settings = try mirrorSettings(cell)
        let overlaps = { (p: Period) -> Bool in scope.year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
        let selected = scope.tables[cell.line]
        let pairs = scope.data.mirrorPairs(at: settings.factor, relationship: scope.relationship).filter { overlaps($0.period) }
            .filter { p in selected.map { !$0.isBounded || $0.flows.contains(TableRows.flowKey(p)) } ?? true }
        guard !pairs.isEmpty else {
            return [.paragraph("No mirror flows\(scope.year.map { " in \($0)" } ?? ""): neither party's imports from the other nor its "
                               + "exports to the other are reported here, so there is nothing to pair.")]
        }
        let both = pairs.filter { $0.reported == .both }.count
        // Parties by name, as everywhere else on the page: "Pakistan to Azerbaijan: all goods (US$)".
        let parties = ReaderWording(names: scope.dataset.parties.map { ($0.id, $0.name) })
        func flow(_ p: MirrorPair) -> String {
            "\(ChartStage.partyName(p.exporter, in: scope.dataset)) to \(ChartStage.partyName(p.importer, in: scope.dataset))"
                + (p.subject.isEmpty ? "" : ": \(p.subject)") + " (\(ReaderValue.unitName(p.unit)))"
        }
        func cells(_ p: MirrorPair) -> [String] {
            var cells = MirrorOutput.cells(p)
            // The note names parties by id ("PAK did not report exports to AZE"), and the period as the page does.
            if let note = cells.indices.last { cells[note] = parties.rewrite(cells[note]) }
            // The page's dates and "%" on its number, so a narrow column never wraps it alone.
            if !cells.isEmpty { cells[0] = p.period.rangeName }
            if cells.count > 5 { cells[5] = cells[5].replacingOccurrences(of: " %", with: "%") }
            return cells
        }
        var blocks: [ReportBlock] = [
            .paragraph("\(both) of \(pairs.count) flow\(pairs.count == 1 ? "" : "s") by period \(pairs.count == 1 ? "is" : "are") reported by both sides. "
                       + "Factor \(settings.factor.text): \(MirrorOutput.formula(settings.factor))."),
            .table(columns: ["Flow", "Period", "Importer (CIF)", "Importer at FOB", "Exporter (FOB)", "Asymmetry", "%", "Reported by", "Note", "Source"],
                   rows: pairs.map { [flow($0)] + cells($0) + [citeCell($0.sourceIDs)] }, numeric: [2, 3, 4, 5, 6]),
        ]
        blocks += boundedNote(selected, line: cell.line, what: "flows")
        let warnings = Checks.mirrorAsymmetries(pairs, settings: settings, in: scope.dataset)
        if both == 0 {
            blocks.append(.paragraph("No period has reports from both sides, so there is no asymmetry to measure."))
        } else if warnings.isEmpty {
            blocks.append(.paragraph("No pair's asymmetry is more than \(settings.thresholdPercent.plainText)% of the exporter's value."))
        } else {
            // The findings cell lists each warning in full; here each pair is named once, so a report with both
            // cells does not print the same warning twice.
            let apart = pairs.filter { p in p.asymmetryPercent.map { $0.magnitude > settings.thresholdPercent } ?? false }
            let count = apart.count == 1 ? "1 pair is" : "\(apart.count) pairs are"
            blocks.append(.paragraph("\(count) more than \(settings.thresholdPercent.plainText)% apart, a mirror-asymmetry warning each: "
                + apart.map { "\(flow($0)) \($0.period.rangeName) (\(MirrorOutput.percentText($0.asymmetryPercent).replacingOccurrences(of: " %", with: "%")))" }.joined(separator: "; ")
                + ". Usual explanations: \(Checks.mirrorExplanations)."))
        }
        return blocks
    }

    func mirrorSettings(_ cell: Notebook.Cell) throws -> MirrorSettings {
        try Self.mirrorSettings(cell, base: scope.relationship.mirror, notebookPath: notebookPath)
    }

    /// The cell's settings: the project's for the relationship (`base`), with the cell's own factor= and
    /// threshold= in their place where it gives them.
    static func mirrorSettings(_ cell: Notebook.Cell, base: MirrorSettings, notebookPath: String) throws -> MirrorSettings {
        var settings = base
        let at = SourceLocation(path: notebookPath, line: cell.line, column: 1)
        if let text = cell.options["factor"] {
            guard let factor = MirrorFactor(text: text) else {
                throw DiagnosticsError([.error("the mirror cell's factor '\(text)' is not a CIF→FOB factor", at: at,
                                               accepted: "a number above 0 and at most 1, or a fraction such as factor=1/1.06")])
            }
            settings.factor = factor
        }
        if let text = cell.options["threshold"] {
            guard let percent = MirrorSettings.thresholdPercent(text: text) else {
                throw DiagnosticsError([.error("the mirror cell's threshold '\(text)' is not a percentage", at: at,
                                               accepted: "a percentage of 0 or more, such as threshold=20")])
            }
            settings.thresholdPercent = percent
        }
        return settings
    }
}
