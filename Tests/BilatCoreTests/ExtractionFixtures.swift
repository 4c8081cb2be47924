import BilatCore

/// A small vocabulary written for the extractor's unit tests, independent of the bundled data files,
/// so the tests pin the rules, not the vocabulary analysts extend.
enum TestVocabulary {
    static func phrase(_ text: String) -> Phrase { Phrase(text)! }

    static let vocabulary: ExtractionVocabulary = {
        func cues(_ indicator: String, _ direction: Direction, _ words: [String]) -> [ExtractionVocabulary.Cue] {
            words.map { .init(indicator: indicator, phrase: phrase($0), direction: direction) }
        }
        var cueList = cues("trade_turnover", .both, ["turnover", "trade", "traded", "trade volume"])
            + cues("exports", .toPartner, ["export*"])
            + cues("imports", .fromPartner, ["import*"])
            + cues("aid", .toPartner, ["aid", "relief", "donat*", "assistance"])
            + cues("defence_deal_value", .toPartner, ["deal", "contract", "arms"])
            + cues("personnel_trained", .toPartner, ["train*"])
            + cues("agreements_signed", .both, ["sign*"])
        // A vague cue counts less than a precise one near the same number.
        cueList.append(.init(indicator: "trade_turnover", phrase: phrase("goods"), direction: .both, weight: 0.4))
        var v = ExtractionVocabulary(
            cues: cueList,
            units: ["personnel_trained": ["officers", "cadets", "troops"].map(phrase),
                    "agreements_signed": ["agreements", "documents", "memorand*"].map(phrase)],
            exclusions: [
                .init(indicator: nil, phrase: phrase("overall foreign trade"), reason: "a country's trade with the world"),
                .init(indicator: nil, phrase: phrase("aim to"), reason: "a goal or target, not a reported figure"),
                .init(indicator: nil, phrase: phrase("subscri*"), reason: "page furniture"),
                .init(indicator: nil, phrase: phrase("population"), reason: "not a bilateral figure"),
                .init(indicator: nil, phrase: phrase("non-oil"), reason: "a national aggregate"),
            ],
            countries: [phrase("Azerbaijan"): "AZE", phrase("Azerbaijani"): "AZE", phrase("Baku"): "AZE",
                        phrase("Pakistan"): "PAK", phrase("Pakistani"): "PAK", phrase("Islamabad"): "PAK",
                        phrase("Turkey"): "TUR", phrase("Turkish"): "TUR"])
        v.strongUnits = ["medical_aid": [phrase("ventilators")]]
        return v
    }()

    static let extractor = Extractor(vocabulary: vocabulary)

    /// Candidates from `text` as an article published on `published` (YYYY-MM-DD) about Azerbaijan and Pakistan.
    static func extract(_ text: String, published: String = "2022-10-04", markdown: Bool = false) -> Extraction {
        extractor.extract(ArticleText(text, markdown: markdown),
                          settings: ExtractionSettings(sourceID: "test", published: try? PeriodReader.parse(published),
                                                       reporter: "AZE", partner: "PAK"))
    }
}
