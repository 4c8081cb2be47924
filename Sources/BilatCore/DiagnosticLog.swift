/// Problems found while reading, kept up to a cap and counted past it, so that a file of a million bad rows
/// costs a thousand diagnostics of memory and output, not a million.
public struct DiagnosticLog: Sendable {
    /// How many are kept by default: more than anyone reads, few enough to print in a moment.
    public static let standardCap = 1_000

    public let cap: Int
    /// The first `cap` found, in the order found.
    public private(set) var kept: [Diagnostic] = []
    /// How many more were found and dropped, by severity.
    public private(set) var omittedErrors = 0
    public private(set) var omittedOthers = 0

    public init(cap: Int = DiagnosticLog.standardCap, _ diagnostics: [Diagnostic] = []) {
        self.cap = max(0, cap)
        append(contentsOf: diagnostics)
    }

    public var hasErrors: Bool { omittedErrors > 0 || kept.hasErrors }
    public var isEmpty: Bool { kept.isEmpty && omittedErrors == 0 && omittedOthers == 0 }
    /// Every one found, kept or not.
    public var count: Int { kept.count + omittedErrors + omittedOthers }
    public var errorCount: Int { kept.filter { $0.severity == .error }.count + omittedErrors }

    public mutating func append(_ diagnostic: Diagnostic) {
        if kept.count < cap { kept.append(diagnostic) }
        else if diagnostic.severity == .error { omittedErrors += 1 }
        else { omittedOthers += 1 }
    }

    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for d in diagnostics { append(d) }
    }

    /// Another log's diagnostics after this one's; what it dropped stays counted.
    public mutating func append(_ other: DiagnosticLog) {
        append(contentsOf: other.kept)
        omittedErrors += other.omittedErrors
        omittedOthers += other.omittedOthers
    }

    public static func += (log: inout DiagnosticLog, diagnostics: [Diagnostic]) { log.append(contentsOf: diagnostics) }
    public static func += (log: inout DiagnosticLog, other: DiagnosticLog) { log.append(other) }

    /// The failure to throw: the kept diagnostics by place, and the count of the rest.
    public var error: DiagnosticsError {
        DiagnosticsError(kept.sortedByLocation(), omittedErrors: omittedErrors, omittedOthers: omittedOthers)
    }
}
