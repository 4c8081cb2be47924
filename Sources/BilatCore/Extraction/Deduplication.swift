/// One candidate per figure.
extension Extractor {
    /// One candidate per figure: a headline repeating the body's figure is dropped for the better-placed one.
    func removeDuplicates(_ candidates: [Candidate], dropped: inout [DroppedNumber]) -> [Candidate] {
        func key(_ c: Candidate) -> String {
            [c.indicator, c.direction.rawValue, c.period.map { "\($0.start)/\($0.end)" } ?? "",
             c.comparedWith.map { "\($0.start)/\($0.end)" } ?? "", c.quantity.valueText, c.quantity.unit, c.quantity.qualifier.rawValue].joined(separator: "|")
        }
        var keep: [String: Int] = [:]
        for (i, c) in candidates.enumerated() {
            let k = key(c)
            if let j = keep[k], candidates[j].confidence >= c.confidence { continue }
            keep[k] = i
        }
        // A figure repeated without a period of its own is the one already given with its period
        // ("Two sides that can sign 36 documents" after "Since 1992 … signed 36 documents").
        func valueKey(_ c: Candidate) -> String {
            [c.indicator, c.quantity.valueText, c.quantity.unit, c.unit, c.quantity.qualifier.rawValue, c.comparedWith == nil ? "" : "change"].joined(separator: "|")
        }
        let stated = Set(keep.values.filter { candidates[$0].periodIsStated }.map { valueKey(candidates[$0]) })
        for (k, i) in keep where !candidates[i].periodIsStated && stated.contains(valueKey(candidates[i])) { keep[k] = nil }
        // A headline's figure that the body gives too, exact or rounded ("crosses $3 billion" over "$3.04 billion",
        // "grew three times" over "three times more"), is the body's figure.
        let body = keep.values.filter { !candidates[$0].isBareLine }.map { candidates[$0] }
        for (k, i) in keep where candidates[i].isBareLine && body.contains(where: { Self.repeats(candidates[i], $0) }) { keep[k] = nil }
        let kept = Set(keep.values)
        var remap: [Int: Int] = [:]
        var result: [Candidate] = []
        for (i, c) in candidates.enumerated() {
            if kept.contains(i) { remap[i] = result.count; result.append(c) }
            else { dropped.append(DroppedNumber(text: c.asReported, start: c.start, end: c.end, reason: .duplicate)) }
        }
        for i in result.indices { result[i].partOf = result[i].partOf.flatMap { remap[$0] } }
        return result
    }

    /// Whether `lead` states `figure` again: the same indicator and kind, a change beside a change, and a value
    /// within a tenth of it (a rounded lead).
    static func repeats(_ lead: Candidate, _ figure: Candidate) -> Bool {
        // "China's exports to Pakistan fall to $12.1bn" over "Pakistan's imports from China … $12.14 billion": one flow
        // named from either side.
        let mirrored = [lead.indicator, figure.indicator].allSatisfy { $0 == "exports" || $0 == "imports" }
            && FigureFlow(reporter: lead.reporter, partner: lead.partner, direction: lead.direction)
                == FigureFlow(reporter: figure.reporter, partner: figure.partner, direction: figure.direction)
        guard lead.indicator == figure.indicator || mirrored, lead.quantity.kind == figure.quantity.kind,
              lead.quantity.isChange == figure.quantity.isChange, lead.quantity.currency == figure.quantity.currency else { return false }
        let a = lead.quantity.value, b = figure.quantity.value
        guard b != 0 else { return a == 0 }
        let gap = a > b ? a - b : b - a
        return gap * 10 <= (b < 0 ? -b : b)
    }
}
