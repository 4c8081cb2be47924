import BilatCore
import Foundation

/// The CSV files `bilat export` writes, with a fixed column order and sorted rows.
///
/// Numbers are plain decimals (never exponents, never float noise); dates are ISO; every period also has
/// a textual label such as "Jan–Sep 2018 (months)" that no spreadsheet mistakes for a date or a number.
public enum CSVExport {
    public enum Flavour: String, Sendable, CaseIterable {
        /// UTF-8 with a byte-order mark, so Excel reads the accents and dashes right.
        case excel
        /// UTF-8 without a BOM, for scripts and other tools.
        case plain

        public var writer: CSVWriter { CSVWriter(includeBOM: self == .excel) }
    }

    static func text(_ value: String?) -> CSVWriter.Cell { .orEmpty(value) }
    static func number(_ value: Decimal?) -> CSVWriter.Cell { value.map { .number($0.plainText) } ?? .empty }
    /// Rounded half away from zero to `places` decimal places, for computed values (derived figures, changes).
    static func number(_ value: Decimal?, places: Int) -> CSVWriter.Cell { value.map { .number($0.plainText(places: places)) } ?? .empty }
    static func flag(_ value: Bool) -> CSVWriter.Cell { .text(value ? "yes" : "no") }

    public static let figureColumns = [
        "dataset", "relationship", "id", "indicator", "reporter", "partner", "direction", "subject", "period", "period_start", "period_end",
        "compared_with", "compared_start", "compared_end", "as_reported", "value", "unit", "currency", "scale", "qualifier",
        "stated_change", "status", "derived", "formula", "source_id", "source_title", "source_publisher", "source_published", "note",
        // A range's high end (`value` is its low end), a level that holds at its source's date, the total a share is of.
        "value_high", "level_at_date", "share_of",
    ]

    /// Rows in dataset, relationship, indicator, period, reported-before-derived, id order. Dates compare as
    /// dates, which for four-digit years is the order of their ISO texts, without building the texts to sort by.
    struct FigureOrder {
        enum Row { case reported(view: Int, figure: Int), derived(view: Int, observation: Int) }
        var dataset: String, relationship: String, indicator: String, start: CalendarDate, end: CalendarDate, derived: Bool, id: String
        var row: Row

        /// Field by field rather than as tuples, which copied (and retained) every string per comparison.
        static func < (a: Self, b: Self) -> Bool {
            if a.dataset != b.dataset { return a.dataset < b.dataset }
            if a.relationship != b.relationship { return a.relationship < b.relationship }
            if a.indicator != b.indicator { return a.indicator < b.indicator }
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            if a.derived != b.derived { return !a.derived }
            return a.id < b.id
        }
    }

    /// A relationship's merged rows and the figures implied in it: what figures.csv is written from.
    public struct RelationshipRows: Sendable {
        public var view: RelationshipView
        public var derived: [Observation]
        public init(view: RelationshipView, derived: [Observation]) {
            self.view = view
            self.derived = derived
        }

        /// The dataset a row made from these sources belongs to: the relationship's one dataset, or those of the sources.
        func dataset(ofSources ids: [String]) -> String {
            view.datasetsOfRow(sources: ids).joined(separator: ";")
        }
    }

