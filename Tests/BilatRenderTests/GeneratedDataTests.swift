import BilatCore
@testable import BilatRender
import BilatTestSupport
import Foundation
import Testing

/// Random but valid datasets at the edges of what the readers accept: $0, negative, 38-digit and tiny values,
/// years 1 and 9999, windows and day ranges, 400-character unicode subjects, repeated ids, both directions,
/// many partners. Everything pure that a build runs on a dataset must survive them.
struct DatasetGenerator {
    var rng: SplitMix64

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let years = [1, 2, 3, 1991, 2016, 2017, 2018, 2020, 2021, 2022, 9997, 9998, 9999]
    static let parties = ["AZE", "PAK", "TUR", "GEO", "IRN", "KAZ", "UZB", "CHN", "RUS", "IND", "USA", "GBR"]
    static let indicators = ["exports", "imports", "trade_turnover", "personnel_trained", "arms_deal", "aid"]
    static let pieces = ["Flood relief!", "flood relief?", "JF-17", "Ελλάδα", "Азербайджан", "پاکستان", "🇦🇿🇵🇰", "e\u{301}",
                         "<script>&amp;", "=SUM(A1)", "\"quoted\"", "tab\there", "line\nbreak", "nan", "inf", " ", "ü"]

    mutating func decimal() -> Decimal {
        switch int(0...7) {
        case 0: return 0
        case 1: return -Decimal(int(1...1_000_000))
        case 2: return Decimal(string: String((0..<38).map { _ in Character(String(int(1...9))) }))!
        case 3: return Decimal(string: "0." + String(repeating: "0", count: int(0...36)) + String(int(1...9)))!
        case 4: return Decimal(sign: .plus, exponent: int(-128...120), significand: Decimal(int(1...999)))
        case 5: return -Decimal(string: String(repeating: "9", count: 38))!
        default: return Decimal(int(1...999)) * Decimal(sign: .plus, exponent: int(0...9), significand: 1)
        }
    }

    mutating func date(year: Int? = nil) -> CalendarDate {
        let y = year ?? pick(Self.years), m = int(1...12)
        return CalendarDate(year: y, month: m, day: int(1...CalendarDate.daysIn(month: m, year: y)))!
    }

    mutating func period() -> Period {
        let year = pick(Self.years)
        switch int(0...6) {
        case 0, 1: return Period.year(year)!
        case 2: return Period.month(year, int(1...12))!
        case 3:
            let q = int(0...3)
            return Period(start: CalendarDate.firstDay(year: year, month: q * 3 + 1)!,
                          end: CalendarDate.lastDay(year: year, month: q * 3 + 3)!, granularity: .quarter)
        case 4:
            let a = date(year: year), b = date()
            return Period(start: min(a, b), end: max(a, b), granularity: .day)
        case 5:
            let a = pick(Self.years), b = pick(Self.years)
            return Period(start: CalendarDate.firstDay(year: min(a, b))!, end: CalendarDate.lastDay(year: max(a, b))!,
                          granularity: .year, isApproximate: chance(0.5), isWindow: chance(0.5))
        default:
            return Period(start: CalendarDate.firstDay(year: year)!, end: CalendarDate.lastDay(year: year, month: int(1...11))!,
                          granularity: .month, isApproximate: chance(0.3))
        }
    }

    mutating func text(maxLength: Int) -> String {
        var s = ""
        while s.count < maxLength && !chance(0.25) { s += pick(Self.pieces) }
        if chance(0.1) { s = String(repeating: pick(Self.pieces), count: 400) }
        return String(s.prefix(maxLength))
    }

