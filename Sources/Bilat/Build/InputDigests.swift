import BilatCore

/// Fingerprints of what outputs are made from, computed once per row and shared by every output that uses it.
///
/// An output records each input as item id → fingerprint when it has few items, so a rebuild can say
/// "figures changed (1 added)"; with more than `itemLimit` it records one fingerprint of them all and their
/// count. At a million figures per-item records made the manifest hundreds of megabytes.
enum InputDigests {
    static let itemLimit = 32

    /// An input's record: per item when few, else `*` (all of them) and `#` (how many).
    static func record(_ items: [(id: String, digest: UInt64)]) -> [String: String] {
        guard items.count > itemLimit else {
            var out: [String: String] = [:]
            for item in items { out[item.id] = StableDigest.hex(item.digest) }
            return out
        }
        // In id order, so the fingerprint does not depend on the order rows were listed in.
        let sorted = items.sorted { $0.id < $1.id }
        let all = StableDigest.combine(sorted.flatMap { [StableDigest.of($0.id), $0.digest] })
        return ["*": StableDigest.hex(all), "#": String(items.count)]
    }

    static func record<T: Encodable>(_ values: some Sequence<T>, id: (T) -> String) -> [String: String] {
        record(values.map { (id($0), StableDigest.of($0)) })
    }

    /// One relationship's rows, each fingerprinted once, by project id.
    struct Relationship {
        var figures: [String: UInt64] = [:]
        var observations: [String: UInt64] = [:]
        /// The implied figures among `observations`, for figures.csv.
        var derived: [String: UInt64] = [:]
        var growth: [String: UInt64] = [:]
        var events: [String: UInt64] = [:]
        var findings: [String: UInt64] = [:]
        var sources: [String: UInt64] = [:]
        var statuses: [String: UInt64] = [:]

        init(_ r: AnalysisStage.RelationshipOutcome, growth rows: ArraySlice<GrowthRow>) {
            let d = r.dataset
            for (i, f) in d.figures.enumerated() {
                let origin = i < r.view.figureOrigins.count ? r.view.figureOrigins[i] : .init(dataset: "", id: f.id)
                figures[f.id] = StableDigest.combine([StableDigest.of(f), StableDigest.of(origin.dataset), StableDigest.of(origin.id)])
            }
            for o in r.reported { observations[o.id] = StableDigest.of(o) }
            for o in r.derived {
                let digest = StableDigest.of(o)
                observations[o.id] = digest
                derived[o.id] = digest
            }
            for g in rows { growth[g.observation.id] = StableDigest.of(g) }
            for e in d.events { events[e.id] = StableDigest.of(e) }
            for f in r.findings { findings[f.id] = StableDigest.of(f) }
            for s in d.sources { sources[s.id] = StableDigest.of(s) }
            for s in d.statuses { statuses[s.id] = StableDigest.of(s) }
        }

        func figures(_ values: [Figure]) -> [String: String] {
            InputDigests.record(values.map { ($0.id, figures[$0.id] ?? StableDigest.of($0)) })
        }

        func observations(_ values: [Observation]) -> [String: String] {
            InputDigests.record(values.map { ($0.id, observations[$0.id] ?? StableDigest.of($0)) })
        }

        func growth(_ values: some Sequence<GrowthRow>) -> [String: String] {
            InputDigests.record(values.map { ($0.observation.id, growth[$0.observation.id] ?? StableDigest.of($0)) })
        }

        func events(_ values: [Event]) -> [String: String] {
            InputDigests.record(values.map { ($0.id, events[$0.id] ?? StableDigest.of($0)) })
        }

        func findings(_ values: [Finding]) -> [String: String] {
            InputDigests.record(values.map { ($0.id, findings[$0.id] ?? StableDigest.of($0)) })
        }

        func sources(_ values: [Source]) -> [String: String] {
            InputDigests.record(values.map { ($0.id, sources[$0.id] ?? StableDigest.of($0)) })
        }

        /// The events timeline: its events, its sources and its title.
        func timeline(_ chart: ChartStage.Chart, events: [Event], sources: [Source]) -> UInt64 {
            var parts = events.map { self.events[$0.id] ?? StableDigest.of($0) }
            parts += sources.map { self.sources[$0.id] ?? StableDigest.of($0) }
            parts.append(StableDigest.of(chart.title))
            return StableDigest.combine(parts)
        }

        /// A chart: its points, its sources, its title and which of its points are ringed.
        func chart(_ chart: ChartStage.Chart, sources: [Source], flagged: Set<String>) -> UInt64 {
            var parts = chart.observations.map { observations[$0.id] ?? StableDigest.of($0) }
            parts += sources.map { self.sources[$0.id] ?? StableDigest.of($0) }
            parts.append(StableDigest.of(chart.title))
            parts.append(StableDigest.of(chart.observations.map(\.id).filter(flagged.contains)))
            return StableDigest.combine(parts)
        }
    }
}
