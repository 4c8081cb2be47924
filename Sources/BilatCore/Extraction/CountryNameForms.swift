/// Country names the phrase index cannot find alone: "US" in capitals (the index is lowercased, and "us" is a
/// pronoun), and the country of a company named after a preposition ("from General Atomics of the United States").
enum CountryNameForms {
    static let usPhrase = Phrase("US")!

    /// The index's hits with "US" written in capitals added as the United States, in order; not "US dollars" or
    /// "US$", which name a currency.
    static func withUpperCaseUS(_ hits: [PhraseIndex<String>.Hit], _ s: SentenceTokens) -> [PhraseIndex<String>.Hit] {
        var added: [PhraseIndex<String>.Hit] = []
        for k in 0..<s.count where s.tokens[k].isWord("us") && s.text(k, k) == "US" {
            let next = s.tokens.dropFirst(k + 1).first
            if next?.isSymbol("$") == true || next?.isWord("dollars") == true || next?.isWord("dollar") == true { continue }
            if hits.contains(where: { $0.first <= k && k <= $0.last }) { continue }
            added.append(PhraseIndex<String>.Hit(first: k, last: k, value: "USA", phrase: usPhrase))
        }
        guard !added.isEmpty else { return hits }
        return (hits + added).sorted { $0.first < $1.first }
    }

    /// "from General Atomics of the United States": the index of "from" (or "by", "to", "with") before one to four
    /// capitalised words and "of (the)" right before the country at `first`, in the same clause.
    static func prepositionBeforeCompany(_ s: SentenceTokens, before first: Int) -> Int? {
        var k = first - 1
        if s.word(k) == "the" { k -= 1 }
        guard k >= 1, s.word(k) == "of", s.clause[k] == s.clause[first] else { return nil }
        k -= 1
        var names = 0
        while k >= 0, names < 4, s.clause[k] == s.clause[first], s.tokens[k].word != nil,
              s.text(k, k).first?.isUppercase == true {
            k -= 1
            names += 1
        }
        guard names > 0, k >= 0, let w = s.word(k), ["from", "by", "to", "with"].contains(w), s.clause[k] == s.clause[first] else { return nil }
        return k
    }
}
