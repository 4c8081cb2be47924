@testable import BilatCore
import Testing

/// A candidate as the extraction tests expect it: "indicator flow period [vs compared] value[–high]", the row an
/// analyst checks, for an article with a publication date, a pair, and optionally the outlet's country and fiscal
/// years.
enum ExtractionTestRows {
    static func rows(_ extractor: Extractor, _ text: String, published: String, pair: (String, String), outlet: String?,
                     fiscal: [String: String], showingHigh: Bool) throws -> [String] {
        var starts: [String: FiscalYearStart] = [:]
        for (code, start) in fiscal { starts[code] = try #require(FiscalYearStart(text: start)) }
        var settings = ExtractionSettings(sourceID: "t", published: try PeriodReader.parse(published), reporter: pair.0,
                                          partner: pair.1, fiscalYearStarts: starts)
        settings.outletCountry = outlet
        return extractor.extract(ArticleText(text), settings: settings).candidates.map { c in
            "\(c.indicator) \(StrictRow(c).flow) \(c.period?.label ?? "-")" + (c.comparedWith.map { " vs \($0.label)" } ?? "")
                + " \(c.quantity.value.plainText)" + (showingHigh ? c.quantity.high.map { "–\($0.plainText)" } ?? "" : "")
        }
    }
}
