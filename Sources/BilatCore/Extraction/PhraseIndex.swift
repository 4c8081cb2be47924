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
        var here: [Hit] = []
        for i in 0..<s.count {
            guard let w = s.tokens[i].word ?? s.tokens[i].digits else { continue }
            here.removeAll(keepingCapacity: true)
            if let entries = byFirstWord[w] {
                for (phrase, value) in entries {
                    if let last = s.matchEnd(phrase, at: i) { here.append(Hit(first: i, last: last, value: value, phrase: phrase)) }
                }
            }
            // Most indexes have no prefix patterns: then no word needs its first letters looked up. (A word of
            // fewer than 3 bytes has fewer than 3 letters; one of 3 bytes or more but fewer letters matches no key.)
            if !byStemStart.isEmpty, w.utf8.count >= 3, let entries = byStemStart[w.prefix(3)] {
                for (phrase, value) in entries {
                    if let last = s.matchEnd(phrase, at: i) { here.append(Hit(first: i, last: last, value: value, phrase: phrase)) }
                }
            }
            for (phrase, value) in shortStems {
                if let last = s.matchEnd(phrase, at: i) { here.append(Hit(first: i, last: last, value: value, phrase: phrase)) }
            }
            if here.count == 1 { hits.append(here[0]) } else if here.count > 1 { hits += here.sorted { $0.last > $1.last } }
        }
        return hits
    }

    /// Whether any phrase occurs: ``hits(in:)`` is not empty.
    func occurs(in s: SentenceTokens) -> Bool {
        for i in 0..<s.count {
            guard let w = s.tokens[i].word ?? s.tokens[i].digits else { continue }
            if let entries = byFirstWord[w], entries.contains(where: { s.matchEnd($0.0, at: i) != nil }) { return true }
            if !byStemStart.isEmpty, w.utf8.count >= 3, let entries = byStemStart[w.prefix(3)],
               entries.contains(where: { s.matchEnd($0.0, at: i) != nil }) { return true }
            if shortStems.contains(where: { s.matchEnd($0.0, at: i) != nil }) { return true }
        }
        return false
    }
}
