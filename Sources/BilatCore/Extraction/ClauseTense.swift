/// Which clauses of a sentence speak of the present, and which periods belong to another clause's event.
extension Extractor {
    /// Finite verbs in the present that state a level now, even beside a participle ("The number of companies
    /// registered with the chamber now stands at 83,000"): such a clause holds for the year of publication.
    static let presentVerbs: Set<String> = ["is", "are", "am", "stands", "stand", "remains", "remain", "totals", "exceeds", "numbers"]

    /// The clauses `pastClauses` should lose: those with a present verb and no past auxiliary.
    func presentClauses(_ s: SentenceTokens) -> Set<Int> {
        var present: Set<Int> = []
        for i in 0..<s.count where Self.presentVerbs.contains(s.word(i) ?? "") {
            // "numbers" is a verb only after a subject: "now numbers 120", not "the numbers of".
            if s.word(i) == "numbers", s.word(i + 1) == "of" || s.word(i - 1) == "the" { continue }
            let c = s.clause[i]
            if !(0..<s.count).contains(where: { s.clause[$0] == c && ["was", "were", "had", "did"].contains(s.word($0) ?? "") }) { present.insert(c) }
        }
        return present
    }

    /// "signed loan agreements worth SR1.5 billion ($400 million)": a bracket right after a clause is in that
    /// clause's tense. Returns the bracketed clauses that follow a past clause.
    func bracketsOfPastClauses(_ s: SentenceTokens, past: Set<Int>) -> Set<Int> {
        var out: Set<Int> = []
        for i in 1..<max(1, s.count - 1) where s.tokens[i].isSymbol("(") && past.contains(s.clause[i - 1]) { out.insert(s.clause[i + 1]) }
        return out
    }

    /// "inducted six J-10CE fighter jets from China, the first of 25 Pakistan ordered in 2021": a period right after
    /// "VERB-ed in" in a later clause dates that clause's event, not a figure before it. Returns those periods' indices.
    func periodsOfLaterEvents(_ s: SentenceTokens, _ q: SpottedQuantity, _ periods: [SpottedPeriod]) -> Set<Int> {
        var out: Set<Int> = []
        for (k, p) in periods.enumerated() where p.first > q.last + 2 && s.clause[p.first] != s.clause[q.last] && s.word(p.first - 1) == "in" {
            guard let verb = s.word(p.first - 2), verb.count > 4, verb.hasSuffix("ed"), p.first - 2 > q.last else { continue }
            // "…, was signed in 2018": a passive of the sentence's own subject dates the figure's event after all.
            if let aux = s.word(p.first - 3), ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"].contains(aux) { continue }
            out.insert(k)
        }
        return out
    }
}
