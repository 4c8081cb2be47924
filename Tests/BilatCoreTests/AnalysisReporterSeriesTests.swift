@testable import BilatCore
import Foundation
import Testing

// Growth never mixes reporters: when both sides report one flow (AZE's exports to PAK and PAK's imports from AZE,
// each side's turnover), every series, implied figure and growth row keeps to one reporter.

@Suite("One reporter per series")
struct AnalysisReporterSeriesTests: AnalysisFixtures {
    var sources: [Source] {
        [("ct", "UN Comtrade"), ("news", "A news wire")].map { id, publisher in
            Source(id: id, publisher: publisher, title: "Source \(id)", published: Period.day(CalendarDate(year: 2024, month: 1, day: 15)!))
        }
    }

    /// Both sides' statistics: AZE reports its exports to and imports from PAK, PAK its imports from AZE, each its turnover.
    func bothSides() throws -> [Figure] {
        [
            try figure("aze-x-2020", "exports", period: "2020", "USD 100", source: "ct", direction: .toPartner),
            try figure("aze-x-2021", "exports", period: "2021", "USD 120", source: "ct", direction: .toPartner),
            try figure("aze-m-2020", "imports", period: "2020", "USD 50", source: "ct", direction: .fromPartner),
            try figure("aze-t-2021", "trade_turnover", period: "2021", "USD 300", source: "ct"),
            try figure("pak-m-2020", "imports", period: "2020", "USD 110", source: "ct", direction: .fromPartner, reporter: "PAK", partner: "AZE"),
            try figure("pak-m-2021", "imports", period: "2021", "USD 150", source: "ct", direction: .fromPartner, reporter: "PAK", partner: "AZE"),
            try figure("pak-t-2021", "trade_turnover", period: "2021", "USD 400", source: "ct", reporter: "PAK", partner: "AZE"),
        ]
    }

    @Test func impliedFiguresUseOneReportersFiguresOnly() throws {
        let d = dataset(try bothSides(), sources: sources)
        let reported = Observation.reported(in: d)
        let derived = ImpliedFigures.derive(from: d, reported: reported)
        let byID = Dictionary(reported.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // AZE's 2020 turnover from AZE's parts, AZE's 2021 imports and PAK's 2021 exports from each side's turnover.
        // Nothing adds AZE's exports to PAK's imports (120 + 150), nor takes one side's part from the other's total.
        #expect(derived.map { "\($0.key.label) \($0.period.label) \($0.value) = \($0.derivation?.formula ?? "")" } == [
            "exports PAK→AZE (USD) 2021 250 = pak-t-2021 − pak-m-2021",
            "imports AZE←PAK (USD) 2021 180 = aze-t-2021 − aze-x-2021",
            "trade_turnover AZE–PAK (USD) 2020 150 = aze-m-2020 + aze-x-2020",
        ])
        for o in derived {
            let reporters = Set((o.derivation?.inputs ?? []).compactMap { byID[$0]?.key.reporter })
            #expect(reporters == [o.key.reporter], "\(o.id) mixes \(reporters)")
        }
    }

    @Test func growthComparesEachSideWithItself() throws {
        let d = dataset(try bothSides(), sources: sources)
        let rows = Growth.rows(observations(d))
        for r in rows { if let previous = r.previous { #expect(previous.key == r.observation.key) } }
        let compared = rows.filter { $0.previous != nil }.map { r in
            "\(r.observation.id) vs \(r.previous?.id ?? ""): \(r.percentChange.map { HumanNumber.places($0, 2) } ?? "")"
        }
        // Each side's own figures, reported or implied from that side's own: never AZE's exports against PAK's imports.
        #expect(compared == ["aze-x-2021 vs aze-x-2020: 20.00", "imports~2021 vs aze-m-2020: 260.00", "pak-m-2021 vs pak-m-2020: 36.36",
                             "aze-t-2021 vs trade_turnover~2020: 100.00"], "\(compared)")
    }

    @Test func eachSidesTurnoverIsASeriesOfItsOwn() throws {
        let d = dataset(try bothSides() + [
            try figure("aze-t-2022", "trade_turnover", period: "2022", "USD 330", source: "ct"),
            try figure("pak-t-2022", "trade_turnover", period: "2022", "USD 360", source: "ct", reporter: "PAK", partner: "AZE"),
        ], sources: sources)
        let rows = Growth.rows(observations(d)).filter { $0.observation.id.hasSuffix("-t-2022") }
        #expect(rows.map { r in
            "\(r.observation.key.label): \(r.previous?.id ?? "") → \(r.observation.id) \(r.percentChange.map { HumanNumber.places($0, 2) } ?? "")"
        } == [
            "trade_turnover AZE–PAK (USD): aze-t-2021 → aze-t-2022 10.00",
            "trade_turnover PAK–AZE (USD): pak-t-2021 → pak-t-2022 -10.00",
        ])
    }

    // MARK: Shares of a turnover the other side reports

    @Test func aShareTakesItsOwnSidesTotalFirst() throws {
        let part = try #require(observations(dataset([
            try figure("a-pak", "trade_turnover", period: "2021", "$30 million", source: "news", reporter: "PAK", partner: "AZE"),
            try figure("b-aze", "trade_turnover", period: "2021", "$20 million", source: "news"),
            try figure("s2021", "exports", period: "2021", "90% of the trade", source: "news", direction: .toPartner),
        ], sources: sources)).first { $0.derivation?.inputs.contains("s2021") == true })
        #expect(part.value == decimal("18000000"))
        #expect(part.derivation?.formula == "90% × b-aze [share s2021 of trade_turnover]")
    }

    @Test("the other side's turnover serves a share only from the news, and says so", arguments: [
        ("news", "90% × t2021 [share s2021 of trade_turnover, as PAK reports it]" as String?),
        ("ct", nil),
    ])
    func otherSidesTotal(_ totalSource: String, _ formula: String?) throws {
        let part = observations(dataset([
            try figure("t2021", "trade_turnover", period: "2021", "$20 million", source: totalSource, reporter: "PAK", partner: "AZE"),
            try figure("s2021", "exports", period: "2021", "90% of the trade", source: "news", direction: .toPartner),
        ], sources: sources)).first { $0.derivation?.inputs.contains("s2021") == true }
        #expect(part?.derivation?.formula == formula)
        #expect(part?.key.reporter == formula.map { _ in "AZE" })
    }
}
