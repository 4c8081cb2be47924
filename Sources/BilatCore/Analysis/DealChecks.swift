/// Checks of rows that describe one deal or event (see ``DealIdentity``): its dates, its value, its stages.
extension Checks {
    /// A row that dates a deal or event: a figure's period or an event's date.
    struct DatedRow {
        var id: String
        var table: String
        var period: Period
        var sourceIDs: [String]
        /// What messages call the deal: the figure's subject (or indicator), the event's title.
        var name: String
    }

    /// Figure ids → their keys, for the figures that have one (most have none, so this is small).
    static func linkKeys(_ dataset: Dataset) -> [String: String] {
        var keys: [String: String] = [:]
        for f in dataset.figures where !f.linkKey.isEmpty { keys[f.id] = f.linkKey }
        return keys
    }

    /// One deal or event dated by two sources on dates with no day in common.
    static func dealDates(_ dataset: Dataset, reported: [Observation], linkKeys: [String: String]) -> [Finding] {
        var rows: [String: [DatedRow]] = [:]
        for o in reported {
            guard let deal = DealIdentity.of(o, linkKey: linkKeys[o.id] ?? "") else { continue }
            rows[deal, default: []].append(DatedRow(id: o.id, table: "figures", period: o.period, sourceIDs: o.sourceIDs,
                                                    name: o.key.subject.isEmpty ? o.key.indicator : o.key.subject))
        }
        for e in dataset.events {
            guard let deal = DealIdentity.of(e) else { continue }
            rows[deal, default: []].append(DatedRow(id: e.id, table: "events", period: e.date, sourceIDs: e.sourceIDs, name: e.title))
        }
        var out: [Finding] = []
        for group in rows.values {
            for (earlier, later) in DatedApart.pairs(group, period: \.period) {
                let both = earlier + later
                // One source giving a deal two dates is not two sources disagreeing (it may report two stages).
                guard Set(both.flatMap(\.sourceIDs)).count > 1, let first = earlier.first else { continue }
                func dating(_ rows: [DatedRow]) -> String {
                    let sources = orderedUnique(rows.flatMap(\.sourceIDs))
                    let period = rows.first?.period.shortName ?? ""
                    return "\(sources.joined(separator: ", ")) \(sources.count == 1 ? "dates" : "date") it \(period) (\(rows.map(\.id).joined(separator: ", ")))"
                }
                out.append(Finding(
                    kind: .dealDatesDiffer, severity: .warning,
                    message: "\(first.name): \(dating(earlier)), but \(dating(later)). One deal or event has one date; "
                        + "if these are two, give their rows different keys",
                    subjects: both.map(\.id), sourceIDs: both.flatMap(\.sourceIDs),
                    locations: both.flatMap { locate([$0.id], table: $0.table, in: dataset) }))
            }
        }
        return out
    }

    /// One deal, dated alike (overlapping periods), valued by two sources beyond what rounding and qualifiers allow.
    /// Two figures of one series and period are `conflict`'s: this check adds the pairs a key links across
    /// subjects, and those whose periods differ but overlap.
    static func dealValues(_ dataset: Dataset, reported: [Observation], linkKeys: [String: String]) -> [Finding] {
        struct Group: Hashable { var deal, unit: String }
        var groups: [Group: [Observation]] = [:]
        for o in reported {
            guard let deal = DealIdentity.of(o, linkKey: linkKeys[o.id] ?? "") else { continue }
            groups[Group(deal: deal, unit: o.key.unit), default: []].append(o)
        }
        var out: [Finding] = []
        for group in groups.values where group.count > 1 {
            // Figures dated alike: their periods overlap.
            forEachOverlappingPair(group) { a, b in
                let sameSlot = a.key == b.key && a.period.hasSameSpan(as: b.period)
                guard !sameSlot, a.sourceIDs != b.sourceIDs, disjoint(range(a), range(b)) else { return }
                func valuing(_ o: Observation) -> String {
                    "\(o.sourceIDs.joined(separator: ", ")) gives \(o.value) \(o.key.unit) (\(o.id), \(o.period.shortName), \(o.qualifier.rawValue))"
                }
                let name = a.key.subject.isEmpty ? a.key.indicator : a.key.subject
                out.append(Finding(
                    kind: .dealValuesDiffer, severity: .error,
                    message: "\(name): \(valuing(a)), but \(valuing(b)); one deal, dated alike, valued beyond rounding and qualifiers apart",
                    subjects: [a.id, b.id], sourceIDs: a.sourceIDs + b.sourceIDs, locations: locate([a.id, b.id], in: dataset)))
            }
        }
        return out
    }

