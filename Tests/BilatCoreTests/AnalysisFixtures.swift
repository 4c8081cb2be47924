import BilatCore
import Foundation
import Testing

/// Small datasets written in code for the analysis tests: figures are read from text, as a dataset row is.
///
/// Suites adopt the protocol to call `figure(…)`, `dataset(…)` and friends unqualified.
protocol AnalysisFixtures {}

extension AnalysisFixtures {
    /// A figure read from its texts. Reporter AZE, partner PAK, direction `.both` unless told;
    /// `asOf` is also the reference windows ("the past ten years") are counted back from.
    func figure(_ id: String, _ indicator: String, period: String, _ text: String, source: String = "a",
                direction: Direction = .both, subject: String = "", comparedWith: String? = nil,
                asOf: String? = nil, status: FigureStatus? = nil,
                reporter: String = "AZE", partner: String = "PAK", key: String = "") throws -> Figure {
        var reference: Period?
        if let asOf { reference = try PeriodReader.parse(asOf) }
        let quantity = try QuantityReader.parse(text)
        let parsedPeriod = try PeriodReader.parse(period, reference: reference)
        var base: Period?
        if let comparedWith { base = try PeriodReader.parse(comparedWith, reference: reference) }
        return Figure(id: id, indicator: indicator, reporter: reporter, partner: partner, direction: direction,
                      subject: subject, period: parsedPeriod, periodText: period, comparedWith: base,
                      asReported: text, quantity: quantity,
                      status: status ?? (quantity.isEstimated ? .estimated : nil),
                      sourceID: source, asOf: reference, linkKey: key)
    }

    /// Sources a, b and c, published 15 January 2024 (after every figure the tests use unless told).
    var standardSources: [Source] {
        ["a", "b", "c"].map { id in
            Source(id: id, publisher: "Publisher \(id.uppercased())", title: "Source \(id)",
                   published: Period.day(CalendarDate(year: 2024, month: 1, day: 15)!))
        }
    }

    func dataset(_ figures: [Figure], sources: [Source]? = nil, events: [Event] = [], statuses: [DealStatus] = [],
                 accepted: [AcceptedFinding] = [], locations: [String: BilatCore.SourceLocation] = [:]) -> Dataset {
        Dataset(name: "test", sources: sources ?? standardSources, figures: figures, events: events, statuses: statuses,
                accepted: accepted, rowLocations: locations)
    }

    /// Reported levels plus the implied figures, as `bilat growth` feeds them to `Growth.rows`.
    func observations(_ dataset: Dataset) -> [Observation] {
        let reported = Observation.reported(in: dataset)
        return reported + ImpliedFigures.derive(from: dataset, reported: reported)
    }

    func growthRows(_ figures: [Figure]) -> [GrowthRow] {
        Growth.rows(observations(dataset(figures)))
    }

    func row(_ id: String, in rows: [GrowthRow]) throws -> GrowthRow {
        try #require(rows.first { $0.observation.id == id }, "no growth row for \(id)")
    }

    func period(_ text: String, reference: String? = nil) throws -> Period {
        var ref: Period?
        if let reference { ref = try PeriodReader.parse(reference) }
        return try PeriodReader.parse(text, reference: ref)
    }

    func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }

    /// True when `value` is within `tolerance` of `expected`.
    func close(_ value: Decimal?, _ expected: Double, within tolerance: Double) -> Bool {
        guard let value else { return false }
        return abs(double(value) - expected) <= tolerance
    }

    /// One series (AZE–PAK turnover in USD) for observations built directly, without a figure.
    var turnoverKey: SeriesKey {
        SeriesKey(dataset: "test", indicator: "trade_turnover", reporter: "AZE", partner: "PAK", direction: .both,
                  subject: "", unit: "USD")
    }

    func observation(_ id: String, _ periodText: String, _ value: Decimal, qualifier: Qualifier = .exact,
                     estimated: Bool = false, derived: Bool = false) throws -> Observation {
        Observation(id: id, key: turnoverKey, period: try period(periodText), value: value, qualifier: qualifier,
                    isEstimated: estimated, significantDigits: value.significantDigits, sourceIDs: ["a"],
                    derivation: derived ? Derivation(formula: "made up", inputs: ["x"]) : nil)
    }

    /// A status whose as_of the row gives (`given`), or takes from its source's publication.
    func status(_ id: String, _ subject: String, _ stage: DealStage, asOf: String, source: String, given: Bool = true,
                key: String = "") throws -> DealStatus {
        DealStatus(id: id, subject: subject, stage: stage, asOf: try period(asOf), asOfGiven: given, sourceID: source, linkKey: key)
    }

    func event(_ id: String, _ date: String, _ title: String, sources: [String], key: String = "") throws -> Event {
        Event(id: id, date: try period(date), dateText: date, title: title, sourceIDs: sources, linkKey: key)
    }

    func location(_ line: Int, _ file: String = "figures.csv") -> BilatCore.SourceLocation {
        BilatCore.SourceLocation(path: "Datasets/test/\(file)", line: line, column: 1)
    }
}
