import BilatCore
import BilatStore

/// One digest of everything a relationship's outputs (its charts, reports and their tables' CSV files) are
/// made from: bilat's version, the notebooks, the relationship's folder, its merged rows, implied figures,
/// growth rows, findings and mirror settings, and what each of its reports' query cells returns.
///
/// When it is the one the last build recorded (`Manifest.Relationship`) and each of the relationship's
/// outputs is as that build left it, the relationship is not planned or made again: after one figure changed,
/// a build plans and renders the one relationship it belongs to, not all two hundred.
///
/// Nothing outside the relationship reaches its outputs but the notebooks, the folder names (`OutputLayout`,
/// included as the folder) and query cells, which may read anything in the store: their results are part of
/// the key, so they run on every build. `rowLocations` are left out: only the checks read them, and their
/// findings are in.
enum RelationshipKey {
    /// - Returns: nil when a query cell fails: the relationship is then planned in full, which reports the error.
    static func of(_ r: AnalysisStage.RelationshipOutcome, digests: InputDigests.Relationship, growth: ArraySlice<GrowthRow>,
                   folder: String, templates: [ReportStage.Template], queries: ReportQueries) -> String? {
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
        for f in d.figures { parts.append(digests.figures[f.id] ?? StableDigest.of(f)) }
        for e in d.events { parts.append(digests.events[e.id] ?? StableDigest.of(e)) }
        for s in d.sources { parts.append(digests.sources[s.id] ?? StableDigest.of(s)) }
        parts += [StableDigest.of(d.parties), StableDigest.of(d.indicators), StableDigest.of(d.statuses), StableDigest.of(d.accepted),
                  StableDigest.of(d.revisions)]
        for origins in [r.view.eventOrigins, r.view.statusOrigins, r.view.sourceOrigins] {
            parts.append(StableDigest.of(origins.map { [$0.dataset, $0.id] }))
        }
        parts.append(0x6f62_73)
        for o in r.reported { parts.append(digests.observations[o.id] ?? StableDigest.of(o)) }
        parts.append(0x6465_72)
        for o in r.derived { parts.append(digests.observations[o.id] ?? StableDigest.of(o)) }
        parts.append(0x6772_6f)
        for g in growth { parts.append(digests.growth[g.observation.id] ?? StableDigest.of(g)) }
        parts.append(0x6669_6e)
        for f in r.findings { parts.append(digests.findings[f.id] ?? StableDigest.of(f)) }
        // Each report's query cells, with the parameters that report binds.
        let years = ReportStage.years(r)
        for t in templates {
            let cells = ReportTableFiles.cells(t.notebook).filter { $0.kind == "query" }
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
