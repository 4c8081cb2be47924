import Foundation

extension Checks {
    /// The same measure and period reported differently by two sources, beyond what rounding and qualifiers allow.
    /// A difference that truncation explains (13.2 million for 13.283 million) is a note, not a conflict. A news figure
    /// against official statistics is `newsAgainstStatistics`'s, which words it so: never also a conflict here.
    static func conflicts(_ dataset: Dataset, slots: [ImpliedFigures.Slot: [Observation]], linkKeys: [String: String],
                          statistics: Set<String> = []) -> [Finding] {
        var out: [Finding] = []
        for (_, group) in slots where Set(group.flatMap(\.sourceIDs)).count > 1 {
            let sorted = group.sorted { $0.id < $1.id }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.sourceIDs != b.sourceIDs
                    && StatisticsSources.isStatistics(a, ids: statistics) == StatisticsSources.isStatistics(b, ids: statistics) {
                    guard disjoint(range(a), range(b)), !DealIdentity.keptApart(linkKeys[a.id], linkKeys[b.id]) else { continue }
                    let reports = "\(a.key.label) for \(a.period.shortName): \(a.sourceIDs.joined(separator: ", ")) reports \(a.valueDescription) (\(a.qualifier.rawValue)), \(b.sourceIDs.joined(separator: ", ")) reports \(b.valueDescription) (\(b.qualifier.rawValue))"
                    let ids = [a.id, b.id]
                    if let (short, long) = truncates(a, b) ? (a, b) : truncates(b, a) ? (b, a) : nil {
                        out.append(Finding(
                            kind: .truncated, severity: .note,
                            message: reports + "; \(short.value) is \(long.value) truncated to the digits \(short.id) gives, not rounded, so the two agree",
                            subjects: ids, sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate(ids, in: dataset)))
                        continue
                    }
                    out.append(Finding(kind: .conflict, severity: .error, message: reports,
                                       subjects: ids, sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate(ids, in: dataset)))
                }
            }
        }
        return out
    }

    /// True when `short`, written to a coarser last digit than `long`, is `long` with its further digits cut off
    /// (13.2 million for 13.283 million): sources often truncate where rounding was meant. Exact values only.
    static func truncates(_ short: Observation, _ long: Observation) -> Bool {
        guard short.qualifier == .exact, long.qualifier == .exact, short.high == nil, long.high == nil,
              let shortLead = short.value.leadingPower, let longLead = long.value.leadingPower else { return false }
        // The power of ten of each value's last significant digit.
        let shortLast = shortLead - short.significantDigits + 1, longLast = longLead - long.significantDigits + 1
        guard shortLast > longLast else { return false }
        return long.value.truncated(places: -shortLast) == short.value
    }
}
