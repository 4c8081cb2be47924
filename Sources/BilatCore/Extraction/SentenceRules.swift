/// Rules read off one sentence's words: what a change refers to, words pointing back to an earlier
/// period, list items, a measure's "of" phrase, third parties, prices per unit, and parts of totals.
extension Extractor {
    /// What changed is named before the change ("exports fell by a fifth") or right after it with "in"/"of"
    /// ("a 12% rise in trade"); a cue further on belongs to another statement.
    func changeCue(_ hit: PhraseIndex<Int>.Hit, _ s: SentenceTokens, _ q: SpottedQuantity) -> Bool {
        if hit.last < q.first { return s.clause[hit.last] == s.clause[q.first] }
        guard hit.first > q.last, hit.first - q.last <= 4 else { return false }
        return (q.last + 1..<hit.first).contains { s.word($0) == "in" || s.word($0) == "of" }
    }

    /// "it", "this", "the figure", "the total" as the subject before a number.
    func pronounSubject(_ s: SentenceTokens, before first: Int) -> Bool {
        // "The figure for all of 2021 was $6.3 billion": the subject may stand eight words before the number.
        for k in max(0, first - 8)..<first where s.clause[k] == s.clause[first] {
            if let w = s.word(k), ["it", "this", "that"].contains(w) { return true }
            if s.has(["the", "figure"], at: k) || s.has(["the", "total"], at: k) { return true }
        }
        return false
    }

    /// Words that point back to a period named before: "over the same period", "of that", "for that period".
    func anaphora(_ s: SentenceTokens) -> Bool { Self.anaphoraIndex.occurs(in: s) }

    static let anaphoraPhrases = ["same period", "that period", "this period", "the period", "same months", "same time",
                                  "of this", "of that", "of it", "of which", "of those", "that year", "the same year",
                                  // "stood at $3.35 billion in the financial year": the fiscal year the article named.
                                  "the financial year", "the fiscal year"].map { Phrase($0)! }
    /// The phrases by their first word, so a sentence is read once rather than once per phrase.
    static let anaphoraIndex = PhraseIndex(anaphoraPhrases.map { ($0, 0) })

    /// "This is 18.3 percent more than …", "It was …": a sentence about the figure before it, even in a new paragraph.
    func startsWithDemonstrative(_ s: SentenceTokens) -> Bool {
        guard let w = s.word(0), ["this", "that", "it"].contains(w) else { return false }
        // "This indicator increased by 1.4 times", "The figure rose": a noun for the measure may stand before the verb.
        let named = w != "it" && Self.measureNouns.contains(s.word(1) ?? "")
        guard let verb = s.word(named ? 2 : 1) else { return false }
        return ["is", "was", "represents", "represented", "marks", "marked", "means"].contains(verb)
            || (named && QuantityReader.changeVerbs[verb] != nil)
    }

    /// "Sales to Azerbaijan were 2.5 times higher …" in a new paragraph after "Turkish … sales to Azerbaijan topped
    /// $201 million": a change whose words before it repeat a content word of the figure's sentence is about it.
    /// Country names do not count: every sentence of a bilateral article names the pair.
    func repeatsSubject(_ s: SentenceTokens, before first: Int, of sentence: String, mentions: [CountryMention]) -> Bool {
        let subject = (0..<first).filter { k in !mentions.contains { $0.first <= k && k <= $0.last } }
            .compactMap { s.word($0) }.filter { $0.count >= 4 && !Self.subjectStopWords.contains($0) }
        // A previous sentence longer than a paragraph's is not read again (hostile text stays linear).
        guard !subject.isEmpty, sentence.utf8.count <= 600 else { return false }
        let previous = SentenceTokens(sentence)
        let words = Set((0..<previous.count).compactMap { previous.word($0) })
        return subject.contains(where: words.contains)
    }

    static let subjectStopWords: Set<String> = ["this", "that", "these", "those", "were", "was", "have", "has", "been", "with",
                                                "from", "than", "their", "there", "also", "while", "which", "according"]

    static let measureNouns: Set<String> = ["indicator", "figure", "volume", "amount", "value", "total", "number"]

