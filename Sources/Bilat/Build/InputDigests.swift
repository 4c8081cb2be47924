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

    /// A record of rows; a row whose fingerprint is `known` (by id) is not fingerprinted again.
    static func record<T: Encodable>(_ values: some Sequence<T>, known: [String: UInt64] = [:], id: (T) -> String) -> [String: String] {
        record(values.map { value in
            let key = id(value)
            return (key, known[key] ?? StableDigest.of(value))
        })
    }

    /// One fingerprint of an output's whole inputs, for the outputs that show it (a report shows charts).
    static func digest(of inputs: [String: [String: String]]) -> String {
        StableDigest.hex(StableDigest.combine(inputs.sorted { $0.key < $1.key }.flatMap { [StableDigest.of($0.key), StableDigest.of($0.value)] }))
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
        }
    }
}
