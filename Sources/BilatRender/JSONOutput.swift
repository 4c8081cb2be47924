import Foundation

/// JSON for machines: keys sorted and slashes unescaped, so the same data gives the same bytes.
public enum JSONOutput {
    public static func render<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self) + "\n"
    }

    /// The encoding's bytes, with no line end after them.
    static func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array(try encoder.encode(value))
    }
}