    /// Sources that disagree on a deal's stage: a later claim of an earlier stage, or two stages at one date.
    static func statusDisagreements(_ dataset: Dataset) -> [Finding] {
        var out: [Finding] = []
        let byDeal = Dictionary(grouping: dataset.statuses) { DealIdentity.of($0) }
        for (_, claims) in byDeal {
            let sorted = claims.sorted { ($0.asOf.start, $0.id) < ($1.asOf.start, $1.id) }
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] where a.sourceID != b.sourceID && a.stage != b.stage {
                    let sameTime = a.asOf.hasSameSpan(as: b.asOf)
                    guard sameTime || a.stage > b.stage else { continue }
                    let message = sameTime
                        ? "\(a.subject): \(a.sourceID) says \(a.stage.words) and \(b.sourceID) says \(b.stage.words), both as of \(a.asOf.shortName)"
                        : "\(a.subject): \(a.sourceID) has the deal \(a.stage.words) as of \(a.asOf.shortName), but \(b.sourceID) still has it \(b.stage.words) as of \(b.asOf.shortName)"
                    out.append(Finding(kind: .statusDisagreement, severity: .warning, message: message,
                                       subjects: [a.id, b.id], sourceIDs: [a.sourceID, b.sourceID],
                                       locations: locate([a.id, b.id], table: "statuses", in: dataset)))
                }
            }
        }
        return out
    }

    /// Stages a deal reaches once, on a date: being reported or under negotiation last, and say nothing of when they began.
    static let stagesReachedOnce: Set<DealStage> = [.agreed, .signed, .delivered]

    /// One deal reaching the same stage on two dates with no day in common, by two sources. Only rows that give
    /// their own as_of date the stage; a row dated by its source's publication says only that the deal stood so then.
    static func stageDates(_ dataset: Dataset) -> [Finding] {
        struct Group: Hashable { var deal: String; var stage: DealStage }
        let dated = dataset.statuses.filter { $0.asOfGiven && stagesReachedOnce.contains($0.stage) }
        let groups = Dictionary(grouping: dated) { Group(deal: DealIdentity.of($0), stage: $0.stage) }
        var out: [Finding] = []
        for group in groups.values {
            for (earlier, later) in DatedApart.pairs(group, period: \.asOf) {
                let both = earlier + later
                guard Set(both.map(\.sourceID)).count > 1, let first = earlier.first else { continue }
                func dating(_ rows: [DealStatus]) -> String {
                    let sources = orderedUnique(rows.map(\.sourceID))
                    return "\(sources.joined(separator: ", ")) \(sources.count == 1 ? "has" : "have") it \(first.stage.words) as of "
                        + "\(rows.first?.asOf.shortName ?? "") (\(rows.map(\.id).joined(separator: ", ")))"
                }
                out.append(Finding(
                    kind: .stageDatesDiffer, severity: .warning,
                    message: "\(first.subject): \(dating(earlier)), but \(dating(later)). "
                        + "A deal is \(first.stage.words) once; if these are two deals, give their rows different keys",
                    subjects: both.map(\.id), sourceIDs: both.map(\.sourceID),
                    locations: locate(both.map(\.id), table: "statuses", in: dataset)))
            }
        }
        return out
    }

    /// The texts in their first order, each once.
    static func orderedUnique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }
}
