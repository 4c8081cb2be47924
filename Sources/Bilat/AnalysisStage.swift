import BilatCore
import BilatDatasets
import BilatStore
import Foundation

/// Read → normalise → analyse, per relationship: growth over every series, implied figures and checks, each
/// taking in every dataset and source that reports on the relationship.
///
/// Analysis reads the dataset folders through the same validation as ingest, so each finding can name
/// the file and line of the rows involved; the values are the ones the store holds.
public enum AnalysisStage {
    /// What one relationship's analysis found. Its growth rows are `Outcome.growth[growthRange]`.
    public struct RelationshipOutcome: Sendable {
        /// Without `Parts.rows`, its dataset keeps its sources, parties, indicators and acceptances, not its rows.
        public var view: RelationshipView
        public var reported: [Observation]
        public var derived: [Observation]
        public var findings: [Finding]
        public var growthRange: Range<Int>
        /// The factor and threshold its mirror flows and warnings use: the project's setting for it.
        public var mirror: MirrorSettings

        public var relationship: Relationship { view.relationship }
        /// The merged rows (project ids), as the checks saw them.
        public var dataset: Dataset { view.dataset }
    }

    /// What a command needs of the analysis: `bilat growth` needs no checks and `bilat check` no growth rows, and at a
    /// million figures each is seconds of work.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Implied figures and growth rows over reported and implied figures.
        public static let growth = Parts(rawValue: 1)
        /// Checks across figures and sources.
        public static let findings = Parts(rawValue: 2)
        /// Each relationship's merged rows (`RelationshipOutcome.dataset`) and observations (`reported`, `derived`),
        /// and the datasets' rows, kept in the outcome for what reads them after the analysis (reports, charts,
        /// exports). Without it they are let go relationship by relationship as each is analysed: `bilat growth`
        /// and `bilat check` print only growth rows or findings, and at a million figures the rows were gigabytes.
        public static let rows = Parts(rawValue: 4)
        public static let all: Parts = [.growth, .findings, .rows]
    }

    public struct Outcome: Sendable {
        /// The datasets as read, in name order; without `Parts.rows`, with their sources, parties, indicators and
        /// acceptances but none of their figures, events, statuses, revisions or row locations.
        public var datasets: [Dataset]
        public var relationships: [RelationshipOutcome]
        /// Every relationship's rows, in relationship order.
        public var reported: [Observation]
        public var derived: [Observation]
        public var growth: [GrowthRow]
        public var findings: [Finding]
        /// The project's mirror settings (Datasets/mirror-settings.csv), which each relationship's `mirror` comes from.
        public var mirror: MirrorProjectSettings = .standard
        /// Relationship id → position in `relationships`.
        var index: [String: Int] = [:]

        public func growth(of r: RelationshipOutcome) -> ArraySlice<GrowthRow> {
            let range = r.growthRange.clamped(to: growth.indices)
            return growth[range]
        }

        /// The relationship a series key belongs to (its `dataset` is the relationship's id).
        public func relationship(id: String) -> RelationshipOutcome? { index[id].map { relationships[$0] } }

        /// Only one relationship's part (or all, for nil); nil when the project has no such relationship.
        public func limited(to relationship: Relationship?) -> Outcome? {
            guard let relationship else { return self }
            guard let r = self.relationship(id: relationship.id) else { return nil }
            let range = r.growthRange.clamped(to: growth.indices)
            var part = r
            part.growthRange = 0..<range.count
            return Outcome(datasets: datasets, relationships: [part], reported: r.reported, derived: r.derived,
                           growth: Array(growth[range]), findings: r.findings, mirror: mirror, index: [r.relationship.id: 0])
        }
    }

    /// - Parameters:
    ///   - only: the name of the one dataset to analyse (its folder's name), or nil for all.
    ///   - mirror: the project's mirror settings.
    public static func run(folders: [String], only: String? = nil, mirror: MirrorProjectSettings = .standard) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        var datasets: [Dataset] = []
        let folders = try DatasetFolders.only(only, of: folders)
        for folder in folders {
            let (dataset, found) = DatasetReader.read(try DatasetFolders.load(folder))
            diagnostics += found
            if let dataset { datasets.append(dataset) }
        }
        if diagnostics.hasErrors { throw DiagnosticsError(diagnostics) }
        return analyse(datasets, mirror: mirror)
    }

    /// The analysis of what the store at `database` holds, after bringing it up to date with `folders` (every
    /// dataset there is): an ingest that finds every folder unchanged reads none of them.
    /// - Returns: the analysis, and the warnings the ingest found (none when nothing was read).
    public static func run(folders: [String], store database: String,
                           mirror: MirrorProjectSettings) throws -> (outcome: Outcome, ingest: IngestStage.Outcome) {
        let ingest = try IngestStage.run(folders: folders, database: database, replacingAll: true)
        return (try run(store: database, mirror: mirror), ingest)
    }

    /// The analysis of every dataset the store at `database` holds, read back as the CSV reader made them.
    /// - Parameters:
    ///   - only: the one dataset to analyse, by name, or nil for all.
    ///   - mirror: the project's mirror settings (`MirrorSettingsFile`): the store does not hold them.
    ///   - parts: what to work out; the rest is left empty.
    public static func run(store database: String, only: String? = nil, mirror: MirrorProjectSettings,
                           parts: Parts = .all, timings: StageTimings? = nil) throws -> Outcome {
        // Only the checks name rows' files and lines.
        var datasets = try Store(path: database, access: .readOnly).datasets(rowLocations: parts.contains(.findings))
        timings?.mark("analysis: datasets read")
        if let only { datasets = datasets.filter { $0.name == only } }
        return analyse(consume datasets, mirror: mirror, parts: parts, timings: timings)
    }

    /// The analysis of datasets already read.
    public static func analyse(_ unsorted: consuming [Dataset], mirror: MirrorProjectSettings = .standard, parts wanted: Parts = .all,
                               timings: StageTimings? = nil) -> Outcome {
        var datasets = unsorted.sorted { $0.name < $1.name }
        unsorted = []
        // Each view in a slot of its own, taken out by the one core that analyses it, so that without `.rows` its
        // merged rows go as soon as that relationship is done.
        let views = RelationshipViews.build(datasets).map(ViewSlot.init)
        if !wanted.contains(.rows) { for i in datasets.indices { datasets[i] = datasets[i].withoutRows } }
        timings?.mark("analysis: relationship views")
        // Relationships are independent: a few at a time, one slice per core; within a large one, implied
        // figures and checks run at once.
        let slices = min(max(1, views.count), 8)
        // Growth rows too, relationship by relationship on the slices' cores: one series never spans two
        // relationships. A lone relationship splits its own series over the cores instead.
        let growthSlices: Int? = views.count > 1 ? 1 : nil
        let work: [@Sendable () -> [(RelationshipOutcome, [GrowthRow])]] = (0..<slices).map { slice in
            let part = views[(views.count * slice / slices)..<(views.count * (slice + 1) / slices)]
            return { @Sendable in
                part.compactMap { slot in
                    guard let view = slot.take() else { return nil }
                    var r = analyse(view: view, mirror: mirror.settings(for: view.relationship), parts: wanted)
                    let growth = wanted.contains(.growth) ? Growth.rows(r.reported + r.derived, slices: growthSlices) : []
                    if !wanted.contains(.rows) {
                        r.view.dataset = r.view.dataset.withoutRows
                        r.view.figureOrigins = []; r.view.eventOrigins = []; r.view.statusOrigins = []
                        r.reported = []; r.derived = []
                    }
                    return (r, growth)
                }
            }
        }
        let analysed = concurrentMap(work).flatMap { $0 }
        timings?.mark("analysis: implied, checks and growth")

        // An acceptance is stale only when no relationship finds what it accepts.
        var found = Set<String>()
        for (part, _) in analysed { for f in part.findings where f.kind != Finding.Kind.staleAcceptance { found.insert(f.id) } }
        var staleSeen = Set<String>()
        var outcome = Outcome(datasets: datasets, relationships: [], reported: [], derived: [], growth: [], findings: [], mirror: mirror)
        outcome.growth.reserveCapacity(analysed.reduce(0) { $0 + $1.1.count })
        for (var part, growth) in analysed {
            part.findings = part.findings.filter { (f: Finding) -> Bool in
                guard f.kind == Finding.Kind.staleAcceptance else { return true }
                let accepted = f.subjects.first ?? ""
                return !found.contains(accepted) && staleSeen.insert(accepted).inserted
            }
            let start = outcome.growth.count
            outcome.growth += growth
            part.growthRange = start..<outcome.growth.count
            outcome.reported += part.reported
            outcome.derived += part.derived
            outcome.findings += part.findings
            outcome.index[part.relationship.id] = outcome.relationships.count
            outcome.relationships.append(part)
        }
        timings?.mark("analysis: joined")
        return outcome
    }

    /// One relationship's view until the core that analyses it takes it out.
    final class ViewSlot: @unchecked Sendable {
        // Written once here and taken once by the one slice that holds this slot; the lock makes that plain.
        private var view: RelationshipView?
        private let lock = NSLock()
        init(_ view: RelationshipView) { self.view = view }

        /// The view, once; nil after.
        func take() -> RelationshipView? {
            lock.lock(); defer { lock.unlock() }
            let taken = view
            view = nil
            return taken
        }
    }

    static func analyse(view: RelationshipView, mirror: MirrorSettings, parts wanted: Parts) -> RelationshipOutcome {
        let dataset = view.dataset
        let own = Observation.reported(in: dataset)
        enum Part: Sendable { case derived([Observation]), findings([Finding]) }
        var derived: [Observation] = [], findings: [Finding] = []
        var work: [@Sendable () -> Part] = []
        if wanted.contains(.growth) { work.append { @Sendable in Part.derived(ImpliedFigures.derive(from: dataset, reported: own)) } }
        if wanted.contains(.findings) { work.append { @Sendable in Part.findings(Checks.run(dataset, reported: own, mirror: mirror)) } }
        for part in own.count > 4096 && work.count > 1 ? concurrentMap(work) : work.map({ $0() }) {
            switch part {
            case .derived(let d): derived = d
            case .findings(let f): findings = f
            }
        }
        return RelationshipOutcome(view: view, reported: own, derived: derived, findings: findings, growthRange: 0..<0, mirror: mirror)
    }
}

extension Dataset {
    /// The dataset with its sources, parties, indicators and acceptances, and none of its rows.
    var withoutRows: Dataset {
        var d = Dataset(name: name, title: title)
        d.sources = sources; d.parties = parties; d.indicators = indicators; d.accepted = accepted
        return d
    }
}
