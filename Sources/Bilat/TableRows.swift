import BilatCore
import BilatRender
import Foundation

/// The rows one bounded report table shows: those of its largest series (`TopSeries`), in the table's own
/// order, and how many series and rows it has in all. The rest are in the table's CSV beside the report.
public struct TableRows: Sendable {
    public var figures: [Figure] = []
    public var derived: [Observation] = []
    public var growth: [GrowthRow] = []
    /// Mirror flows shown (`flowKey`); the cell pairs them at its own factor.
    public var flows: Set<String> = []
    public var shownSeries = 0
    public var totalSeries = 0
    public var totalRows = 0
    /// Figures the table leaves out, and those it shows, by id: a source only left-out rows cite is not listed.
    var hiddenIDs: Set<String> = []
    var shownIDs: Set<String> = []

    /// True when the table leaves series out.
    public var isBounded: Bool { shownSeries < totalSeries }

    /// Kinds of cell whose tables are bounded by series; a `query` cell's by rows (`queryRowLimit`).
    public static let seriesKinds: Set<String> = ["figures", "growth", "mirror"]

    /// "Pakistan to Azerbaijan: all goods (USD)": one flow, whatever its period.
    public static func flowKey(_ p: MirrorPair) -> String { "\(p.exporter)|\(p.importer)|\(p.subject)|\(p.unit)" }

    static func select(cells: [Notebook.Cell], figures: [Figure], derived: [Observation], growth: [GrowthRow], year: Int?,
                       relationship r: AnalysisStage.RelationshipOutcome, limit: Int?,
                       mirrorPairs: [MirrorPair]? = nil) -> [Int: TableRows] {
        var out: [Int: TableRows] = [:]
        let name = r.dataset.name
        for cell in cells where seriesKinds.contains(cell.kind) {
            let indicator = cell.options["indicator"]
            var t = TableRows()
            switch cell.kind {
            case "figures":
                let fs = figures.filter { indicator == nil || $0.indicator == indicator }
                let ds = derived.filter { indicator == nil || $0.key.indicator == indicator }
                let items: [(key: SeriesKey, size: Decimal, id: String)] = fs.map { (SeriesKey(figure: $0, dataset: name), $0.quantity.high ?? $0.quantity.value, $0.id) }
                    + ds.map { ($0.key, $0.highOrValue, $0.id) }
                let (keys, total) = TopSeries.top(items, limit: limit, key: \.key, size: \.size)
                t.figures = fs.filter { keys.contains(SeriesKey(figure: $0, dataset: name)) }
                t.derived = ds.filter { keys.contains($0.key) }
                (t.shownSeries, t.totalSeries, t.totalRows) = (keys.count, total, items.count)
                for item in items { if keys.contains(item.key) { t.shownIDs.insert(item.id) } else { t.hiddenIDs.insert(item.id) } }
            case "growth":
                let rows = growth.filter { indicator == nil || $0.observation.key.indicator == indicator }
                let (keys, total) = TopSeries.top(rows, limit: limit, key: \.observation.key, size: \.observation.highOrValue)
                t.growth = rows.filter { keys.contains($0.observation.key) }
                (t.shownSeries, t.totalSeries, t.totalRows) = (keys.count, total, rows.count)
            default:
                guard r.reported.contains(where: MirrorFlows.takesPart) else { break }
                let overlaps = { (p: Period) -> Bool in year.map { p.start.year <= $0 && p.end.year >= $0 } ?? true }
                let pairs = (mirrorPairs ?? MirrorFlows.pairs(r.reported, factor: r.mirror.factor)).filter { overlaps($0.period) }
                let (keys, total) = TopSeries.top(pairs, limit: limit, key: { flowKey($0) }, size: { (p: MirrorPair) -> Decimal in
                    max(p.importerReport?.highOrValue.magnitude ?? 0, p.exporterReport?.highOrValue.magnitude ?? 0)
                })
                t.flows = keys
                (t.shownSeries, t.totalSeries, t.totalRows) = (keys.count, total, pairs.count)
                for p in pairs {
                    if keys.contains(flowKey(p)) { t.shownIDs.formUnion(p.figureIDs) } else { t.hiddenIDs.formUnion(p.figureIDs) }
                }
            }
            out[cell.line] = t
        }
        return out
    }

    /// Ids of figures that a bounded table leaves out and no table shows.
    static func hiddenFigures(_ tables: [Int: TableRows]) -> Set<String> {
        let bounded = tables.values.filter(\.isBounded)
        guard !bounded.isEmpty else { return [] }
        var hidden = Set<String>()
        for t in bounded { hidden.formUnion(t.hiddenIDs) }
        for t in tables.values { hidden.subtract(t.shownIDs) }
        return hidden
    }

    /// Rows a `query` cell shows; the rest are in its CSV.
    public static let queryRowLimit = TopSeries.tableLimit
}
