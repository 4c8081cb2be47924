/// Finds every occurrence of many phrases in a sentence in one pass: phrases are grouped by their first
/// word, and the few whose first word is a prefix pattern ("train*") are checked at every word.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Hit: Sendable {
        var first: Int
        var last: Int
        var value: Value
        var phrase: Phrase
    }

    private var byFirstWord: [String: [(Phrase, Value)]] = [:]
    /// Prefix patterns by their first three letters, so a word is checked only against stems it could match.
    private var byStemStart: [Substring: [(Phrase, Value)]] = [:]
    private var shortStems: [(Phrase, Value)] = []

    init(_ entries: [(Phrase, Value)]) {
        for (phrase, value) in entries {
            let first = phrase.words[0]
            if first.hasSuffix("*") {
                let stem = first.dropLast()
                if stem.count >= 3 { byStemStart[stem.prefix(3), default: []].append((phrase, value)) }
                else { shortStems.append((phrase, value)) }
            } else {
                byFirstWord[first, default: []].append((phrase, value))
            }
        }
    }

    /// Every occurrence; where phrases overlap at one start, the longest match is listed first.
    func hits(in s: SentenceTokens) -> [Hit] {
        var hits: [Hit] = []
        for i in 0..<s.count {
            guard let w = s.tokens[i].word ?? s.tokens[i].digits else { continue }
            var here: [Hit] = []
            for (phrase, value) in byFirstWord[w] ?? [] {
                if let last = s.matchEnd(phrase, at: i) { here.append(Hit(first: i, last: last, value: value, phrase: phrase)) }
            }
            let prefixed = (w.count >= 3 ? byStemStart[w.prefix(3)] ?? [] : []) + shortStems
            for (phrase, value) in prefixed {
                if let last = s.matchEnd(phrase, at: i) { here.append(Hit(first: i, last: last, value: value, phrase: phrase)) }
            }
            hits += here.sorted { $0.last > $1.last }
        }
        return hits
    }
}
