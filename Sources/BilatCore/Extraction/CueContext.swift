/// Cue words that the words around them make into something else.
extension Extractor {
    /// Words after which a cue is part of a title or an office: "Türkiye's trade minister", "the Trade Ministry",
    /// "commerce secretary". Such a cue names who spoke, not what a figure measures.
    static let officeWords: Set<String> = ["minister", "ministers", "ministry", "ministries", "secretary", "commissioner", "attache",
                                           "attaché", "envoy", "representative", "representatives", "department", "office", "officials", "official"]

    /// Whether `hit` is part of a title: followed by an office word ("trade minister") or after "Ministry of"
    /// ("the Ministry of Trade and Integration").
    func isTitleCue(_ hit: PhraseIndex<Int>.Hit, in s: SentenceTokens) -> Bool {
        if let next = s.word(hit.last + 1), Self.officeWords.contains(next) { return true }
        if s.word(hit.first - 1) == "of", let office = s.word(hit.first - 2), ["ministry", "minister", "department", "secretary"].contains(office) { return true }
        return false
    }

    /// "14 MRSAM systems will be supplied", "are to be delivered": a delivery in the future is the order's count,
    /// not a delivery. True when a delivery cue in the clause of `q` stands after "will (be)" or "to be".
    func isFutureDelivery(_ s: SentenceTokens, _ q: SpottedQuantity, cues: [PhraseIndex<Int>.Hit]) -> Bool {
        cues.contains { hit in
            vocabulary.cues[hit.value].indicator == "arms_delivered" && s.clause[hit.first] == s.clause[q.first]
                && (s.word(hit.first - 1) == "will" || (s.word(hit.first - 1) == "be" && ["will", "to", "shall"].contains(s.word(hit.first - 2) ?? "")))
        }
    }
}
