import BilatCore
import BilatStore

/// One digest of what a relationship's outputs (its charts, reports and their tables' CSV files) are made from:
/// its inputs, not the results of analysing them. bilat's version, the notebooks, the relationship's folder,
/// its merged rows (with their origins and where each was read), its mirror settings, the stale-acceptance
/// findings it keeps, and what each of its reports' query cells returns.
///
/// Its reported and implied figures, growth rows and findings follow from the merged rows and the mirror
/// settings (`AnalysisStage.analyse(view:mirror:parts:)` reads nothing else), so they are left out: at 100k
/// figures, fingerprinting them for every relationship on every build was most of a one-change build. The one
/// analysis that reads other relationships is the stale-acceptance filter (an acceptance is stale only when no
/// relationship finds what it accepts, and is reported by the first relationship that has it), so the
/// relationship's stale-acceptance findings are in the key.
///
/// When it is the one the last build recorded (`Manifest.Relationship`) and each of the relationship's
/// outputs is as that build left it, the relationship is not planned or made again. Query cells may read
/// anything in the store: their results are in the key, so they run on every build (once: `ReportQueries`
/// keeps each result for the reports that are then made).
enum RelationshipKey {
    /// - Returns: nil when a query cell fails: the relationship is then planned in full, which reports the error.
    static func of(_ r: AnalysisStage.RelationshipOutcome, rows: InputDigests.Rows, folder: String,
                   templates: [ReportStage.Template], queries: ReportQueries) -> String? {
        var parts: [UInt64] = [StableDigest.of(BilatVersion.current), StableDigest.of(folder), StableDigest.of(r.relationship.id),
                               StableDigest.of(r.view.title), StableDigest.of(r.view.datasets),
                               StableDigest.of(r.mirror.factor.text), StableDigest.of(r.mirror.thresholdPercent)]
        for t in templates {
            parts += [StableDigest.of(t.stem), StableDigest.of(t.yearly ? "yearly" : "once"), StableDigest.of(t.notebook.path),
                      StableDigest.of(t.text)]
        }
        let d = r.dataset
        // In the rows' own order: a reordered file may order a table or a chart differently.
        parts.append(StableDigest.of(d.name))
        parts.append(StableDigest.of(d.title))
        for f in d.figures { parts.append(rows.figures[f.id] ?? StableDigest.of(f)) }
        for e in d.events { parts.append(rows.events[e.id] ?? StableDigest.of(e)) }
        for s in d.sources { parts.append(rows.sources[s.id] ?? StableDigest.of(s)) }
        parts += [StableDigest.of(d.parties), StableDigest.of(d.indicators), StableDigest.of(d.statuses), StableDigest.of(d.accepted),
                  StableDigest.of(d.revisions)]
        for origins in [r.view.eventOrigins, r.view.statusOrigins, r.view.sourceOrigins] {
            parts.append(StableDigest.of(origins.map { [$0.dataset, $0.id] }))
        }
        // Findings name the file and line of their rows: a row moved within its file moves them.
        parts.append(0x6c6f_63)
        for (name, location) in d.rowLocations.sorted(by: { $0.key < $1.key }) {
            parts += [StableDigest.of(name), StableDigest.of(location.path), UInt64(bitPattern: Int64(location.line)),
                      UInt64(bitPattern: Int64(location.column))]
        }
        // What other relationships decide of this one's findings.
        parts.append(0x7374_61)
        for f in r.findings where f.kind == .staleAcceptance { parts.append(StableDigest.of(f)) }
        // Each report's query cells, with the parameters that report binds.
        let years = ReportStage.years(r)
        for t in templates {
            let cells = t.cells.filter { $0.kind == "query" }
            guard !cells.isEmpty else { continue }
            for year in t.yearly ? years.map(Optional.some) : [nil] {
                let parameters = ReportStage.parameters(year: year, relationship: r)
                for cell in cells {
                    let (limits, problems) = QueryLimits.reading(cell.options, at: SourceLocation(path: t.notebook.path, line: cell.line, column: 1))
                    guard !problems.hasErrors, let result = try? queries.run(cell.body, arguments: parameters, limits: limits) else { return nil }
                    parts.append(StableDigest.of([result.columns] + result.rows))
                }
            }
        }
        return StableDigest.hex(StableDigest.combine(parts))
    }
}
