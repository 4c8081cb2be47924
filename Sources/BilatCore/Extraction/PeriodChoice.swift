/// Choosing a figure's own period among those its sentence names.
extension Extractor {
    /// The period nearest the number: in its clause, else the nearest before it, else the nearest after it.
    func ownPeriod(_ s: SentenceTokens, _ q: SpottedQuantity, _ periods: [SpottedPeriod], excluding: Set<Int>) -> SpottedPeriod? {
        // A fiscal label that could not be read is still the figure's period: nothing else is taken in its place.
        let usable = periods.enumerated().filter { !excluding.contains($0.offset) && ($0.element.period != nil || $0.element.isUnreadFiscalYear) && (($0.element.yearsBack == nil && $0.element.monthsBack == nil) || $0.element.period != nil) && $0.element.sameSpanYear == nil }.map(\.element)
        func distance(_ p: SpottedPeriod) -> Int { p.last < q.first ? q.first - p.last : p.first - q.last }
        let clause = s.clause[q.first]
        // On a tie the period after the number wins: "to $4.6 billion last year from $4.2 billion in 2020".
        func rank(_ p: SpottedPeriod) -> (Int, Int) { (distance(p), p.last < q.first ? 1 : 0) }
        if let same = usable.filter({ s.clause[$0.first] == clause || s.clause[$0.last] == s.clause[q.last] }).min(by: { rank($0) < rank($1) }) { return same }
        if let before = usable.filter({ $0.last < q.first }).max(by: { $0.last < $1.last }) { return before }
        return usable.filter { $0.first > q.last }.min { $0.first < $1.first }
    }

    /// "fell to $1.4 billion from $1.7 billion in 2020": a period after a later base value is the base's, not this figure's.
    func periodsOfLaterBases(_ s: SentenceTokens, _ q: SpottedQuantity, _ periods: [SpottedPeriod], _ quantities: [SpottedQuantity]) -> Set<Int> {
        guard !isBaseValue(s, q) else { return [] }
        let bases = quantities.filter { $0.first > q.last && isBaseValue(s, $0) }
        guard let firstBase = bases.first else { return [] }
        return Set(periods.indices.filter { periods[$0].first > firstBase.last })
    }
}
