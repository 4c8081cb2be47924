import BilatCore
import Foundation
import Testing

/// The build's fingerprints: the same value gives the same digest in every process, and any field's change
/// changes it.
@Suite struct StableDigestTests: AnalysisFixtures {
    func base() throws -> Figure {
        try figure("t-2021", "trade_turnover", period: "2021", "about $11.7 million", subject: "goods")
    }

    /// One change per stored field of a figure, including fields nested in its period and quantity.
    static let changes: [(String, @Sendable (inout Figure) -> Void)] = [
        ("id", { $0.id = "t-2021b" }),
        ("indicator", { $0.indicator = "exports" }),
        ("reporter", { $0.reporter = "PAK" }),
        ("partner", { $0.partner = "AZE" }),
        ("direction", { $0.direction = .toPartner }),
        ("subject", { $0.subject = "goods and services" }),
        ("period", { $0.period = Period.year(2022)! }),
        ("period approximate", { $0.period.isApproximate.toggle() }),
        ("periodText", { $0.periodText = "CY2021" }),
        ("comparedWith", { $0.comparedWith = Period.year(2020) }),
        ("asReported", { $0.asReported = "$11.7 million" }),
        ("quantity value", { $0.quantity.value = Decimal(string: "11700001")! }),
        ("quantity value, last digit", { $0.quantity.value += Decimal(string: "0.000001")! }),
        ("quantity qualifier", { $0.quantity.qualifier = .exact }),
        ("quantity scale", { $0.quantity.scale += 1 }),
        ("quantity currency", { $0.quantity.currency = .EUR }),
        ("significant digits", { $0.quantity.significantDigits += 1 }),
        ("quantity high", { $0.quantity.high = Decimal(string: "12000000")! }),
        ("quantity level at a date", { $0.quantity.isLevelAtDate = true }),
        ("quantity share of", { $0.quantity.shareOf = "trade_turnover" }),
        ("status", { $0.status = .estimated }),
        ("sourceID", { $0.sourceID = "b" }),
        ("asOf", { $0.asOf = Period.year(2024) }),
        ("note", { $0.note = "revised" }),
    ]

    @Test(arguments: changes.map(\.0))
    func everyFieldCounts(_ field: String) throws {
        let original = try base()
        var changed = original
        try #require(Self.changes.first { $0.0 == field }).1(&changed)
        #expect(changed != original, "the change must be a change")
        #expect(StableDigest.of(changed) != StableDigest.of(original), "\(field)")
    }

    @Test func equalValuesGiveEqualDigests() throws {
        #expect(StableDigest.of(try base()) == StableDigest.of(try base()))
    }

    /// Pinned values: a digest that moved between processes (a Set in hash order) or between releases of
    /// the encoder would rebuild every output of every project.
    @Test func digestsArePinned() {
        #expect(StableDigest.hex(StableDigest.of("AZE-PAK")) == "3937b7d0841b4a06")
        #expect(StableDigest.hex(StableDigest.of(Set(["b", "a", "c", "d", "e", "f"]))) == "4aedca6b52747e95")
        #expect(StableDigest.hex(StableDigest.of(["k2": "v", "k1": "w"])) == "ea220c09b21a299c")
    }

    /// The fields for ranges, levels at a date and shares are fed only when set, so a figure without them has
    /// the fingerprint it had before they existed (pinned: a changed value would rebuild every output once).
    @Test func figuresWithoutTheNewFieldsKeepTheirFingerprint() throws {
        let q = Quantity(value: 11_700_000, kind: .money, currency: .USD, scale: 6, qualifier: .approximately, significantDigits: 3)
        /// Quantity's fields before ranges, levels and shares, encoded as Swift synthesizes it.
        struct Before: Encodable {
            var value: Decimal, kind: UnitKind, currency: Currency?, noun: String?, scale: Int, qualifier: Qualifier
            var isChange: Bool, isEstimated: Bool, significantDigits: Int
        }
        let before = Before(value: q.value, kind: q.kind, currency: q.currency, noun: q.noun, scale: q.scale, qualifier: q.qualifier,
                            isChange: q.isChange, isEstimated: q.isEstimated, significantDigits: q.significantDigits)
        #expect(StableDigest.of(q) == StableDigest.of(before))
        #expect(StableDigest.hex(StableDigest.of(q)) == "3790ba153748094c")
        var ranged = q
        ranged.high = 12_000_000
        #expect(StableDigest.of(ranged) != StableDigest.of(q))
    }

    @Test func setsAndDictionariesDoNotDependOnOrder() {
        let numbers = Array(0..<500)
        #expect(StableDigest.of(Set(numbers)) == StableDigest.of(Set(numbers.reversed())))
        let pairs = Dictionary(uniqueKeysWithValues: numbers.map { ("k\($0)", "v\($0)") })
        var other: [String: String] = [:]
        for n in numbers.reversed() { other["k\(n)"] = "v\(n)" }
        #expect(StableDigest.of(pairs) == StableDigest.of(other))
    }

    /// Field boundaries are part of the digest: moving text from one field to the next is a change.
    @Test func boundariesCount() {
        #expect(StableDigest.of(["ab", "c"]) != StableDigest.of(["a", "bc"]))
        #expect(StableDigest.of([Int?.none, 1]) != StableDigest.of([1, Int?.none]))
        #expect(StableDigest.combine([1, 2]) != StableDigest.combine([2, 1]))
    }

    @Test func observationsCountEveryField() throws {
        let f = try base()
        let key = SeriesKey(figure: f, dataset: "d")
        let a = Observation(id: "o", key: key, period: f.period, value: 5, qualifier: .approximately, isEstimated: false,
                            significantDigits: 2, sourceIDs: ["a"], derivation: nil)
        let variants = [
            Observation(id: "o", key: key, period: f.period, value: 5, qualifier: .approximately, isEstimated: true,
                        significantDigits: 2, sourceIDs: ["a"], derivation: nil),
            Observation(id: "o", key: key, period: f.period, value: 5, qualifier: .approximately, isEstimated: false,
                        significantDigits: 3, sourceIDs: ["a"], derivation: nil),
            Observation(id: "o", key: key, period: f.period, value: 5, qualifier: .approximately, isEstimated: false,
                        significantDigits: 2, sourceIDs: ["a", "b"], derivation: nil),
            Observation(id: "o", key: key, period: f.period, value: 5, qualifier: .approximately, isEstimated: false,
                        significantDigits: 2, sourceIDs: ["a"], derivation: Derivation(formula: "x", inputs: [])),
            Observation(id: "o", key: key, period: f.period, value: 5, high: 6, qualifier: .approximately, isEstimated: false,
                        significantDigits: 2, sourceIDs: ["a"], derivation: nil),
            Observation(id: "o", key: SeriesKey(dataset: key.dataset, indicator: key.indicator, reporter: key.reporter, partner: key.partner,
                                                direction: key.direction, subject: key.subject, unit: key.unit, isLevelAtDate: true),
                        period: f.period, value: 5, qualifier: .approximately, isEstimated: false, significantDigits: 2, sourceIDs: ["a"]),
        ]
        for v in variants { #expect(StableDigest.of(v) != StableDigest.of(a)) }
    }
}
