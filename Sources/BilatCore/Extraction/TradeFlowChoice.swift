/// Which flow a money figure is when the words of buying and supplying could name an arms deal or two-way trade:
/// "Saudi purchases of Pakistani rice came to $490 million" are imports, "supplies of Pakistani goods to
/// Azerbaijan were worth $11.9 million" exports; re-exports to a third market are no flow of the pair.
extension Extractor {
    /// A defence deal chosen only by a word of buying ("purchases", "bought") with no arms word in the sentence is
    /// the buyer's imports; two-way trade chosen only by "goods" beside a verb or noun of supplying is the
    /// seller's exports, beside one of buying the buyer's imports.
    func tradeFlowChoice(_ s: SentenceTokens, _ q: SpottedQuantity, _ choice: (String, Double, [String], Direction),
                         cueHits: [PhraseIndex<Int>.Hit], unitHits: [PhraseIndex<UnitNoun>.Hit]) -> (String, Double, [String], Direction) {
        let (indicator, score, cues, _) = choice
        if indicator == "defence_deal_value", let cue = cues.first, Self.buyingCueStems.contains(where: { cue.hasPrefix($0) }),
           !hasArmsWord(s, cueHits: cueHits, unitHits: unitHits) {
            return ("imports", score, cues, .fromPartner)
        }
        if indicator == "trade_turnover", cues == ["goods"] {
            let clause = s.clause[q.first]
            let words = (0..<s.count).filter { s.clause[$0] == clause }.compactMap { s.word($0) }
            if words.contains(where: Self.supplyWords.contains) { return ("exports", score, cues, .toPartner) }
            if words.contains(where: Self.buyingTradeWords.contains) { return ("imports", score, cues, .fromPartner) }
        }
        return choice
    }

    /// Whether the sentence names weapons or defence: a defence cue other than a word of buying, or a weapon noun.
    func hasArmsWord(_ s: SentenceTokens, cueHits: [PhraseIndex<Int>.Hit], unitHits: [PhraseIndex<UnitNoun>.Hit]) -> Bool {
        if unitHits.contains(where: { Self.armsIndicators.contains($0.value.indicator) }) { return true }
        return cueHits.contains { hit in
            let cue = vocabulary.cues[hit.value]
            let text = cue.phrase.description
            return Self.armsIndicators.contains(cue.indicator) && !Self.buyingCueStems.contains(where: { text.hasPrefix($0) })
                && !Self.tradeDealWords.contains(text)
        }
    }

    /// The clauses that hold a re-export word ("re-exports", "re-exported"), read once per sentence.
    func reExportClauses(_ s: SentenceTokens) -> Set<Int> {
        var clauses: Set<Int> = []
        for k in 1..<max(1, s.count) where s.word(k)?.hasPrefix("export") == true
            && (s.word(k - 1) == "re" || (k >= 2 && s.tokens[k - 1].isDash && s.word(k - 2) == "re")) {
            clauses.insert(s.clause[k])
        }
        return clauses
    }

    /// "Part of those goods are re-exported …: re-exports of Indian-origin products to Africa were …": a re-export
    /// whose clause sends it to no country of the pair is another country's trade.
    func isReExportElsewhere(_ s: SentenceTokens, _ q: SpottedQuantity, mentions: [CountryMention], pair: Set<String>) -> Bool {
        let clause = s.clause[q.first]
        return !mentions.contains { s.clause[$0.first] == clause && pair.contains($0.code) && $0.role == .recipient }
    }

    /// The period right after each base value ("from $76.18 billion in 2021-22"), with the base's clause and end;
    /// read once per sentence.
    func periodsAfterBases(_ s: SentenceTokens, _ periods: [SpottedPeriod], _ quantities: [SpottedQuantity]) -> [(period: Int, clause: Int, last: Int)] {
        guard !periods.isEmpty else { return [] }
        return quantities.compactMap { base in
            guard isBaseValue(s, base),
                  let i = periods.indices.first(where: { periods[$0].first > base.last && periods[$0].first - base.last <= 3 }) else { return nil }
            return (i, s.clause[base.first], base.last)
        }
    }

    /// "India's exports rose to $78.31 billion in 2022-23 from $76.18 billion in 2021-22, while imports grew … to
    /// $50.24 billion": the period right after a base value of an earlier clause is that base's.
    func periodsOfEarlierBases(_ q: SpottedQuantity, _ bases: [(period: Int, clause: Int, last: Int)], _ s: SentenceTokens) -> Set<Int> {
        guard !bases.isEmpty else { return [] }
        return Set(bases.filter { $0.last < q.first && $0.clause != s.clause[q.first] }.map(\.period))
    }

    /// The change's own subject when its clause names one before it ("…, while imports grew about 16 per cent"):
    /// then it is not a change of a figure in an earlier clause.
    func ownClauseChangeChoice(_ s: SentenceTokens, _ q: SpottedQuantity, _ cueHits: [PhraseIndex<Int>.Hit]) -> (String, Double, [String], Direction)? {
        let clause = s.clause[q.first]
        let own = cueHits.filter { $0.last < q.first && s.clause[$0.first] == clause && changeCue($0, s, q) }
        return own.isEmpty ? nil : bestIndicator(s, q, own, allowed: { _ in true }, sameClause: true)
    }

    static let buyingCueStems = ["purchas", "bought", "buy"]
    /// Cues of an arms indicator that name deals of any kind ("deal", "contract").
    static let tradeDealWords: Set<String> = ["deal", "contract"]
    static let supplyWords: Set<String> = ["supplied", "supplies", "supply", "supplying", "shipped", "shipments", "sold", "sells",
                                           "delivered", "exported"]
    static let buyingTradeWords: Set<String> = ["purchased", "purchases", "purchase", "bought", "buys"]
}