    mutating func dataset(_ n: Int) -> Dataset {
        let sourceIDs = (0..<int(1...4)).map { "s\($0)" }
        var sources = sourceIDs.map { id in
            Source(id: id, publisher: text(maxLength: 40), title: text(maxLength: 400), published: chance(0.8) ? period() : nil)
        }
        if chance(0.4) { sources.append(Source(id: sourceIDs[0], publisher: "again", title: "a repeated id")) }
        let subjects = ["", "", text(maxLength: 400), "Flood relief!", "flood relief?"]
        var figures: [Figure] = []
        for i in 0..<int(0...12) {
            let kind = pick([UnitKind.money, .money, .count, .percent])
            let value = decimal()
            let quantity = Quantity(value: value, kind: kind, currency: kind == .money ? pick(Currency.allCases) : nil,
                                    noun: kind == .count ? pick(["officers", "Officers", "units", text(maxLength: 30)]) : nil,
                                    qualifier: pick(Qualifier.allCases), significantDigits: chance(0.1) ? int(0...40) : nil)
            let change = kind == .percent && chance(0.7)
            let reporter = pick(Self.parties), partner = pick(Self.parties)
            figures.append(Figure(
                id: chance(0.15) ? "dup" : "f\(i)", indicator: pick(Self.indicators), reporter: reporter, partner: partner,
                direction: pick(Direction.allCases), subject: pick(subjects), period: period(), periodText: "generated",
                comparedWith: change ? period() : nil, asReported: text(maxLength: 60), quantity: quantity,
                status: chance(0.3) ? pick(FigureStatus.allCases) : nil, sourceID: pick(sourceIDs)))
            // Relatives that make the analysis work: the other part of a total, and a stated change from this level.
            guard let f = figures.last, !change else { continue }
            if chance(0.4) {
                var part = f
                part.id = "f\(i)-part"
                part.indicator = pick(["exports", "imports", "trade_turnover"])
                part.direction = part.indicator == "exports" ? .toPartner : part.indicator == "imports" ? .fromPartner : .both
                part.quantity.value = decimal()
                part.sourceID = pick(sourceIDs)
                figures.append(part)
            }
            if chance(0.3) {
                var stated = f
                stated.id = "f\(i)-change"
                stated.period = f.period.shifted(years: pick([1, 2, -1])) ?? f.period
                stated.comparedWith = f.period
                stated.quantity = Quantity(value: decimal(), kind: .percent, qualifier: pick(Qualifier.allCases), isChange: true)
                figures.append(stated)
            }
        }
        let events = (0..<int(0...6)).map { i in
            Event(id: chance(0.2) ? "e" : "e\(i)", date: period(), dateText: text(maxLength: 20), title: text(maxLength: 400),
                  sourceIDs: [pick(sourceIDs)], note: chance(0.3) ? "disputed" : "")
        }
        let statuses = (0..<int(0...4)).map { i in
            DealStatus(id: "st\(i)", subject: pick(subjects), stage: pick(DealStage.allCases), asOf: period(), sourceID: pick(sourceIDs))
        }
        let accepted = chance(0.2) ? [AcceptedFinding(findingID: "conflict:f1+f2", reason: "known")] : []
        return Dataset(name: "d\(n % 3)", title: text(maxLength: 80), sources: sources, figures: figures, events: events,
                       statuses: statuses, accepted: accepted)
    }

    /// A notebook of random cell lines, many with malformed options.
    mutating func notebook() -> String {
        let words = ["=", "==", "=x", "k=", "k=v", "indicator=exports", "indicator=imports", "flag", "ü=é", "a=b=c", ""]
        var lines = ["---", "title: \(text(maxLength: 30))", "---"]
        for _ in 0..<int(1...5) {
            lines.append(pick(["", "  ", "\t"]) + "```bilat " + pick(Notebook.cellKinds + ["nope", ""]) + " "
                + (0..<int(0...4)).map { _ in pick(words) }.joined(separator: pick([" ", "  "])))
            if chance(0.9) { lines.append("```") }
            lines.append(text(maxLength: 50))
        }
        return lines.joined(separator: "\n")
    }
}

/// Hundreds of generated datasets through every pure stage a build runs: no trap, and sound SVG.
@Suite struct GeneratedDataTests {
    static let seeds = 256

