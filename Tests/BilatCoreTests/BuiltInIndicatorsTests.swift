import BilatCore
import Testing

@Suite struct BuiltInIndicatorsTests {
    @Test func idsAreValidUniqueAndSorted() {
        let ids = BuiltInIndicators.all.map(\.id)
        #expect(ids.allSatisfy(Indicator.isValidID))
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for id in ["exports", "imports", "re_exports", "re_imports", "trade_turnover", "arms_ordered", "arms_delivered",
                   "arms_tiv", "deal_value", "aid", "investment"] {
            #expect(BuiltInIndicators.indicator(id) != nil, "\(id)")
        }
        #expect(BuiltInIndicators.indicator("arms_tiv")?.unitKind == .tiv, "TIV is its own unit, not money")
    }

    @Test func mergedReplacesByIdAndAdds() {
        let own = [Indicator(id: "aid", name: "Aid", description: "Ours.", unitKind: .money),
                   Indicator(id: "zzz", name: "Z", description: "Z.", unitKind: .count)]
        let merged = BuiltInIndicators.merged(with: own)
        #expect(merged.count == BuiltInIndicators.all.count + 1)
        #expect(merged.filter { $0.id == "aid" }.map(\.description) == ["Ours."])
        #expect(merged.last?.id == "zzz")
    }

    @Test func countryNamesAreForValidCodes() {
        #expect(CountryNames.codes.allSatisfy(Party.isValidID))
        #expect(CountryNames.name("TUR") == "Türkiye")
        #expect(CountryNames.name("XKX") == nil)
    }
}
