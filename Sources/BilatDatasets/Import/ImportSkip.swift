import BilatCore

/// A row read but not kept, and why: missing values and double-counting guards are reasons, not errors.
public struct ImportSkip: Hashable, Sendable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }
}

/// The importers' names for it.
public typealias ComtradeSkip = ImportSkip
public typealias SipriSkip = ImportSkip
