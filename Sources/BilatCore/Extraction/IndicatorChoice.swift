/// Choosing what a number measures from the cue words around it.
extension Extractor {
    /// The indicator whose cues stand nearest the number, with how strongly, the cue words, and the direction.
    func bestIndicator(_ s: SentenceTokens, _ q: SpottedQuantity, _ hits: [PhraseIndex<Int>.Hit], allowed: (String) -> Bool,
                       sameClause: Bool) -> (String, Double, [String], Direction)? {
        var best: [String: (score: Double, cue: ExtractionVocabulary.Cue)] = [:]
        for hit in hits {
            let cue = vocabulary.cues[hit.value]
            guard allowed(cue.indicator) else { continue }
            let inClause = s.clause[hit.first] == s.clause[q.first] || s.clause[hit.last] == s.clause[q.last]
                || (s.clause[hit.first] > s.clause[q.first] && s.clause[hit.first] <= s.clause[q.last])
            if sameClause && !inClause { continue }
            let before = hit.last < q.first
            let distance = before ? q.first - hit.last : (hit.first > q.last ? hit.first - q.last : 0)
            var score = (inClause ? 2.0 : 1.0) / (1.0 + Double(distance) / 4.0)
            if before { score *= 1.25 }
            score *= (1.0 + 0.25 * Double(hit.phrase.words.count - 1)) * cue.weight
            if score > (best[cue.indicator]?.score ?? 0) { best[cue.indicator] = (score, cue) }
        }
        guard let top = best.max(by: { ($0.value.score, $1.key) < ($1.value.score, $0.key) }) else { return nil }
        let direction = top.value.cue.direction ?? indicatorDirection[top.key] ?? .both
        return (top.key, top.value.score, [top.value.cue.phrase.description], direction)
    }
}
