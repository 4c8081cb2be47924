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
    /// relationship: one fingerprint per input, kept in its manifest record, so that a relationship taken as the
    /// last build left it is not fingerprinted again to see whether those files changed.
    struct CSVPart: Sendable, Equatable {
        static let names = ["figures", "derived", "growth", "findings", "mirror"]
        /// By name (`names`).
        var digests: [String: UInt64]

        init(digests: [String: UInt64]) { self.digests = digests }

        init(_ r: AnalysisStage.RelationshipOutcome, digests d: Relationship) {
            func all(_ items: [(id: String, digest: UInt64)]) -> UInt64 {
                StableDigest.combine(items.sorted { $0.id < $1.id }.flatMap { [StableDigest.of($0.id), $0.digest] })
            }
            // Only the figures mirror pairs are made of: a new turnover figure leaves mirror.csv as it was.
            let mirror = r.reported.filter(MirrorFlows.takesPart).map { ($0.id, d.figures[$0.id] ?? StableDigest.of($0)) }
            self.digests = [
                "figures": all(d.figures.map { ($0.key, $0.value) }),
                "derived": all(d.derived.map { ($0.key, $0.value) }),
                "growth": all(d.growth.map { ($0.key, $0.value) }),
                "findings": all(r.findings.map { ($0.id, d.findings[$0.id] ?? StableDigest.of($0)) }),
            ]
            if !mirror.isEmpty { self.digests["mirror"] = all(mirror) }
        }

        /// As the manifest keeps it: sixteen hex digits each.
        var text: [String: String] { digests.mapValues(StableDigest.hex) }

        /// Nil for a record this version did not write.
        init?(text: [String: String]?) {
            guard let text else { return nil }
            var digests: [String: UInt64] = [:]
            for (name, hex) in text {
                guard Self.names.contains(name), hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
                digests[name] = value
            }
            self.digests = digests
        }
    }
}
