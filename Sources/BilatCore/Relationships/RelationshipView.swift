/// Everything the project knows about one relationship, from every dataset that reports on it, as one
/// `Dataset` that the analysis (growth, implied figures, checks) works on unchanged.
///
/// Its `dataset.name` is the relationship's id, so series keys, and so growth series, span datasets.
/// Ids are the project's ids (see `ProjectIDs`): as written where unique, `dataset/id` where two datasets
/// share one. `origins` give each row's dataset and its id there.
public struct RelationshipView: Sendable {
    /// Where a row of the view came from: its dataset and its id there.
    public struct Origin: Hashable, Sendable {
        public var dataset: String
        public var id: String

        public init(dataset: String, id: String) {
            self.dataset = dataset
            self.id = id
        }
    }

    public var relationship: Relationship
    /// The merged rows, with project ids; its `name` is the relationship's id.
    public var dataset: Dataset
    /// The datasets that contribute a figure, event or status, by name.
    public var datasets: [String]
    /// Parallel to `dataset.figures`, `.events`, `.statuses` and `.sources`.
    public var figureOrigins: [Origin]
    public var eventOrigins: [Origin]
    public var statusOrigins: [Origin]
    public var sourceOrigins: [Origin]
    /// Source id (project id) → its dataset, from `sourceOrigins`: looked up once per exported row.
    public var sourceDatasets: [String: String] = [:]

    /// `sourceDatasets` made from the sources and their origins.
    public static func sourceDatasets(sources: [Source], origins: [Origin]) -> [String: String] {
        var out: [String: String] = [:]
        for (s, o) in zip(sources, origins) where out[s.id] == nil { out[s.id] = o.dataset }
        return out
    }

    /// "Azerbaijan–Pakistan": the two parties' names, in the relationship's order.
    public var title: String {
        [relationship.first, relationship.second].map { id in dataset.parties.first { $0.id == id }?.name ?? id }
            .joined(separator: "–")
    }

    /// The datasets a row made from these sources belongs to: the relationship's one dataset, or those of the sources.
    public func datasetsOfRow(sources ids: [String]) -> [String] {
        datasets.count == 1 ? datasets : self.datasets(ofSources: ids)
    }

    /// The datasets the given sources (project ids) belong to, sorted, for rows made from several figures.
    public func datasets(ofSources ids: [String]) -> [String] {
        var found: [String] = []
        for id in ids {
            if let d = sourceDatasets[id], !found.contains(d) { found.append(d) }
        }
        return found.sorted()
    }
}
