/// Where a problem was found: a display path and a 1-based line and column.
///
/// Columns count Unicode characters, as an editor shows them, not bytes.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible, Encodable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// The same place moved right by `characters`, for pointing inside a cell.
    public func advanced(by characters: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column + characters)
    }
}
