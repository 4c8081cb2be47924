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

    /// A relationship's merged rows, each fingerprinted once, by project id: what its key (`RelationshipKey`) is
    /// made of, and shared with its outputs' records when it is planned.
    struct Rows: Sendable {
        var figures: [String: UInt64] = [:]
        var events: [String: UInt64] = [:]
        var sources: [String: UInt64] = [:]

        init(_ view: RelationshipView) {
            let d = view.dataset
            for (i, f) in d.figures.enumerated() {
                let origin = i < view.figureOrigins.count ? view.figureOrigins[i] : .init(dataset: "", id: f.id)
                figures[f.id] = StableDigest.combine([StableDigest.of(f), StableDigest.of(origin.dataset), StableDigest.of(origin.id)])
            }
            for e in d.events { events[e.id] = StableDigest.of(e) }
            for s in d.sources { sources[s.id] = StableDigest.of(s) }
        }
    }

    /// One relationship's rows and what its analysis made of them, each fingerprinted once, by project id.
    struct Relationship {
        var figures: [String: UInt64] = [:]
        var observations: [String: UInt64] = [:]
        /// The implied figures among `observations`, for figures.csv.
        var derived: [String: UInt64] = [:]
        var growth: [String: UInt64] = [:]
        var events: [String: UInt64] = [:]
        var findings: [String: UInt64] = [:]
        var sources: [String: UInt64] = [:]

        init(_ r: AnalysisStage.RelationshipOutcome, growth rows: ArraySlice<GrowthRow>, merged: Rows) {
            figures = merged.figures
            events = merged.events
            sources = merged.sources
            for o in r.reported { observations[o.id] = StableDigest.of(o) }
            for o in r.derived {
                let digest = StableDigest.of(o)
                observations[o.id] = digest
                derived[o.id] = digest
            }
            for g in rows { growth[g.observation.id] = StableDigest.of(g) }
            for f in r.findings { findings[f.id] = StableDigest.of(f) }
        }
    }

    /// What the combined CSV files (figures.csv, growth.csv, findings.csv, mirror.csv) record of one
    /// relationship: per input, one fingerprint of its items and how many there are, kept in its manifest record
    /// so that a relationship taken as the last build left it is not fingerprinted again to see whether those
    /// files changed.
    struct CSVPart: Sendable, Equatable {
        static let names = ["figures", "derived", "growth", "findings", "mirror"]
        /// By name (`names`): the fingerprint of the items in id order, and their count.
        var digests: [String: (digest: UInt64, count: Int)]

        static func == (a: CSVPart, b: CSVPart) -> Bool {
            a.digests.mapValues { "\($0.digest) \($0.count)" } == b.digests.mapValues { "\($0.digest) \($0.count)" }
        }

        init(_ items: [String: [(id: String, digest: UInt64)]]) {
            digests = items.mapValues { list in
                (digest: StableDigest.combine(list.sorted { $0.id < $1.id }.flatMap { [StableDigest.of($0.id), $0.digest] }), count: list.count)
            }
        }

        /// Each input's items as the CSV files' records name them: `relationship/id`, findings by their own id.
        static func items(_ r: AnalysisStage.RelationshipOutcome, digests d: Relationship) -> [String: [(id: String, digest: UInt64)]] {
            let prefix = r.relationship.id + "/"
            func named(_ map: [String: UInt64]) -> [(id: String, digest: UInt64)] { map.map { (prefix + $0.key, $0.value) } }
            return [
                "figures": named(d.figures), "derived": named(d.derived), "growth": named(d.growth),
                "findings": r.findings.map { ($0.id, d.findings[$0.id] ?? StableDigest.of($0)) },
                // Only the figures mirror pairs are made of: a new turnover figure leaves mirror.csv as it was.
                "mirror": r.reported.filter(MirrorFlows.takesPart).map { (prefix + $0.id, d.figures[$0.id] ?? StableDigest.of($0)) },
            ]
        }

        /// As the manifest keeps it: "DIGEST COUNT", the digest as sixteen hex digits.
        var text: [String: String] { digests.mapValues { "\(StableDigest.hex($0.digest)) \($0.count)" } }

        /// Nil for a record this version did not write.
        init?(text: [String: String]?) {
            guard let text, Set(text.keys) == Set(Self.names) else { return nil }
            var digests: [String: (digest: UInt64, count: Int)] = [:]
            for (name, value) in text {
                let parts = value.split(separator: " ")
                guard parts.count == 2, parts[0].count == 16, let digest = UInt64(parts[0], radix: 16), let count = Int(parts[1]),
                      count >= 0 else { return nil }
                digests[name] = (digest: digest, count: count)
            }
            self.digests = digests
        }
    }

    /// A combined CSV file's record of one input over every relationship: per item when there are few in all
    /// (`itemLimit`), as `record` makes it, else one fingerprint of the relationships' parts and the items' count.
    /// - Parameter items: a relationship's items, by its position; asked for only when there are few in all.
    static func record(_ name: String, parts: [(relationship: String, part: CSVPart)],
                       items: (Int) -> [(id: String, digest: UInt64)]) -> [String: String] {
        let total = parts.reduce(0) { $0 + ($1.part.digests[name]?.count ?? 0) }
        guard total > itemLimit else { return record(parts.indices.flatMap(items)) }
        let all = StableDigest.combine(parts.flatMap { p in [StableDigest.of(p.relationship), p.part.digests[name]?.digest ?? 0] })
        return ["*": StableDigest.hex(all), "#": String(total)]
    }
}
