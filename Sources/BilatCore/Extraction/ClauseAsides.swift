/// Asides set off by commas inside a clause: "Exports to Russia, however, fell 11.6 per cent", "The UAE, for its
/// part, shipped goods". The commas around them do not end the clause, so the subject before the aside and the
/// verb and figure after it are read together (cues, parties, third parties).
enum ClauseAsides {
    /// The asides, as lowercased words; each is all that stands between its two commas.
    static let phrases: [[String]] = [
        ["however"], ["meanwhile"], ["though"], ["too"], ["also"], ["moreover"], ["separately"], ["likewise"], ["similarly"],
        ["by", "comparison"], ["by", "contrast"], ["in", "comparison"], ["in", "contrast"], ["in", "turn"], ["for", "its", "part"],
        ["for", "their", "part"], ["in", "addition"], ["on", "the", "other", "hand"], ["at", "the", "same", "time"],
    ]
    static let byLength: [Int: Set<[String]>] = Dictionary(grouping: phrases, by: \.count).mapValues(Set.init)

    /// Indices of the commas that open or close an aside: a comma, one to four words of an aside, a comma.
    static func commas(around tokens: [Token]) -> Set<Int> {
        var found: Set<Int> = []
        for i in tokens.indices where tokens[i].isSymbol(",") {
            for length in 1...4 {
                let close = i + length + 1
                guard close < tokens.count, tokens[close].isSymbol(",") else { continue }
                let words = tokens[(i + 1)..<close].compactMap(\.word)
                guard words.count == length, byLength[length]?.contains(words) == true else { continue }
                found.insert(i)
                found.insert(close)
            }
        }
        return found
    }
}
