import BilatCore
import Testing
@testable import Bilat

@Suite struct OutputNamingTests {
    static let tricky: [OutputNaming.Item] = [
        .init(preferred: "Flood relief!", identity: "a"), .init(preferred: "flood relief?", identity: "b"),
        .init(preferred: "exports", identity: "exports AZE→PAK"), .init(preferred: "exports", identity: "exports PAK→AZE"),
        .init(preferred: String(repeating: "very long subject ", count: 20), identity: "long"),
        .init(preferred: String(repeating: "ş", count: 200), identity: "two-byte letters"),
        .init(preferred: "events", identity: "timeline"), .init(preferred: "events", identity: "counts|events"),
        .init(preferred: "", identity: "empty"), .init(preferred: "!!!", identity: "punctuation"),
        .init(preferred: "trade_turnover", identity: "alone"), .init(preferred: "money-usd", identity: "reserved"),
    ]

    @Test func namesAreUniqueBoundedAndReadableWhereTheyCanBe() {
        let names = OutputNaming.names(Self.tricky, reserved: ["money-usd"])
        #expect(Set(names).count == names.count, "\(names)")
        #expect(names.allSatisfy { !$0.isEmpty && $0.utf8.count <= OutputNaming.maxBytes })
        #expect(names[10] == "trade_turnover", "a name no one else wants stays as it is")
        #expect(names[0] != names[1] && names[0].hasPrefix("flood-relief-") && names[1].hasPrefix("flood-relief-"))
        #expect(names[2].hasPrefix("exports-") && names[3].hasPrefix("exports-"))
        #expect(names[11].hasPrefix("money-usd-"), "a reserved name is never given out")
        #expect(names[4].utf8.count <= OutputNaming.maxBytes && names[5].utf8.count <= OutputNaming.maxBytes)
    }

    @Test func aNameDependsOnTheItemNotOnTheOrder() {
        let forward = OutputNaming.names(Self.tricky)
        let backward = Array(OutputNaming.names(Self.tricky.reversed()).reversed())
        #expect(forward == backward)
    }

    @Test func theSameIdentityGetsTheSameName() {
        let names = OutputNaming.names([.init(preferred: "a", identity: "x"), .init(preferred: "a", identity: "x")])
        #expect(names == ["a", "a"])
    }

    @Test(arguments: [("Flood relief!", "flood-relief"), ("  A  b  ", "a-b"), ("Türkiye–Pakistan", "türkiye-pakistan"), ("a_b", "a_b")])
    func slugs(text: String, slug: String) {
        #expect(OutputNaming.slug(text) == slug)
    }

    /// Random names from a small alphabet collide often: the result must still be injective on identities.
    @Test func randomNamesNeverCollide() {
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1; return Int(state >> 33) }
        let alphabet = Array("aA -!é")
        for _ in 0..<200 {
            let items = (0..<30).map { i in
                OutputNaming.Item(preferred: String((0..<(next() % 4)).map { _ in alphabet[next() % alphabet.count] }), identity: "id\(i)")
            }
            let names = OutputNaming.names(items, reserved: ["a"])
            #expect(Set(names).count == items.count)
        }
    }
}

@Suite struct RelationshipViewTests {
    static func figure(_ id: String, _ reporter: String, _ partner: String, source: String = "s") throws -> Figure {
        Figure(id: id, indicator: "exports", reporter: reporter, partner: partner, direction: .toPartner,
               period: try PeriodReader.parse("2021"), periodText: "2021", asReported: "$1 million",
               quantity: try QuantityReader.parse("$1 million"), sourceID: source)
    }

    static func dataset(_ name: String, parties: [String], figures: [Figure]) -> Dataset {
        Dataset(name: name, sources: [Source(id: "s", publisher: "P", title: "T")], parties: parties.map { Party(id: $0, name: $0.lowercased()) },
                figures: figures)
    }

    @Test func aRelationshipTakesInEveryDatasetAndBothDirections() throws {
        let a = Self.dataset("a", parties: ["AZE", "PAK"], figures: [try Self.figure("x", "AZE", "PAK"), try Self.figure("y", "PAK", "AZE")])
        let b = Self.dataset("b", parties: ["PAK", "AZE", "TUR"], figures: [try Self.figure("x", "PAK", "AZE"), try Self.figure("z", "AZE", "TUR")])
        let views = RelationshipViews.build([b, a])
        #expect(views.map(\.relationship.id) == ["AZE-PAK", "AZE-TUR"])
        let pak = views[0]
        #expect(pak.datasets == ["a", "b"])
        #expect(Set(pak.dataset.figures.map(\.id)) == ["a/x", "b/x", "y"], "a shared id is qualified in both datasets, a unique one kept")
        #expect(pak.dataset.figures.allSatisfy { $0.sourceID == "a/s" || $0.sourceID == "b/s" }, "the shared source id too")
        #expect(pak.figureOrigins.map(\.dataset) == ["a", "a", "b"])
        #expect(pak.figureOrigins.map(\.id) == ["x", "y", "x"])
        #expect(views[1].dataset.figures.map(\.id) == ["z"])
    }

    @Test func aSingleDatasetKeepsItsIds() throws {
        let a = Self.dataset("a", parties: ["AZE", "PAK"], figures: [try Self.figure("x", "AZE", "PAK")])
        let views = RelationshipViews.build([a])
        #expect(views.first?.dataset.figures.map(\.id) == ["x"])
        #expect(views.first?.dataset.name == "AZE-PAK")
    }

    @Test(arguments: [("AZE-PAK", "AZE-PAK"), ("pak-aze", "AZE-PAK"), ("PAK–AZE", "AZE-PAK")])
    func relationshipIds(text: String, id: String) {
        #expect(Relationship(id: text)?.id == id)
    }

    @Test func badRelationshipIdsAreRefused() {
        #expect(Relationship(id: "AZE") == nil)
        #expect(Relationship(id: "AZE-AZE") == nil)
        #expect(Relationship(id: "A-B-C") == nil)
    }
}
