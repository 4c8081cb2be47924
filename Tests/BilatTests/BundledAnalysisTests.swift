import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The analysis issue's "done when", on the bundled Azerbaijan–Pakistan dataset.
@Suite struct BundledAnalysisTests {
    // Loaded once; a failure fails each test that uses it instead of crashing the whole run.
    static let loaded = Result { try AnalysisStage.run(folders: [Repository.bundledDataset]) }
    static var outcome: AnalysisStage.Outcome { get throws { try loaded.get() } }

    func derived(_ indicator: String, _ period: String) throws -> Observation? {
        (try Self.outcome).derived.first { $0.key.indicator == indicator && $0.period.label == period }
    }

    func growth(_ id: String) throws -> GrowthRow {
        try #require((try Self.outcome).growth.first { $0.observation.id == id })
    }

    @Test func implied2016TurnoverIsAbout580Million() throws {
        let o = try #require(try derived("trade_turnover", "2016"))
        #expect(o.isDerived)
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "5.80 million")
        #expect(o.derivation?.inputs == ["turnover-2017-shunculture", "turnover-growth-2017-shunculture"])
        #expect(o.isEstimated, "the 2017 figure it comes from is an estimate")
    }

    @Test func impliedJanuaryToSeptember2017IsAbout681Million() throws {
        let o = try #require(try derived("trade_turnover", "2017-01/2017-09"))
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "6.81 million")
        #expect(o.derivation?.inputs == ["turnover-2018-jan-sep-shunculture", "turnover-growth-2018-jan-sep-shunculture"])
    }

    @Test func cagr2017To2021IsAbout124PercentAYear() throws {
        let row = try growth("turnover-2021-todayaz")
        #expect(row.comparison == .compound)
        #expect(row.previous?.id == "turnover-2017-shunculture")
        #expect(row.years == 4)
        let cagr = try #require(row.cagr)
        #expect(HumanNumber.fixed(cagr, significant: row.significantDigits) == "12.4")
        #expect(row.flags.contains("estimated"))
    }

    @Test func noYearOnYearFor2018AgainstFullYear2017() throws {
        let row = try growth("turnover-2018-jan-sep-shunculture")
        #expect(row.previous?.period.label == "2017-01/2017-09", "compared with the same months, never with full-year 2017")
        #expect(row.previous?.isDerived == true)
        #expect(row.flags.contains("partial"))
        #expect(!(try Self.outcome).growth.contains { $0.observation.period.label == "2018-01/2018-09" && $0.previous?.period.label == "2017" })
    }

    @Test func implied2017ExportsAre164Million() throws {
        let o = try #require(try derived("exports", "2017"))
        #expect(o.value == 1_640_000)
        #expect(HumanNumber.format(o.value, significant: o.significantDigits) == "1.64 million")
        #expect(o.key.reporter == "AZE" && o.key.direction == .toPartner)
        #expect(o.derivation?.formula == "turnover-2017-shunculture − imports-2017-shunculture")
    }

    @Test func checkReportsTheTrainingMismatchAndTheJF17StatusAndNoConflicts() throws {
        let kinds = (try Self.outcome).findings.map(\.id)
        #expect(kinds.contains("lookalike-measures:officers-trained-todayaz+units-trained-shunculture"))
        #expect(kinds.contains("status-disagreement:jf17-shunculture+jf17-todayaz"))
        #expect(!(try Self.outcome).findings.contains { $0.kind == .conflict || $0.kind == .statedChangeMismatch })
        #expect(!(try Self.outcome).findings.contains { $0.severity == .error })
        #expect((try Self.outcome).findings.count == 2)
    }

    @Test func derivedFiguresNeverReplaceReportedOnes() throws {
        let reportedSlots = Set((try Self.outcome).reported.map { "\($0.key.label) \($0.period.label)" })
        #expect((try Self.outcome).derived.allSatisfy { !reportedSlots.contains("\($0.key.label) \($0.period.label)") })
    }
}
