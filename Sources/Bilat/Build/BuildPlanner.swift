import BilatCore
import BilatRender
import Foundation

/// Every output a build makes, with what each is made from.
public enum BuildPlanner {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A relationship's entry on the index page.
    struct IndexEntry: Sendable {
        var title: String, relationship: Relationship, datasets: [String]
        var reports: [(path: String, title: String, summary: String, yearly: Bool)]
        var charts: [ChartStage.Chart]
    }

    public static func plan(outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart], templates: [ReportStage.Template],
                            database: String) throws -> [PlannedOutput] {
        try buildPlan(outcome: outcome, charts: charts, templates: templates, database: database).outputs
    }

    /// What the last build of the output folder left: its manifest and the stamps of the files it wrote.
    public struct PreviousBuild: Sendable {
        public var manifest: Manifest
        public var stamps: [String: BuildState.Stamp]
        /// The output folder, where the files are.
        public var output: String

        public init(manifest: Manifest, stamps: [String: BuildState.Stamp], output: String) {
            self.manifest = manifest
            self.stamps = stamps
            self.output = output
        }
    }

    /// Every output, and each relationship's record for the manifest.
    public struct Plan: Sendable {
        public var outputs: [PlannedOutput]
        public var relationships: [String: Manifest.Relationship]
        /// Relationships taken as the last build left them, unplanned.
        public var reused = 0
    }

    /// - Parameter previous: the last build's manifest and stamps: a relationship whose key (`RelationshipKey`)
    ///   is the one recorded there, and whose outputs are each as that build left them, is taken as it is,
    ///   without planning its reports. Nil plans every relationship (`--force`, `--check`).
    public static func buildPlan(outcome: AnalysisStage.Outcome, charts: [ChartStage.Chart], templates: [ReportStage.Template],
                                 database: String, previous: PreviousBuild? = nil) throws -> Plan {
        let queries = ReportQueries(database: database)
        let layout = OutputLayout(outcome.relationships.map(\.relationship))
        let previous = previous.flatMap { $0.manifest.tool == BilatVersion.current ? $0 : nil }
        // Relationships are planned at once, one per free core: each fingerprints its own rows once.
        let parts = concurrentMap(outcome.relationships.map { r in
            { @Sendable () -> Result<RelationshipPlan, Error> in
                Result {
                    let mine = charts.filter { $0.relationship == r.relationship }
                    let folder = layout.folder(r.relationship)
                    let rows = InputDigests.Rows(r.view)
                    let key = RelationshipKey.of(r, rows: rows, folder: folder, templates: templates, queries: queries)
                    if let key, let previous, let recorded = previous.manifest.relationships?[r.relationship.id], recorded.key == key,
                       let reused = reuse(recorded, of: r, previous: previous, charts: mine, replan: {
                           try relationshipPlan(r, outcome: outcome, charts: mine, templates: templates, folder: folder,
                                                queries: queries, digests: InputDigests.Relationship(r, growth: outcome.growth(of: r), merged: rows))
                       }) {
                        return reused
                    }
                    let digests = InputDigests.Relationship(r, growth: outcome.growth(of: r), merged: rows)
                    var part = try relationshipPlan(r, outcome: outcome, charts: mine, templates: templates, folder: folder,
                                                    queries: queries, digests: digests)
                    part.record = key.map { key in
                        Manifest.Relationship(key: key, outputs: part.outputs.map(\.path),
                                              reports: part.entry.reports.map { [$0.path, $0.title, $0.summary, $0.yearly ? "yearly" : "once"] },
                                              csv: part.csv.text)
                    }
                    return part
                }
            }
        })
        let planned: [RelationshipPlan] = try parts.map { try $0.get() }

        var outputs = csvOutputs(outcome, parts: planned.map { ($0.csv, $0.digests) })
        for part in planned { outputs += part.outputs }
        let entries: [IndexEntry] = planned.map { $0.entry }
        let csvNames = ExportStage.fileNames.sorted()
        var listing: [String] = []
        for e in entries {
            listing += e.reports.map { "\($0.path)|\($0.title)|\($0.summary)" }
            listing += e.charts.map { "\($0.path)|\($0.title)" }
        }
        listing += csvNames.map { "csv/\($0)" }
        listing += outcome.datasets.map { "dataset|\($0.name)|\($0.figures.count)|\($0.events.count)|\($0.sources.count)" }
        outputs.append(PlannedOutput(path: "index.html", inputs: ["outputs": InputDigests.record(listing) { $0 }]) {
            IndexPage.render(datasets: outcome.datasets, entries: entries, csv: csvNames)
        })
        var records: [String: Manifest.Relationship] = [:]
        for (r, part) in zip(outcome.relationships, planned) { records[r.relationship.id] = part.record }
        return Plan(outputs: try unique(outputs), relationships: records, reused: planned.filter(\.reused).count)
    }

    struct RelationshipPlan: Sendable {
        var outputs: [PlannedOutput]
        var entry: IndexEntry
        /// What the combined CSV files record of the relationship.
        var csv: InputDigests.CSVPart
        /// Its rows' fingerprints; nil when it was taken as the last build left it.
        var digests: InputDigests.Relationship? = nil
        /// What the manifest records of the relationship; nil when its key could not be made.
        var record: Manifest.Relationship?
        /// Taken from the last build rather than planned.
        var reused = false
    }

    /// The relationship's outputs as the last build recorded them, each file still as that build left it; nil
    /// when any is not, or is missing from the manifest. Each output is made (by planning the relationship
    /// again) only if something asks for it: an unchanged key and stamp mean its inputs and bytes are as recorded.
    static func reuse(_ recorded: Manifest.Relationship, of r: AnalysisStage.RelationshipOutcome, previous: PreviousBuild,
                      charts: [ChartStage.Chart], replan: @escaping @Sendable () throws -> RelationshipPlan) -> RelationshipPlan? {
        guard let csv = InputDigests.CSVPart(text: recorded.csv) else { return nil }
        var outputs: [PlannedOutput] = []
        for path in recorded.outputs {
            guard let entry = previous.manifest.outputs[path], let stamp = previous.stamps[path],
                  BuildState.stamp(previous.output + "/" + path) == stamp else { return nil }
            outputs.append(PlannedOutput(path: path, inputs: entry.inputs) {
                guard let planned = try replan().outputs.first(where: { $0.path == path }) else {
                    throw DiagnosticsError([.error("bilat planned no output \(path) for \(r.relationship.id) though its last build made one",
                                                   accepted: "this is a bug in bilat; please report it, and run `bilat build --force`")])
                }
                return try planned.render()
            })
        }
        var reports: [(path: String, title: String, summary: String, yearly: Bool)] = []
        for item in recorded.reports {
            guard item.count == 4 else { return nil }
            reports.append((item[0], item[1], item[2], item[3] == "yearly"))
        }
        let entry = IndexEntry(title: r.view.title, relationship: r.relationship, datasets: r.view.datasets, reports: reports, charts: charts)
        return RelationshipPlan(outputs: outputs, entry: entry, csv: csv, record: recorded, reused: true)
    }

    /// The CSV files, made only when one must be rebuilt: at a million figures each is a hundred megabytes.
    ///   - parts: each relationship's fingerprints of its part of the files, in relationship order, with its rows'
    ///     fingerprints when it was planned (not taken as the last build left it).
    static func csvOutputs(_ outcome: AnalysisStage.Outcome, parts: [(csv: InputDigests.CSVPart, digests: InputDigests.Relationship?)])
        -> [PlannedOutput] {
        let named = zip(outcome.relationships, parts).map { (relationship: $0.relationship.id, part: $1.csv) }
        // Per item when few in all: a small project's rebuild says which rows changed. A relationship taken as the
        // last build left it is fingerprinted only then.
        let items = { (index: Int) -> [String: [(id: String, digest: UInt64)]] in
            let r = outcome.relationships[index]
            let digests = parts[index].digests
                ?? InputDigests.Relationship(r, growth: outcome.growth(of: r), merged: InputDigests.Rows(r.view))
            return InputDigests.CSVPart.items(r, digests: digests)
        }
        func all(_ name: String) -> [String: String] {
            InputDigests.record(name, parts: named) { items($0)[name] ?? [] }
        }
        let sourceItems = InputDigests.record(outcome.datasets.flatMap { d in d.sources.map { ("\(d.name)/\($0.id)", StableDigest.of($0)) } })
        let eventItems = InputDigests.record(outcome.datasets.flatMap { d in d.events.map { ("\(d.name)/\($0.id)", StableDigest.of($0)) } })
        let inputs: [String: [String: [String: String]]] = [
            "figures.csv": ["figures": all("figures"), "derived": all("derived"), "sources": sourceItems],
            "growth.csv": ["growth": all("growth")],
            "events.csv": ["events": eventItems, "sources": sourceItems],
            "sources.csv": ["sources": sourceItems],
            "findings.csv": ["findings": all("findings")],
            "mirror.csv": ["figures": all("mirror"), "sources": sourceItems, "mirror settings": mirrorFactors(outcome)],
        ]
        return ExportStage.fileNames.sorted().map { name in
            PlannedOutput(path: "csv/\(name)", inputs: inputs[name] ?? [:]) { ExportStage.file(named: name, outcome, flavour: .excel) }
        }
    }

    /// The factor of each relationship that has figures to pair: what mirror.csv shows of the project's
    /// settings. A relationship without such figures, or a threshold (mirror.csv has no warnings), changes nothing.
    static func mirrorFactors(_ outcome: AnalysisStage.Outcome) -> [String: String] {
        var out: [String: String] = [:]
        for r in outcome.relationships where r.reported.contains(where: MirrorFlows.takesPart) {
            out[r.relationship.id] = r.mirror.factor.text
        }
        return out
    }

    /// The settings a report's mirror cells use, when the relationship has figures to pair in its scope: the
    /// project's for the relationship, or the cell's own. A cell with nothing to pair prints no factor.
    static func mirrorCellInputs(_ template: ReportStage.Template, scope: ReportScope) -> [String: [String: String]] {
        let overlaps = { (p: Period) -> Bool in scope.year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
        guard scope.relationship.reported.contains(where: { MirrorFlows.takesPart($0) && overlaps($0.period) }) else { return [:] }
        var inputs: [String: [String: String]] = [:]
        for segment in template.notebook.segments {
            guard case .cell(let cell) = segment, cell.kind == "mirror" else { continue }
            // A cell whose options do not read fails when the report is made; its text is what it depends on.
            let settings = try? ReportCells.mirrorSettings(cell, base: scope.relationship.mirror, notebookPath: template.notebook.path)
            inputs["mirror line \(cell.line)"] = settings.map { ["factor": $0.factor.text, "threshold": $0.thresholdPercent.plainText] } ?? [:]
        }
        return inputs
    }

    static func relationshipPlan(_ r: AnalysisStage.RelationshipOutcome, outcome: AnalysisStage.Outcome, charts mine: [ChartStage.Chart],
                     templates: [ReportStage.Template], folder: String, queries: ReportQueries,
                     digests: InputDigests.Relationship) throws -> RelationshipPlan {
        var outputs: [PlannedOutput] = []
        // The points a chart rings: those of open error findings.
        let flagged = Set(r.findings.filter { $0.severity == .error && !$0.isAccepted }.flatMap(\.subjects))
        var chartDigests: [String: String] = [:]
        for chart in mine {
            let used = Set(chart.observations.flatMap(\.sourceIDs))
            let inputs: [String: [String: String]]
            if chart.observations.isEmpty {
                inputs = ["events": InputDigests.record(r.dataset.events, known: digests.events, id: \.id),
                          "sources": InputDigests.record(r.dataset.sources, known: digests.sources, id: \.id),
                          "chart": ["title": chart.title]]
            } else {
                var drawn = ["title": chart.title, "flagged": chart.observations.map(\.id).filter(flagged.contains).joined(separator: " ")]
                // A mirror chart draws the importer's value at the relationship's factor and names it.
                if chart.shows == "mirror" { drawn["factor"] = r.mirror.factor.text }
                inputs = ["figures": InputDigests.record(chart.observations, known: digests.observations, id: \.id),
                          "sources": InputDigests.record(r.dataset.sources.filter { used.contains($0.id) }, known: digests.sources, id: \.id),
                          "chart": drawn]
            }
            chartDigests[chart.path] = InputDigests.digest(of: inputs)
            let draw = chart.draw
            outputs.append(PlannedOutput(path: chart.path, inputs: inputs) { draw() })
        }

        var entry = IndexEntry(title: r.view.title, relationship: r.relationship, datasets: r.view.datasets, reports: [], charts: mine)
        let reports = ReportStage.reports(templates, years: ReportStage.years(r), folder: folder)
        // Worked out once for the relationship's reports, when they are planned and again when made.
        let data = RelationshipReportData(outcome: outcome, relationship: r)
        for report in reports {
            let (template, year) = (report.template, report.year)
            let here = (report.path as NSString).deletingLastPathComponent
            // The links to the years before and after: a report changes when a neighbouring year appears or goes.
            let navigation = ReportStage.navigation(template, year: year, plan: reports) { RelativePath.from(folder: here, to: $0) }
            let tablePaths = ReportTableFiles.paths(report: report.path, notebook: template.notebook)
            let tableFiles = tablePaths.mapValues { ($0 as NSString).lastPathComponent }
            let cells = ReportStage.reportCells(template, year: year, outcome: outcome, relationship: r, charts: mine,
                                                queries: queries, tableFiles: tableFiles, data: data)
            let scope = cells.scope
            let parameters = cells.parameters
            var shown: [String: String] = [:]
            for c in ReportCells.chosenCharts(mine, scope: scope).shown { shown[c.path] = chartDigests[c.path] ?? "" }
            var inputs: [String: [String: String]] = [
                "notebook": ["text": Digest.of(template.text)],
                "figures": InputDigests.record(scope.figures, known: digests.figures, id: \.id),
                "derived": InputDigests.record(scope.derived, known: digests.observations, id: \.id),
                "growth": InputDigests.record(scope.growth, known: digests.growth, id: \.observation.id),
                "events": InputDigests.record(scope.events, known: digests.events, id: \.id),
                "findings": InputDigests.record(scope.findings, known: digests.findings, id: \.id),
                "sources": InputDigests.record(scope.citations.map(\.source), known: digests.sources, id: \.id),
                "source numbers": ["order": scope.sourceOrder],
                "charts": shown,
                "relationship": ["title": r.view.title],
                // Keyed by place, so a neighbour that moves reads "1 changed".
                "links": Dictionary(navigation.enumerated().map { (String($0.offset), $0.element.label + " " + $0.element.href) },
                                    uniquingKeysWith: { first, _ in first }),
            ]
            inputs.merge(mirrorCellInputs(template, scope: scope)) { a, _ in a }
            // A query cell may read anything: its result, not the whole store, is what the report depends on.
            for segment in template.notebook.segments {
                guard case .cell(let cell) = segment, cell.kind == "query" else { continue }
                let result = try cells.queryResult(cell)
                inputs["query line \(cell.line)"] = ["result": StableDigest.hex(StableDigest.of([result.columns] + result.rows))]
            }
            let summary = [count(scope.figures.count, "figure"), count(scope.events.count, "event"),
                           count(scope.findings.filter { !$0.isAccepted }.count, "open finding")].joined(separator: ", ")
            let title = year.map { "\($0)" } ?? NotebookRenderer.title(of: template.notebook, parameters: parameters) ?? template.stem
            entry.reports.append((report.path, title, summary, year != nil))
            outputs.append(PlannedOutput(path: report.path, inputs: inputs) {
                try ReportStage.render(template, year: year, outcome: outcome, relationship: r, charts: mine,
                                       database: queries.database, format: .html, queries: queries, embedsCharts: false,
                                       navigation: navigation, tableFiles: tableFiles, data: data)
            })
            // A table that shows only its largest series has every row in a CSV beside the report, which cites
            // any of the scope's sources by name.
            var tableInputs = inputs
            for key in ["charts", "links"] { tableInputs[key] = nil }
            let cited = Set(scope.figures.map(\.sourceID)).union(scope.derived.flatMap(\.sourceIDs))
            tableInputs["sources"] = InputDigests.record(r.dataset.sources.filter { cited.contains($0.id) }, known: digests.sources, id: \.id)
            for cell in try ReportTableFiles.bounded(template.notebook, cells: cells) {
                guard let path = tablePaths[cell.line] else { continue }
                var own = tableInputs
                own["table"] = ["cell": "\(cell.kind) line \(cell.line)"]
                outputs.append(PlannedOutput(path: path, inputs: own) {
                    try ReportStage.tableCSV(template, cell: cell, year: year, outcome: outcome, relationship: r, queries: queries, data: data)
                })
            }
        }
        return RelationshipPlan(outputs: outputs, entry: entry, csv: InputDigests.CSVPart(InputDigests.CSVPart.items(r, digests: digests)),
                                digests: digests)
    }

    /// The plan with one output per path. Names come from `OutputNaming`, so a clash here is a bug in bilat,
    /// reported as an error rather than a crash or a file written twice.
    static func unique(_ plan: [PlannedOutput]) throws -> [PlannedOutput] {
        var seen = Set<String>()
        let twice = plan.filter { !seen.insert($0.path).inserted }.map(\.path)
        guard twice.isEmpty else {
            throw DiagnosticsError([.error("bilat planned two outputs named \(twice.joined(separator: ", "))",
                                           accepted: "this is a bug in bilat; please report it with the dataset that caused it")])
        }
        return plan
    }
}
