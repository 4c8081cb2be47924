/// Something a check found in the data, naming the figures and sources involved.
public struct Finding: Hashable, Sendable, Encodable {
    public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case statedChangeMismatch = "stated-change-mismatch"
        case statedChangeUnchecked = "stated-change-unchecked"
        case conflict
        case truncated
        case lookalikeMeasures = "lookalike-measures"
        case subperiodExceedsWhole = "subperiod-exceeds-whole"
        case statusDisagreement = "status-disagreement"
        case stageDatesDiffer = "stage-dates-differ"
        case dealDatesDiffer = "deal-dates-differ"
        case dealValuesDiffer = "deal-values-differ"
        case partExceedsTotal = "part-exceeds-total"
        case partsDoNotAddUp = "parts-do-not-add-up"
        case datedAfterSource = "dated-after-source"
        case newsAgainstStatistics = "news-against-statistics"
        case newsDealNotInSIPRI = "news-deal-not-in-sipri"
        case staleAcceptance = "stale-acceptance"
        case mirrorAsymmetry = "mirror-asymmetry"
    }

    public var kind: Kind
    public var severity: Severity
    public var message: String
    /// Ids of the figures (or statuses) involved, sorted; with the kind, they make the finding's stable id.
    public var subjects: [String]
    public var sourceIDs: [String]
    public var locations: [SourceLocation]
    /// Set when an analyst accepted this finding in the dataset's accepted.csv.
    public var acceptedReason: String?

    public init(kind: Kind, severity: Severity, message: String, subjects: [String], sourceIDs: [String],
                locations: [SourceLocation] = [], acceptedReason: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.subjects = subjects.sorted()
        self.sourceIDs = Array(Set(sourceIDs)).sorted()
        self.locations = locations.sorted()
        self.acceptedReason = acceptedReason
    }

    /// Stable across runs and row moves: what accepted.csv names.
    public var id: String { "\(kind.rawValue):\(subjects.joined(separator: "+"))" }
    public var isAccepted: Bool { acceptedReason != nil }
}