    /// Every figure of every relationship under its own dataset and id, and every implied figure.
    public static func figures(_ relationships: [RelationshipRows], flavour: Flavour) -> String {
        // Only the sort keys are gathered and sorted; each row's cells are made as it is written.
        var order: [FigureOrder] = []
        for (vi, r) in relationships.enumerated() {
            let id = r.view.relationship.id
            for (fi, f) in r.view.dataset.figures.enumerated() {
                let origin = fi < r.view.figureOrigins.count ? r.view.figureOrigins[fi] : .init(dataset: "", id: f.id)
                order.append(FigureOrder(dataset: origin.dataset, relationship: id, indicator: f.indicator, start: f.period.start,
                                         end: f.period.end, derived: false, id: origin.id, row: .reported(view: vi, figure: fi)))
            }
            for (oi, o) in r.derived.enumerated() {
                order.append(FigureOrder(dataset: r.dataset(ofSources: o.sourceIDs), relationship: id, indicator: o.key.indicator,
                                         start: o.period.start, end: o.period.end, derived: true, id: o.id, row: .derived(view: vi, observation: oi)))
            }
        }
        order.sort { $0 < $1 }
        let sourceIndex = relationships.map { r in
            Dictionary(r.view.dataset.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return flavour.writer.render(header: figureColumns, count: order.count) { i in
            let o = order[i]
            switch o.row {
            case let .reported(vi, fi):
                return cells(relationships[vi].view.dataset.figures[fi], dataset: o.dataset, id: o.id, in: relationships[vi].view, sources: sourceIndex[vi])
            case let .derived(vi, oi):
                return cells(relationships[vi].derived[oi], dataset: o.dataset, in: relationships[vi].view, sources: sourceIndex[vi])
            }
        }
    }

    static func cells(_ f: Figure, dataset: String, id: String, in view: RelationshipView, sources: [String: Int]) -> [CSVWriter.Cell] {
        let s = sources[f.sourceID]
        let d = view.dataset
        let sourceID = s.flatMap { $0 < view.sourceOrigins.count ? view.sourceOrigins[$0].id : nil } ?? f.sourceID
        return [
            text(dataset), text(view.relationship.id), text(id), text(f.indicator), text(f.reporter), text(f.partner), text(f.direction.rawValue),
            text(f.subject), text(f.period.textLabel), text(f.period.start.description), text(f.period.end.description),
            text(f.comparedWith?.textLabel), text(f.comparedWith?.start.description), text(f.comparedWith?.end.description),
            text(f.asReported), number(f.quantity.value), text(f.quantity.unit), text(f.quantity.currency?.rawValue),
            .number(String(f.quantity.scale)), text(f.quantity.qualifier.rawValue), flag(f.isStatedChange), text(f.status?.rawValue),
            flag(false), .empty, text(sourceID), text(s.map { d.sources[$0].title }), text(s.map { d.sources[$0].publisher }),
            text(s.flatMap { d.sources[$0].published?.start.description }), text(f.note),
            number(f.quantity.high), flag(f.quantity.isLevelAtDate), text(f.quantity.shareOf),
        ]
    }

    static func cells(_ o: Observation, dataset: String, in view: RelationshipView, sources: [String: Int]) -> [CSVWriter.Cell] {
        let used = o.sourceIDs.compactMap { sources[$0] }
        let d = view.dataset
        return [
            text(dataset), text(view.relationship.id), text(o.id), text(o.key.indicator), text(o.key.reporter), text(o.key.partner),
            text(o.key.direction.rawValue), text(o.key.subject), text(o.period.textLabel), text(o.period.start.description),
            text(o.period.end.description), .empty, .empty, .empty, .empty, number(o.value, places: 6), text(o.key.unit),
            text(ValueLabelCurrency.code(o.key.unit)), .number("0"), text(o.qualifier.rawValue), flag(false),
            text(o.isEstimated ? "estimated" : nil), flag(true), text(o.derivation?.formula), text(o.sourceIDs.joined(separator: ";")),
            text(used.map { d.sources[$0].title }.joined(separator: " | ")), text(used.map { d.sources[$0].publisher }.joined(separator: " | ")), .empty,
            text("Implied from \(o.derivation?.inputs.joined(separator: " and ") ?? "other figures"); not reported by any source."),
            number(o.high, places: 6), flag(o.key.isLevelAtDate), .empty,
        ]
    }

    /// Growth rows of every relationship; a row's dataset is its relationship's, or that of its sources.
    public static func growth(_ rows: [GrowthRow], relationships: [RelationshipRows], flavour: Flavour) -> String {
        let byID = Dictionary(relationships.map { ($0.view.relationship.id, $0) }, uniquingKeysWith: { first, _ in first })
        return GrowthOutput.csv(rows, writer: flavour.writer) { o in byID[o.key.dataset]?.dataset(ofSources: o.sourceIDs) ?? "" }
    }

    public static let eventColumns = ["dataset", "relationship", "id", "date", "date_start", "date_end", "title", "source_ids", "source_titles", "note"]

    /// Which relationships each dataset's rows of a table went to, keyed "dataset/id".
    static func relationships(of table: (RelationshipView) -> [RelationshipView.Origin], in views: [RelationshipView]) -> [String: String] {
        var found: [String: [String]] = [:]
        for v in views { for o in table(v) { found["\(o.dataset)/\(o.id)", default: []].append(v.relationship.id) } }
        return found.mapValues { Array(Set($0)).sorted().joined(separator: ";") }
    }

    public static func events(_ datasets: [Dataset], relationships views: [RelationshipView], flavour: Flavour) -> String {
        let relationship = relationships(of: \.eventOrigins, in: views)
        var rows: [(sort: [String], cells: [CSVWriter.Cell])] = []
        for d in datasets {
            // The first source of an id, as the figures' columns take it: a repeated id must not trap.
            let sources = Dictionary(d.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for e in d.events {
                rows.append(([d.name, e.date.start.description, e.date.end.description, e.id], [
                    text(d.name), text(relationship["\(d.name)/\(e.id)"]), text(e.id),
                    text(e.date.isApproximate && e.date.granularity != .year ? "\(e.dateText) (season)" : e.date.textLabel),
                    text(e.date.start.description), text(e.date.end.description), text(e.title), text(e.sourceIDs.joined(separator: ";")),
                    text(e.sourceIDs.compactMap { sources[$0]?.title }.joined(separator: " | ")), text(e.note),
                ]))
            }
        }
        rows.sort { $0.sort.lexicographicallyPrecedes($1.sort) }
        return flavour.writer.render(header: eventColumns, rows: rows.map(\.cells))
    }

    public static let sourceColumns = ["dataset", "relationships", "id", "publisher", "title", "author", "url", "published", "published_start",
                                       "published_end", "published_note", "accessed"]

    /// Every source of every dataset, with the relationships whose figures, events or statuses cite it.
    public static func sources(_ datasets: [Dataset], relationships views: [RelationshipView], flavour: Flavour) -> String {
        var cited: [String: Set<String>] = [:]
        for v in views {
            var used = Set(v.dataset.figures.map(\.sourceID))
            used.formUnion(v.dataset.events.flatMap(\.sourceIDs))
            used.formUnion(v.dataset.statuses.map(\.sourceID))
            for (i, s) in v.dataset.sources.enumerated() where used.contains(s.id) && i < v.sourceOrigins.count {
                cited["\(v.sourceOrigins[i].dataset)/\(v.sourceOrigins[i].id)", default: []].insert(v.relationship.id)
            }
        }
        let rows = datasets.flatMap { d in
            d.sources.sorted { $0.id < $1.id }.map { s -> [CSVWriter.Cell] in
                [text(d.name), text(cited["\(d.name)/\(s.id)"].map { $0.sorted().joined(separator: ";") }), text(s.id), text(s.publisher),
                 text(s.title), text(s.author), text(s.url), text(s.published?.textLabel),
                 text(s.published?.start.description), text(s.published?.end.description), text(s.publishedNote), text(s.accessed?.start.description)]
            }
        }
        return flavour.writer.render(header: sourceColumns, rows: rows)
    }
}

enum ValueLabelCurrency {
    static func code(_ unit: String) -> String? { Currency(rawValue: unit)?.rawValue }
}

extension Period {
    /// A label no spreadsheet reads as a date or number: "2021 (year)", "Jan–Sep 2018 (months)",
    /// "Feb 2022 (month)", "about 2024 (year)", "Oct 2012–Oct 2022 (window)".
    public var textLabel: String {
        let kind: String
        if isWindow { kind = "window" }
        else {
            switch granularity {
            case .year where isFiscalYear: kind = "fiscal year"
            case .year: kind = start.year == end.year ? "year" : "years"
            case .quarter: kind = monthCount == 3 ? "quarter" : "quarters"
            case .month: kind = monthCount == 1 ? "month" : "months"
            case .day: kind = start == end ? "day" : "days"
            }
        }
        let name = granularity == .quarter && monthCount == 3 ? "Q\((start.month - 1) / 3 + 1) \(start.year)" : rangeName
        return (isApproximate && !isWindow ? "about " : "") + "\(name) (\(kind))"
    }
}
