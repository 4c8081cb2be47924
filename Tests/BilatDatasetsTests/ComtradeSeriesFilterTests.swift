import Foundation
import BilatCore
@testable import BilatDatasets
import Testing

@Suite struct ComtradeSeriesFilterTests {
    func kept(_ rows: [[String: String]], _ filter: ComtradeSeriesFilter = ComtradeSeriesFilter())
        -> (kept: [String], skipped: [ComtradeSkip])
    {
        let reading = ComtradeReader.read(Array(ComtradeFixture.text(rows).utf8), path: "c.csv")
        let (kept, skipped) = filter.apply(reading.records)
        return (kept.map { "\($0.record.reporterISO)>\($0.record.partnerISO) \($0.indicator) \($0.record.period) \($0.record.commodityCode) \($0.record.primaryValue?.plainText ?? "-")" },
                skipped)
    }

    @Test func theFixtureKeepsOneFigurePerSeries() {
        let (kept, skipped) = kept(ComtradeFixture.rows)
        #expect(kept == [
            "AZE>PAK exports 2018 TOTAL 1234567.89",
            "AZE>PAK re_exports 2018 TOTAL 28421",
            "PAK>AZE imports 2018 TOTAL 530",
            "AZE>W00 exports 2018 TOTAL 9000000",
            "AZE>PAK exports 2018-05 TOTAL 100.5",
        ])
        #expect(skipped.count == 4)
    }

    /// (rows, filter, kept, the word the skip reason must have; "" when nothing is skipped)
    @Test(arguments: [
        // RX is its own indicator beside X, never added to it.
        ([[:], ["flowCode": "RX", "primaryValue": "5", "fobValue": "5"]], ComtradeSeriesFilter(),
         ["AZE>PAK exports 2018 TOTAL 1234567.89", "AZE>PAK re_exports 2018 TOTAL 5"], ""),
        ([["flowCode": "RM", "primaryValue": "5"]], ComtradeSeriesFilter(), ["AZE>PAK re_imports 2018 TOTAL 5"], ""),
        ([["flowCode": "FM", "primaryValue": "5"]], ComtradeSeriesFilter(), [], "part of X or M"),
        ([["flowCode": "MIP", "primaryValue": "5"]], ComtradeSeriesFilter(), [], "part of X or M"),
        // World stays a partner of its own.
        ([["PARTNERISO": "WLD", "partnerCode": "0"]], ComtradeSeriesFilter(), ["AZE>WLD exports 2018 TOTAL 1234567.89"], ""),
        // Breakdowns: only totals unless asked for.
        ([["customsCode": "C01"]], ComtradeSeriesFilter(), [], "breakdown"),
        ([["partner2ISO": "TUR", "partner2Code": "792"]], ComtradeSeriesFilter(), [], "breakdown"),
        ([["motCode": "2100"]], ComtradeSeriesFilter(), [], "breakdown"),
        ([["motCode": "2100"]], ComtradeSeriesFilter(includeBreakdowns: true), ["AZE>PAK exports 2018 TOTAL 1234567.89"], ""),
        ([["partner2ISO": "", "partner2Code": "", "customsCode": "", "motCode": ""]], ComtradeSeriesFilter(),
         ["AZE>PAK exports 2018 TOTAL 1234567.89"], ""),
        // Nested HS levels: one per series, the most aggregated unless one is named.
        ([["cmdCode": "9020", "aggrLevel": "4"], ["cmdCode": "902000", "aggrLevel": "6"]], ComtradeSeriesFilter(),
         ["AZE>PAK exports 2018 9020 1234567.89"], "aggregation level 6"),
        ([["cmdCode": "9020", "aggrLevel": "4"], ["cmdCode": "902000", "aggrLevel": "6"]], ComtradeSeriesFilter(aggregateLevel: 6),
         ["AZE>PAK exports 2018 902000 1234567.89"], "aggregation level 4"),
        // Different periods are different series: both kept at their own level.
        ([["cmdCode": "9020", "aggrLevel": "4"], ["cmdCode": "902000", "aggrLevel": "6", "period": "2019"]], ComtradeSeriesFilter(),
         ["AZE>PAK exports 2018 9020 1234567.89", "AZE>PAK exports 2019 902000 1234567.89"], ""),
    ] as [([[String: String]], ComtradeSeriesFilter, [String], String)])
    func guardsAgainstDoubleCounting(rows: [[String: String]], filter: ComtradeSeriesFilter, expected: [String], reason: String) {
        let (kept, skipped) = kept(rows, filter)
        #expect(kept == expected)
        if reason.isEmpty {
            #expect(skipped.isEmpty)
        } else {
            #expect(skipped.count == 1 && skipped.first?.reason.contains(reason) == true)
        }
    }
}
