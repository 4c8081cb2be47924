import BilatCore
import Foundation
import Testing

/// Mirror pairs from observations built directly: AZE's imports from PAK against PAK's exports to AZE.
struct MirrorFlowsTests {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }

    static let year2018 = Period.year(2018)
    static let may2018 = Period.month(2018, 5)
    /// Pakistan's fiscal year July 2018 – June 2019.
    static let fiscal2018: Period? = {
        guard let start = CalendarDate(year: 2018, month: 7, day: 1), let end = CalendarDate(year: 2019, month: 6, day: 30) else { return nil }
        return Period(start: start, end: end, granularity: .year)
    }()

    /// An observation as `Observation.reported` makes one from a Comtrade row (all goods, USD).
    static func report(_ id: String, _ indicator: String, reporter: String, partner: String, period: Period?, _ value: String,
                       subject: String = "all goods", unit: String = "USD") -> Observation? {
        guard let period else { return nil }
        let direction: Direction = indicator == "imports" ? .fromPartner : .toPartner
        let key = SeriesKey(dataset: "AZE-PAK", indicator: indicator, reporter: reporter, partner: partner, direction: direction,
                            subject: subject, unit: unit)
        let v = decimal(value)
        return Observation(id: id, key: key, period: period, value: v, qualifier: .exact, isEstimated: false,
                           significantDigits: v.significantDigits, sourceIDs: ["src-\(id)"])
    }

    static func azeImports(_ value: String, period: Period? = year2018, id: String = "m-aze") -> Observation? {
        report(id, "imports", reporter: "AZE", partner: "PAK", period: period, value)
    }

    static func pakExports(_ value: String, period: Period? = year2018, id: String = "x-pak") -> Observation? {
        report(id, "exports", reporter: "PAK", partner: "AZE", period: period, value)
    }

    /// (reported, importer id, exporter id, importer FOB, asymmetry, percent to 6 places, note) per pair.
    static func summary(_ pairs: [MirrorPair]) -> [String] {
        pairs.map { p in
            [p.flowLabel, p.period.shortName, p.reported.rawValue, p.importerReport?.id ?? "-", p.exporterReport?.id ?? "-",
             p.importerFOB?.plainText ?? "-", p.asymmetry?.plainText ?? "-", p.asymmetryPercent?.plainText(places: 6) ?? "-",
             p.note ?? "-"].joined(separator: " | ")
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var reports: [Observation?]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "both sides, both directions", reports: [
            azeImports("1234567.89"), pakExports("900000"),
            report("x-aze", "exports", reporter: "AZE", partner: "PAK", period: year2018, "500000"),
            report("m-pak", "imports", reporter: "PAK", partner: "AZE", period: year2018, "530000"),
        ], expected: [
            "AZE→PAK all goods (USD) | 2018 | both | m-pak | x-aze | 500000 | 0 | 0 | -",
            "PAK→AZE all goods (USD) | 2018 | both | m-aze | x-pak | 1164686.69 | 264686.69 | 29.409632 | -",
        ]),
        Case(name: "the importer reports less: a negative asymmetry", reports: [azeImports("837400"), pakExports("1000000")], expected: [
            "PAK→AZE all goods (USD) | 2018 | both | m-aze | x-pak | 790000 | -210000 | -21 | -",
        ]),
        Case(name: "only the importer reports", reports: [azeImports("1060")], expected: [
            "PAK→AZE all goods (USD) | 2018 | importer_only | m-aze | - | 1000 | - | - | PAK did not report exports to AZE for 2018",
        ]),
        Case(name: "only the exporter reports", reports: [pakExports("1000")], expected: [
            "PAK→AZE all goods (USD) | 2018 | exporter_only | - | x-pak | - | - | - | AZE did not report imports from PAK for 2018",
        ]),
        Case(name: "a month is never paired with a year", reports: [azeImports("1060", period: may2018), pakExports("1000")], expected: [
            "PAK→AZE all goods (USD) | 2018 | exporter_only | - | x-pak | - | - | - | AZE did not report imports from PAK for 2018; "
                + "its figure for May 2018 overlaps but covers another span, and only equal periods are paired",
            "PAK→AZE all goods (USD) | May 2018 | importer_only | m-aze | - | 1000 | - | - | PAK did not report exports to AZE for May 2018; "
                + "its figure for 2018 overlaps but covers another span, and only equal periods are paired",
        ]),
        Case(name: "a fiscal year is never paired with a calendar year",
             reports: [azeImports("1060"), pakExports("1000", period: fiscal2018)],
             expected: [
                "PAK→AZE all goods (USD) | 2018 | importer_only | m-aze | - | 1000 | - | - | PAK did not report exports to AZE for 2018; "
                    + "its figure for FY2018-19 overlaps but covers another span, and only equal periods are paired",
                "PAK→AZE all goods (USD) | FY2018-19 | exporter_only | - | x-pak | - | - | - | AZE did not report imports from PAK for FY2018-19; "
                    + "its figure for 2018 overlaps but covers another span, and only equal periods are paired",
             ]),
        Case(name: "World is never paired with a country", reports: [
            report("m-wld", "imports", reporter: "AZE", partner: "WLD", period: year2018, "5000000"),
            report("x-wld", "exports", reporter: "PAK", partner: "WLD", period: year2018, "9000000"),
        ], expected: []),
        Case(name: "other subjects and units are other flows", reports: [
            azeImports("1060"), report("x-hs", "exports", reporter: "PAK", partner: "AZE", period: year2018, "1000", subject: "HS 52 Cotton"),
        ], expected: [
            "PAK→AZE HS 52 Cotton (USD) | 2018 | exporter_only | - | x-hs | - | - | - | AZE did not report imports from PAK for 2018",
            "PAK→AZE all goods (USD) | 2018 | importer_only | m-aze | - | 1000 | - | - | PAK did not report exports to AZE for 2018",
        ]),
        Case(name: "two reports of one side: each paired, none averaged", reports: [
            azeImports("1060"), pakExports("1000"), pakExports("800", id: "x-pak-news"),
        ], expected: [
            "PAK→AZE all goods (USD) | 2018 | both | m-aze | x-pak | 1000 | 0 | 0 | -",
            "PAK→AZE all goods (USD) | 2018 | both | m-aze | x-pak-news | 1000 | 200 | 25 | -",
        ]),
        Case(name: "an exporter's zero has no percentage", reports: [azeImports("1060"), pakExports("0")], expected: [
            "PAK→AZE all goods (USD) | 2018 | both | m-aze | x-pak | 1000 | 1000 | - | the exporter's value is zero, so the asymmetry has no percentage",
        ]),
    ]

    @Test(arguments: cases)
    func pairs(_ c: Case) {
        #expect(Self.summary(MirrorFlows.pairs(c.reports.compactMap { $0 })) == c.expected)
    }

    @Test func reexportsAndDirectionlessFiguresAreNotPaired() {
        let reports = [Self.report("rx", "re_exports", reporter: "PAK", partner: "AZE", period: Self.year2018, "1000"),
                       Self.report("rm", "re_imports", reporter: "AZE", partner: "PAK", period: Self.year2018, "1000")].compactMap { $0 }
        #expect(MirrorFlows.pairs(reports).isEmpty)
    }

    /// The factor is applied in Decimal and rounded half away from zero to the cent.
    @Test(arguments: [("1/1.06", "1234567.89", "1164686.69"), ("0.95", "1234567.89", "1172839.5"), ("1", "1234567.89", "1234567.89"),
                      ("1/1.1", "110", "100"), ("1/1.06", "0.01", "0.01"), ("1/1.06", "0.005", "0")])
    func factorAppliedExactly(factor: String, cif: String, fob: String) throws {
        let f = try #require(MirrorFactor(text: factor))
        #expect(f.fob(Self.decimal(cif)).plainText == fob)
        #expect(f.text == factor)
        let pair = try #require(MirrorFlows.pairs([Self.azeImports(cif), Self.pakExports("1")].compactMap { $0 }, factor: f).first)
        #expect(pair.importerFOB?.plainText == fob)
        #expect(pair.factor.text == factor)
    }

    @Test(arguments: ["", "0", "1.2", "2/1", "-0.9", "1/0", "a", "1/1.06/2", "1,06", ".", "1/", "/1.06", "0x1"])
    func factorRefused(_ text: String) {
        #expect(MirrorFactor(text: text) == nil)
    }

    @Test func imfFactorIsOneOverOnePointZeroSix() {
        #expect(MirrorFactor.imf.text == "1/1.06")
        #expect(MirrorFactor.imf.fob(1060) == 1000)
        #expect(MirrorSettings.standard.thresholdPercent == 20)
    }

    // MARK: The warning

    static func warnings(cif: String, threshold: Decimal = 20) -> [Finding] {
        let pairs = MirrorFlows.pairs([azeImports(cif), pakExports("1000000")].compactMap { $0 })
        return Checks.mirrorAsymmetries(pairs, settings: MirrorSettings(factor: .imf, thresholdPercent: threshold), in: Dataset(name: "AZE-PAK"))
    }

    /// CIF values whose FOB value is the exporter's 1,000,000 plus exactly 20 %, a little more or less, and −21 %.
    @Test(arguments: [("1272000", 0), ("1271989.4", 0), ("1272010.6", 1), ("837400", 1), ("1060000", 0)])
    func warningOnlyAboveThreshold(cif: String, count: Int) {
        #expect(Self.warnings(cif: cif).count == count)
    }

    @Test func warningAtALowerThreshold() {
        #expect(Self.warnings(cif: "1272000", threshold: 19.9).count == 1)
        #expect(Self.warnings(cif: "1272000", threshold: 20).isEmpty)
    }

    @Test func warningText() throws {
        let w = try #require(Self.warnings(cif: "837400").first)
        #expect(w.id == "mirror-asymmetry:m-aze+x-pak")
        #expect(w.severity == .warning)
        #expect(w.sourceIDs == ["src-m-aze", "src-x-pak"])
        #expect(w.message == "AZE records 21.0 % less imports from PAK (all goods, 2018) than PAK records as exports: "
            + "837400 USD CIF × 1/1.06 = 790000 FOB against 1000000 FOB (m-aze against x-pak); more than the 20 % threshold. "
            + "Usual explanations: CIF/FOB valuation beyond the factor, re-exports, transit through third countries, "
            + "timing (shipped in one period, recorded in the next), calendar against fiscal years")
    }

    @Test func checksRaiseTheWarningAtTheDefaults() throws {
        let figures = [
            Figure(id: "m", indicator: "imports", reporter: "AZE", partner: "PAK", direction: .fromPartner, subject: "all goods",
                   period: try #require(Self.year2018), periodText: "2018", comparedWith: nil, asReported: "USD 1234567.89",
                   quantity: try QuantityReader.parse("USD 1234567.89"), status: nil, sourceID: "ct", asOf: nil, linkKey: ""),
            Figure(id: "x", indicator: "exports", reporter: "PAK", partner: "AZE", direction: .toPartner, subject: "all goods",
                   period: try #require(Self.year2018), periodText: "2018", comparedWith: nil, asReported: "USD 900000",
                   quantity: try QuantityReader.parse("USD 900000"), status: nil, sourceID: "ct", asOf: nil, linkKey: ""),
        ]
        var dataset = Dataset(name: "AZE-PAK", sources: [Source(id: "ct", publisher: "UN Comtrade", title: "t")], figures: figures)
        let found = Checks.run(dataset).filter { $0.kind == .mirrorAsymmetry }
        #expect(found.map(\.id) == ["mirror-asymmetry:m+x"])
        #expect(found.first?.message.hasPrefix("AZE records 29.4 % more imports from PAK (all goods, 2018)") == true)
        // Accepted in accepted.csv like any finding: still listed, with the reason.
        dataset.accepted = [AcceptedFinding(findingID: "mirror-asymmetry:m+x", reason: "re-exports through UAE")]
        let accepted = Checks.run(dataset).filter { $0.kind == .mirrorAsymmetry }
        #expect(accepted.map(\.acceptedReason) == ["re-exports through UAE"])
    }
}
