import BilatCore
import Foundation

/// A labelled set of articles for the strict score (Tests/Fixtures/extract-strict/…): `articles.csv` names each
/// article, its publication date and pair; `expected.csv` holds the rows an analyst would record, with every field
/// the score compares written out (value, high, unit, qualifier, period, compared_with, direction); the set's
/// `parties.csv` gives fiscal years. Every row that cannot be read is an error at its cell: a label the score
/// could not compare must fail the run, never drop out of it.
public struct StrictExtractionSet: Sendable {
    public struct Article: Sendable {
        public var file: String
        public var settings: ExtractionSettings
        /// The country of the outlet, when it has one (a wire service may not); for the reporting side.
        public var outletCountry: String
        public var style: String
        public var expected: [StrictRow]
    }

    public var articles: [Article]

    public static let articleColumns = ["article", "source_id", "published", "reporter", "partner", "outlet_country", "style"]
    public static let expectedColumns = ["article", "indicator", "reporter", "partner", "direction", "period", "compared_with",
                                         "as_reported", "value", "high", "unit", "qualifier", "kinds", "note"]

    /// Reads the three tables; nil with every problem when any row cannot be read.
    public static func read(articles: [UInt8], articlesPath: String, expected: [UInt8], expectedPath: String,
                            parties: [UInt8], partiesPath: String) -> (StrictExtractionSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (partyTable, d1) = CSVTable.read(parties, path: partiesPath, required: ["code", "fiscal_year_start"])
        let (articleTable, d2) = CSVTable.read(articles, path: articlesPath, required: articleColumns)
        let (expectedTable, d3) = CSVTable.read(expected, path: expectedPath, required: expectedColumns)
        diagnostics += d1 + d2 + d3
        guard let partyTable, let articleTable, let expectedTable else { return (nil, diagnostics) }

        var starts: [String: FiscalYearStart] = [:]
        for row in partyTable.rows {
            guard let start = FiscalYearStart(text: row["fiscal_year_start"]) else {
                diagnostics.append(.error("cannot read fiscal_year_start '\(row["fiscal_year_start"])'",
                                          at: row.location("fiscal_year_start", path: partiesPath), accepted: FiscalYearStart.accepted))
                continue
            }
            starts[row["code"]] = start
        }

        var list: [Article] = []
        var index: [String: Int] = [:]
        for row in articleTable.rows {
            let file = row["article"]
            guard index[file] == nil else {
                diagnostics.append(.error("article '\(file)' is listed twice", at: row.location("article", path: articlesPath)))
                continue
            }
            let published: Period
            do { published = try PeriodReader.parse(row["published"]) } catch {
                diagnostics.append(error.located(at: row.location("published", path: articlesPath)))
                continue
            }
            let pair = [row["reporter"], row["partner"]]
            var settings = ExtractionSettings(sourceID: row["source_id"], published: published, reporter: pair[0], partner: pair[1],
                                              fiscalYearStarts: starts.filter { pair.contains($0.key) })
            settings.outletCountry = row["outlet_country"].isEmpty ? nil : row["outlet_country"]
            index[file] = list.count
            list.append(Article(file: file, settings: settings, outletCountry: row["outlet_country"], style: row["style"], expected: []))
        }

        for row in expectedTable.rows {
            func at(_ column: String) -> SourceLocation { row.location(column, path: expectedPath) }
            guard let i = index[row["article"]] else {
                diagnostics.append(.error("article '\(row["article"])' is not in \(articlesPath)", at: at("article")))
                continue
            }
            let settings = list[i].settings
            var problems: [Diagnostic] = []
            func period(_ column: String) -> Period? {
                guard !row[column].isEmpty else { return nil }
                do { return try PeriodReader.parse(row[column], reference: settings.published, fiscalYear: settings.fiscalYear) } catch {
                    problems.append(error.located(at: at(column)))
                    return nil
                }
            }
            if row["period"].isEmpty { problems.append(.error("an expected row needs a period", at: at("period"))) }
            let p = period("period"), compared = period("compared_with")
            let direction = Direction(rawValue: row["direction"])
            if direction == nil {
                problems.append(.error("unknown direction '\(row["direction"])'", at: at("direction"), accepted: "both, to_partner, from_partner"))
            }
            let qualifier = Qualifier(rawValue: row["qualifier"])
            if qualifier == nil {
                problems.append(.error("unknown qualifier '\(row["qualifier"])'", at: at("qualifier"),
                                       accepted: Qualifier.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let value = decimal(row["value"])
            if value == nil { problems.append(.error("cannot read value '\(row["value"])'", at: at("value"), accepted: "plain decimal digits: 38200000, -10.1")) }
            let high = row["high"].isEmpty ? nil : decimal(row["high"])
            if !row["high"].isEmpty && high == nil {
                problems.append(.error("cannot read high '\(row["high"])'", at: at("high"), accepted: "plain decimal digits, or empty for a single value"))
            }
            if let value, let high, high <= value {
                problems.append(.error("high \(high.plainText) is not above value \(value.plainText)", at: at("high"), accepted: "the low end in value, the high end in high"))
            }
            if row["unit"].isEmpty { problems.append(.error("an expected row needs a unit", at: at("unit"), accepted: "USD, percent, or what a count counts")) }
            for column in ["indicator", "reporter", "partner"] where row[column].isEmpty {
                problems.append(.error("an expected row needs a \(column)", at: at(column)))
            }
            guard problems.isEmpty, let p, let direction, let qualifier, let value else { diagnostics += problems; continue }
            let kinds = row["kinds"].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let label = StrictRow(indicator: row["indicator"], flow: FigureFlow(reporter: row["reporter"], partner: row["partner"], direction: direction),
                                  period: p, comparedWith: compared, value: value, high: high, unit: row["unit"], qualifier: qualifier,
                                  asReported: row["as_reported"], kinds: kinds)
            if list[i].expected.contains(where: { $0.differences(from: label).isEmpty }) {
                diagnostics.append(.error("the same expected row twice in \(row["article"]): a figure the article repeats is one row", at: at("article")))
                continue
            }
            list[i].expected.append(label)
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (StrictExtractionSet(articles: list), diagnostics)
    }

    /// Plain decimal text only (`-10.1`, `38200000`): no exponent, separators or spaces.
    static func decimal(_ text: String) -> Decimal? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { (48...57).contains($0.value) } }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
