/// One problem found in input, with where it is and what would have been accepted.
///
/// Readers collect every diagnostic and fail once, so a user fixes a whole file in one pass.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        var rank: Int { switch self { case .error: 0; case .warning: 1; case .note: 2 } }
    }

    public var severity: Severity
    public var message: String
    /// A file position, or nil when the problem is in an argument or a whole input.
    public var location: SourceLocation?
    /// What the user could write instead, e.g. "a year (2021), a month (2022-02), …".
    public var accepted: String?

    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation? = nil, accepted: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.accepted = accepted
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, accepted: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, accepted: accepted)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, accepted: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, accepted: accepted)
    }

    /// `path:line:col: error: message; accepted: …`, the form compilers use so editors can jump to it.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let accepted { text += "; accepted: \(accepted)" }
        return text
    }

    /// The same diagnostic placed at `location`, for problems found in a cell's text.
    public func located(at location: SourceLocation?) -> Diagnostic {
        var copy = self
        copy.location = location
        return copy
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by place, so output is stable and reads top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// Thrown when input had problems; carries every one of them.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// Problems found past a ``DiagnosticLog``'s cap: counted, not kept.
    public var omittedErrors: Int
    public var omittedOthers: Int
    public init(_ diagnostics: [Diagnostic], omittedErrors: Int = 0, omittedOthers: Int = 0) {
        self.diagnostics = diagnostics
        self.omittedErrors = omittedErrors
        self.omittedOthers = omittedOthers
    }
    /// Every error found, the ones not kept included.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + omittedErrors }
    /// "… and 199,000 more errors not shown", or nil when every problem is in `diagnostics`.
    public var omittedLine: String? {
        let omitted = omittedErrors + omittedOthers
        guard omitted > 0 else { return nil }
        let what = omittedOthers == 0 ? "error" : omittedErrors == 0 ? "warning" : "problem"
        return "… and \(NumberText.grouped(omitted)) more \(what)\(omitted == 1 ? "" : "s") not shown: the first \(NumberText.grouped(diagnostics.count)) found are listed above"
    }
    public var description: String { (diagnostics.map(\.description) + [omittedLine].compactMap { $0 }).joined(separator: "\n") }
}