    // A hang fails the test; how fast the stages are is measured by bilat-bench, not here (a shared, loaded
    // machine made a wall-clock bound fail a correct run).
    @Test(.timeLimit(.minutes(10))) func everyStageSurvivesGeneratedDatasets() throws {
        var generator = DatasetGenerator(rng: SplitMix64(seed: 14))
        var svgCount = 0, derivedCount = 0, findingCount = 0, notebooksRead = 0, notebooksRefused = 0
        for n in 0..<Self.seeds {
            let dataset = generator.dataset(n)
            let reported = Observation.reported(in: dataset)
            let derived = ImpliedFigures.derive(from: dataset, reported: reported)
            let findings = Checks.run(dataset, reported: reported)
            let rows = Growth.rows(reported + derived)
            #expect(rows.count == reported.count + derived.count)
            derivedCount += derived.count
            findingCount += findings.count

            var svgs: [String] = []
            // A few series a dataset (those with most points first) keep hundreds of datasets within seconds.
            let bySeries = Dictionary(grouping: reported + derived, by: \.key).sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            for (key, series) in bySeries.prefix(2) {
                svgs.append(TimeSeriesChart.render(title: key.label, key: key, observations: series, sources: dataset.sources))
            }
            let chartRows = (reported + derived).map { ChartRow(label: $0.key.subject.isEmpty ? $0.id : $0.key.subject, observation: $0) }
            for (unit, money) in Dictionary(grouping: chartRows.filter { ValueLabel.isMoney($0.observation.key.unit) }, by: \.observation.key.unit) {
                svgs.append(MoneyComparisonChart.render(title: "Money", currency: unit, rows: money, sources: dataset.sources))
            }
            svgs.append(CountsChart.render(title: "Counts", rows: chartRows.filter { !ValueLabel.isMoney($0.observation.key.unit) },
                                           sources: dataset.sources))
            svgs.append(TimelineChart.render(title: "Events", events: dataset.events, sources: dataset.sources))
            for svg in svgs {
                let problems = SVGCheck.problems(svg)
                #expect(problems.isEmpty, "dataset \(n): \(problems.prefix(3))")
                // No text of a chart leaves it, whatever the data (ChartTextBoundsTests has the hand-made extremes).
                let outside = TextBoxes.of(svg).outside
                #expect(outside.isEmpty, "dataset \(n): \(outside.prefix(3))")
            }
            svgCount += svgs.count

            // One flavour and one format a dataset, in turn: each is covered many times over.
            for flavour in [CSVExport.Flavour.allCases[n % CSVExport.Flavour.allCases.count]] {
                // As the build exports: per relationship, with what is implied in each.
                let views = RelationshipViews.build([dataset])
                let relationshipRows = views.map { v in
                    CSVExport.RelationshipRows(view: v, derived: ImpliedFigures.derive(from: v.dataset, reported: Observation.reported(in: v.dataset)))
                }
                #expect(CSVExport.figures(relationshipRows, flavour: flavour).hasSuffix("\r\n"))
                _ = CSVExport.events([dataset], relationships: views, flavour: flavour)
                _ = CSVExport.sources([dataset], relationships: views, flavour: flavour)
                _ = CSVExport.growth(rows, relationships: relationshipRows, flavour: flavour)
            }
            for format in [OutputFormat.allCases[n % OutputFormat.allCases.count]] {
                _ = try GrowthOutput.render(rows, as: format)
                _ = try FindingsOutput.render(findings, as: format)
            }

            let text = generator.notebook()
            do {
                _ = try Notebook.parse(text, path: "Notebooks/generated.md")
                notebooksRead += 1
            } catch {
                notebooksRefused += 1
                #expect(error.diagnostics.allSatisfy { $0.location?.path == "Notebooks/generated.md" && $0.accepted != nil })
            }
        }
        // The generator reaches what it is meant to: charts, implied figures, findings, good and bad notebooks.
        #expect(svgCount > Self.seeds * 3)
        #expect(derivedCount > 0 && findingCount > 0)
        #expect(notebooksRead > 0 && notebooksRefused > 0)
    }
}
