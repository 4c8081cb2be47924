/// Splits a project's datasets into relationships and merges what each relationship gets from every dataset.
///
/// - A figure belongs to the relationship of its reporter and partner.
/// - Events and deal statuses name no parties: those of a dataset with two parties belong to that pair;
///   those of a dataset with more go to every relationship its figures cover (or, with no figures, every
///   pair of its parties).
/// - A view holds the sources its rows cite (every source of a dataset that covers only this relationship),
///   the locations of its own rows, the two parties (named by the first dataset,
///   in name order, that lists them), every indicator they define (the first definition wins) and every
///   acceptance they hold.
public enum RelationshipViews {
    public static func build(_ unsorted: [Dataset]) -> [RelationshipView] {
        let datasets = unsorted.sorted { $0.name < $1.name }
        let figureRenames = ProjectIDs.renames(datasets.map { ($0.name, $0.figures.map(\.id)) })
        let sourceRenames = ProjectIDs.renames(datasets.map { ($0.name, $0.sources.map(\.id)) })
        let eventRenames = ProjectIDs.renames(datasets.map { ($0.name, $0.events.map(\.id)) })
        let statusRenames = ProjectIDs.renames(datasets.map { ($0.name, $0.statuses.map(\.id)) })
        // Each dataset's revisions by the figure they revise: a view takes those of its own figures.
        let revisionsOf: [[String: [Int]]] = datasets.map { d in
            d.revisions.isEmpty ? [:] : Dictionary(grouping: d.revisions.indices, by: { d.revisions[$0].figureID })
        }

        // Which dataset contributes what to which relationship, in dataset order.
        struct Part { var dataset: Int; var figures: [Int] = []; var withEvents = false }
        var parts: [Relationship: [Part]] = [:]
        for (di, d) in datasets.enumerated() {
            var mine: [Relationship: [Int]] = [:]
            var last: (Relationship, String, String)?
            for (fi, f) in d.figures.enumerated() {
                // Rows of one pair come in runs: reuse the last pair's relationship without rebuilding it.
                let r: Relationship
                if let (lr, a, b) = last, a == f.reporter, b == f.partner { r = lr } else {
                    r = Relationship(f.reporter, f.partner)
                    last = (r, f.reporter, f.partner)
                }
                mine[r, default: []].append(fi)
            }
            var eventful: Set<Relationship> = []
            if !d.events.isEmpty || !d.statuses.isEmpty {
                if d.parties.count == 2 {
                    eventful = [Relationship(d.parties[0].id, d.parties[1].id)]
                } else if !mine.isEmpty {
                    eventful = Set(mine.keys)
                } else {
                    let ids = d.parties.map(\.id)
                    for (i, a) in ids.enumerated() { for b in ids.dropFirst(i + 1) where a != b { eventful.insert(Relationship(a, b)) } }
                }
            }
            for r in Set(mine.keys).union(eventful) {
                parts[r, default: []].append(Part(dataset: di, figures: mine[r] ?? [], withEvents: eventful.contains(r)))
            }
        }

        // Locations of rows that are not figures, events, statuses or sources (accepted findings, parties, …):
        // each view of the dataset gets them all.
        let rowTables = ["figures/", "events/", "statuses/", "sources/", "revisions/"]
        let otherLocations = datasets.map { d in d.rowLocations.filter { key, _ in !rowTables.contains(where: key.hasPrefix) } }
        var relationshipsPerDataset: [Int: Int] = [:]
        for contributions in parts.values { for part in contributions { relationshipsPerDataset[part.dataset, default: 0] += 1 } }

        return parts.keys.sorted().compactMap { r in
            guard let contributions = parts[r] else { return nil }
            var view = Dataset(name: r.id)
            var origins = (figures: [RelationshipView.Origin](), events: [RelationshipView.Origin](),
                           statuses: [RelationshipView.Origin](), sources: [RelationshipView.Origin]())
            var indicatorIDs = Set<String>()
            var accepted = Set<String>()
            for part in contributions {
                let d = datasets[part.dataset]
                let (fr, sr, er, str) = (figureRenames[part.dataset], sourceRenames[part.dataset],
                                         eventRenames[part.dataset], statusRenames[part.dataset])
                let renamed = !(fr.isEmpty && sr.isEmpty && er.isEmpty && str.isEmpty)
                let whole = relationshipsPerDataset[part.dataset] == 1
                let shared = whole && view.rowLocations.isEmpty && !renamed
                if shared {
                    view.rowLocations = d.rowLocations   // shared, not copied, when the view holds all of it as it is
                }
                /// A row's location under its id in the view (each view copies only its own rows': at 200
                /// relationships, copying every dataset's whole table into each was gigabytes).
                let located = !d.rowLocations.isEmpty   // a store read for growth records none
                func locate(_ table: String, _ id: String, as newID: String) {
                    guard !shared, located, let location = d.rowLocations["\(table)/\(id)"] else { return }
                    if view.rowLocations["\(table)/\(newID)"] == nil { view.rowLocations["\(table)/\(newID)"] = location }
                }
                var cited = Set<String>()
                let revised = !revisionsOf[part.dataset].isEmpty   // most datasets have no revisions.csv
                for fi in part.figures {
                    var f = d.figures[fi]
                    origins.figures.append(.init(dataset: d.name, id: f.id))
                    cited.insert(f.sourceID)
                    let oldID = f.id
                    if renamed {
                        f.id = fr[f.id] ?? f.id
                        f.sourceID = sr[f.sourceID] ?? f.sourceID
                    }
                    locate("figures", oldID, as: f.id)
                    view.figures.append(f)
                    for ri in revised ? revisionsOf[part.dataset][oldID] ?? [] : [] {
                        var revision = d.revisions[ri]
                        revision.figureID = f.id
                        revision.beforeSource = sr[revision.beforeSource] ?? revision.beforeSource
                        revision.afterSource = sr[revision.afterSource] ?? revision.afterSource
                        cited.insert(d.revisions[ri].beforeSource)
                        cited.insert(d.revisions[ri].afterSource)
                        view.revisions.append(revision)
                    }
                }
                if part.withEvents {
                    for var e in d.events {
                        origins.events.append(.init(dataset: d.name, id: e.id))
                        cited.formUnion(e.sourceIDs)
                        locate("events", e.id, as: er[e.id] ?? e.id)
                        e.id = er[e.id] ?? e.id
                        e.sourceIDs = e.sourceIDs.map { sr[$0] ?? $0 }
                        view.events.append(e)
                    }
                    for var s in d.statuses {
                        origins.statuses.append(.init(dataset: d.name, id: s.id))
                        cited.insert(s.sourceID)
                        locate("statuses", s.id, as: str[s.id] ?? s.id)
                        s.id = str[s.id] ?? s.id
                        s.sourceID = sr[s.sourceID] ?? s.sourceID
                        view.statuses.append(s)
                    }
                }
                // A dataset on one relationship gives it every source; one on many gives each what its rows cite.
                for var s in d.sources where whole || cited.contains(s.id) {
                    origins.sources.append(.init(dataset: d.name, id: s.id))
                    locate("sources", s.id, as: sr[s.id] ?? s.id)
                    s.id = sr[s.id] ?? s.id
                    view.sources.append(s)
                }
                for (key, location) in otherLocations[part.dataset] where !shared && view.rowLocations[key] == nil {
                    view.rowLocations[key] = location
                }
                for p in d.parties where r.contains(p.id) && !view.parties.contains(where: { $0.id == p.id }) {
                    view.parties.append(p)
                }
                for i in d.indicators where indicatorIDs.insert(i.id).inserted { view.indicators.append(i) }
                for a in d.accepted where accepted.insert(a.findingID).inserted { view.accepted.append(a) }
            }
            view.parties.sort { $0.id < $1.id }
            let names = contributions.map { datasets[$0.dataset].name }
            let result = RelationshipView(relationship: r, dataset: view, datasets: names,
                                          figureOrigins: origins.figures, eventOrigins: origins.events,
                                          statusOrigins: origins.statuses, sourceOrigins: origins.sources)
            var titled = result
            titled.dataset.title = result.title
            titled.sourceDatasets = RelationshipView.sourceDatasets(sources: view.sources, origins: origins.sources)
            return titled
        }
    }

    /// "figures/ID" → "figures/NEW" where the id was renamed; other tables' keys as they are.
    static func renamedLocationKey(_ key: String, figures: [String: String], sources: [String: String],
                                   events: [String: String], statuses: [String: String]) -> String {
        guard let slash = key.firstIndex(of: "/") else { return key }
        let table = key[..<slash], id = String(key[key.index(after: slash)...])
        let map: [String: String]
        switch table {
        case "figures": map = figures
        case "sources": map = sources
        case "events": map = events
        case "statuses": map = statuses
        default: return key
        }
        return map[id].map { "\(table)/\($0)" } ?? key
    }
}
