/// Cue words that the words around them make into something else.
extension Extractor {
    /// Words after which a cue is part of a person's title: "Türkiye's trade minister", "the commerce secretary". Such a
    /// cue names who spoke, not what a figure measures. (A ministry is kept: "the commerce ministry projects around $15
    /// million" is about commerce.)
    static let officeWords: Set<String> = ["minister", "ministers", "secretary", "commissioner", "attache", "attaché", "envoy", "spokesman",
                                           "spokeswoman", "spokesperson"]

    /// Whether `hit` is part of a person's title ("trade minister").
    func isTitleCue(_ hit: PhraseIndex<Int>.Hit, in s: SentenceTokens) -> Bool {
        s.word(hit.last + 1).map { Self.officeWords.contains($0) } ?? false
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
