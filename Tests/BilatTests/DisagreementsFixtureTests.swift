import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// The checks on a small project written for them (Tests/Fixtures/disagreements: two datasets on one relationship,
/// one from the press, one from statistics offices): each kind of disagreement is reported with the right kind and
/// severity, and none of the noise is.
@Suite struct DisagreementsFixtureTests {
    static let folders = ["azerbaijan-pakistan-press", "azerbaijan-pakistan-statistics"]
        .map { Repository.root + "/Tests/Fixtures/disagreements/" + $0 }
    static let outcome = Result { try AnalysisStage.run(folders: folders) }

    func outcome() throws -> AnalysisStage.Outcome { try Self.outcome.get() }

    func finding(_ id: String) throws -> Finding {
        let findings = try outcome().findings
        return try #require(findings.first { $0.id == id }, "no \(id) in \(findings.map(\.id))")
    }

    @Test("each disagreement is reported", arguments: [
        ("subperiod-exceeds-whole:turnover-2017-h1-wire+turnover-2017-shunculture", Finding.Severity.error),
        ("subperiod-exceeds-whole:exports-2017-h1-pbs+imports-2017-shunculture", .warning),
        ("deal-dates-differ:2022-02-jf17-deal+jf17-deal-2022-02-shunculture+jf17-deal-2024-02-review+jf17-deal-2024-02-weekly", .warning),
        ("stage-dates-differ:jf17-review+jf17-weekly", .warning),
        ("status-disagreement:jf17-shunculture+jf17-todayaz", .warning),
        ("stated-change-mismatch:turnover-2017-shunculture+turnover-2021-todayaz+turnover-change-2021-review", .error),
        ("parts-do-not-add-up:exports-2020-wire+imports-2020-wire+turnover-2020-review", .error),
        ("truncated:turnover-2019-statcom+turnover-2019-wire", .note),
        // "about 200 %" against each of the two 2019 values; "exceeding $28.1 million" against "$27 million".
        ("stated-change-mismatch:turnover-2018-statcom+turnover-2019-statcom+turnover-change-2019-wire", .error),
        ("stated-change-mismatch:turnover-2018-statcom+turnover-2019-wire+turnover-change-2019-wire", .error),
        ("conflict:turnover-2023-review+turnover-2023-weekly", .error),
    ])
    func reported(_ id: String, _ severity: Finding.Severity) throws {
        let f = try finding(id)
        #expect(f.severity == severity)
        #expect(f.locations.count == f.subjects.count, "every row is located: \(f.locations)")
    }

    @Test func nothingElseIsReported() throws {
        let ids = try outcome().findings.map(\.id)
        #expect(ids.count == 11, "\(ids)")
        #expect(!ids.contains { $0.hasPrefix("lookalike-measures") }, "a part of a year against the year is not a lookalike")
        #expect(!ids.contains { $0.hasPrefix("conflict") && $0.contains("2019") }, "13.2 million against 13.283 million is truncation")
        #expect(!ids.contains { $0.contains("turnover-change-2021-todayaz") }, "over 50 % holds")
        #expect(!ids.contains { $0.contains("turnover-2018-jan-sep") }, "nine months of 2018 fit in the year")
        #expect(!ids.contains { $0.contains("turnover-change-2022-review") }, "a multiple with one end stored is used, not checked")
    }

    @Test func theFindingsNameRowsInBothDatasets() throws {
        let f = try finding("truncated:turnover-2019-statcom+turnover-2019-wire")
        #expect(Set(f.locations.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().lastPathComponent })
            == ["azerbaijan-pakistan-press", "azerbaijan-pakistan-statistics"])
    }

    @Test func the2022TurnoverComesFromTheExactPartsNotTheVagueChange() throws {
        let derived = try outcome().derived
        let o = try #require(derived.first { $0.key.indicator == "trade_turnover" && $0.period.label == "2022" })
        #expect(o.value == 28_100_000)
        #expect(o.qualifier == .exact)
        #expect(o.derivation?.formula == "exports-2022-review + imports-2022-review")
    }
}