    /// "the ministry said on Monday", "data showed on Wednesday", "officials said today": when the news was given.
    func isReportDate(_ s: SentenceTokens, _ p: SpottedPeriod) -> Bool {
        guard let period = p.period, period.granularity == .day, period.start == period.end else { return false }
        var k = p.first - 1
        if s.word(k) == "on" { k -= 1 }
        guard let verb = s.word(k) else { return false }
        return Self.reportingVerbs.contains(verb)
    }

    static let reportingVerbs: Set<String> = ["said", "says", "showed", "shows", "announced", "announces", "reported", "reports",
                                              "confirmed", "confirms", "told", "stated", "noted", "added", "revealed", "released",
                                              "published", "disclosed"]

    /// The cues that may name what a number measures: a cue in a later clause that holds a number of its own
    /// ("…, were valued at $34.0 billion, while exports stood at $8.9 billion") is that number's, not this one's.
    func cuesOfThisNumber(_ s: SentenceTokens, _ q: SpottedQuantity, _ hits: [PhraseIndex<Int>.Hit], _ quantities: [SpottedQuantity]) -> [PhraseIndex<Int>.Hit] {
        let own = s.clause[q.first]
        return hits.filter { hit in
            let c = s.clause[hit.first]
            return c == own || hit.first < q.first || !quantities.contains { $0.first > q.last && s.clause[$0.first] == c }
        }
    }

    /// "in the reporting period", "during the period under review": the period a statistics report is about.
    func pointsToReportPeriod(_ s: SentenceTokens) -> Bool { Self.reportIndex.occurs(in: s) }

    static let reportPhrases = ["reporting period", "period under review", "review period", "reported period",
                                "period under report"].map { Phrase($0)! }
    static let reportIndex = PhraseIndex(reportPhrases.map { ($0, 0) })

    func isListItem(_ sentence: Sentence) -> Bool {
        guard let first = sentence.text.first else { return false }
        return "-*•–".contains(first)
    }

    /// Common irregular past forms; with verbs ending in -ed they mark a clause as past tense.
    static let irregularPast: Set<String> = ["sent", "gave", "sold", "bought", "made", "took", "won", "paid", "spent", "left", "brought", "held",
                                             "met", "came", "went", "grew", "rose", "fell", "was", "were", "had", "did", "put", "set", "lent",
                                             "taken", "given", "grown", "risen", "fallen", "shown"]

    /// The words after "of" that a measure measures: up to a clause end, a verb-like stop or eight words.
    func complementRange(_ s: SentenceTokens, from start: Int) -> ClosedRange<Int>? {
        guard start < s.count, s.word(start) != nil else { return nil }
        var end = start
        while end + 1 < s.count, end - start < 8, s.clause[end + 1] == s.clause[start], let w = s.word(end + 1),
              !["prepared", "collected", "which", "that", "was", "were", "for", "to", "by", "from", "in"].contains(w) {
            end += 1
        }
        return start...end
    }

    /// A country outside the pair acting in the figure's clause, when no country of the pair acts there.
    func thirdParty(_ s: SentenceTokens, _ q: SpottedQuantity, mentions: [CountryMention], pair: Set<String>) -> String? {
        guard pair.count == 2 else { return nil }
        let clause = s.clause[q.first]
        var inClause = mentions.filter { s.clause[$0.first] == clause && $0.last < q.first }
        if inClause.isEmpty { inClause = mentions.filter { s.clause[$0.first] == clause } }
        // "Turkey and Azerbaijan, by comparison, trade …": with no country in the clause, the subject before it acts.
        if inClause.isEmpty { inClause = mentions.filter { $0.last < q.first } }
        // "Turkey's trade with Russia … climbed to $33 billion": a partner outside the pair, named with "with" before the number.
        // ("with the United States": an article may stand between.)
        if let partner = inClause.first(where: { !pair.contains($0.code) && $0.role == .counterpart && $0.last < q.first
                                               && (s.word($0.first - 1) == "with" || (s.word($0.first - 1) == "the" && s.word($0.first - 2) == "with")) }),
           !inClause.contains(where: { pair.contains($0.code) && $0.role == .counterpart }) {
            return partner.code
        }
        guard let outsider = inClause.first(where: { !pair.contains($0.code) && ($0.role == .actor || $0.role == .agent) }) else { return nil }
        if inClause.contains(where: { pair.contains($0.code) && $0.role == .actor && $0.first < outsider.first }) { return nil }
        return outsider.code
    }

