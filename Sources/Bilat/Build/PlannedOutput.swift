/// One file under Output/: what it is made from (named inputs, each a set of items with fingerprints)
/// and how to make it.
public struct PlannedOutput: Sendable {
    /// Relative to Output/, e.g. `reports/2021.html`.
    public var path: String
    /// Input name (figures, events, notebook, …) → item id → fingerprint.
    public var inputs: [String: [String: String]]
    public var render: @Sendable () throws -> String

    public init(path: String, inputs: [String: [String: String]], render: @escaping @Sendable () throws -> String) {
        self.path = path
        self.inputs = inputs
        self.render = render
    }
}