    /// "$9.99 a month", "$40 per tonne", "$5/month": a price per unit or per period.
    func rate(_ s: SentenceTokens, after last: Int) -> Bool {
        let units = Self.rateUnits
        if let w = s.word(last + 1), w == "a" || w == "per" || w == "an" || w == "each", let u = s.word(last + 2), units.contains(u) {
            // "$2.1 million a year earlier" names a period, not a rate.
            return !["earlier", "ago", "before", "later", "previously"].contains(s.word(last + 3) ?? "")
        }
        if s.tokens.dropFirst(last + 1).first?.isSymbol("/") == true, let u = s.word(last + 2), units.contains(u) || ["mo", "yr", "t"].contains(u) { return true }
        return false
    }

    /// What a price is per; built once, not at each number.
    static let rateUnits: Set<String> = ["month", "year", "week", "day", "issue", "copy", "tonne", "ton", "barrel", "unit", "head",
                                         "person", "night", "hour", "kg", "kilogram", "litre", "liter", "share", "subscriber", "user", "annum", "piece", "item", "dose"]

    /// "of which $3.1 million", "accounted for $2.1 million of the total", "$2 million of that".
    func isPart(_ s: SentenceTokens, _ q: SpottedQuantity) -> Bool {
        if s.word(q.first - 2) == "of", s.word(q.first - 1) == "which" || s.word(q.first - 1) == "this" || s.word(q.first - 1) == "that" { return true }
        // "of which exports accounted for $29.4 billion": "of which" earlier in the same clause.
        for k in max(0, q.first - 8)..<q.first where s.word(k) == "of" && s.word(k + 1) == "which" && s.clause[k] == s.clause[q.first] { return true }
        if s.word(q.last + 1) == "of", let n = s.word(q.last + 2) {
            if ["that", "this", "it"].contains(n) { return true }
            if n == "the", let m = s.word(q.last + 3), ["total", "sum", "turnover", "amount", "overall", "figure"].contains(m) { return true }
        }
        return false
    }

    /// "from $4.2 billion", "up from", "compared with $5.4 billion", "against": the number is the base of a comparison.
    func isBaseValue(_ s: SentenceTokens, _ q: SpottedQuantity) -> Bool {
        let w1 = s.word(q.first - 1) ?? "", w2 = s.word(q.first - 2) ?? ""
        if w1 == "from" || w1 == "against" { return true }
        // "against the exports of $19.7 million", "compared with imports of $13 million": the measure named again before its base.
        if w1 == "of", q.first >= 3 {
            let k = s.word(q.first - 3) == "the" ? q.first - 4 : q.first - 3
            if s.word(k) == "against" || ((s.word(k) == "with" || s.word(k) == "to") && ["compared", "comparison"].contains(s.word(k - 1) ?? "")) { return true }
        }
        return (w1 == "with" || w1 == "to") && ["compared", "comparison", "as"].contains(w2)
    }

    /// "in the same period a year earlier", "the same months of 2021" within four words after the number: the figure's
    /// own span, earlier.
    func samePeriodEarlier(_ s: SentenceTokens, after last: Int, _ periods: [SpottedPeriod]) -> SpottedPeriod? {
        periods.first { $0.first > last && $0.first - last <= 4 && $0.period == nil
            && ($0.sameSpanYear != nil || ($0.yearsBack != nil && $0.text.lowercased().contains("same"))) }
    }

    /// "The increase was 57.1 percent", "the decline was 4 percent": the sign a change noun before "was" gives.
    func changeNounBefore(_ s: SentenceTokens, _ q: SpottedQuantity) -> Int? {
        guard ["was", "is", "amounted"].contains(s.word(q.first - 1) ?? ""), let noun = s.word(q.first - 2) else { return nil }
        return Self.changeNouns[noun]
    }

    static let changeNouns: [String: Int] = ["increase": 1, "growth": 1, "rise": 1, "gain": 1, "jump": 1,
                                             "decrease": -1, "decline": -1, "drop": -1, "fall": -1, "reduction": -1]
}
