import BilatCore

/// A JSON value with the line and column where it starts; numbers keep their digits as written.
///
/// Foundation's JSON reading keeps no positions and turns `6804128143.0` into a Double; an importer needs both
/// the place of every value (to refuse it there) and its exact digits (to keep it as a Decimal).
struct LocatedJSON {
    enum Value {
        case object([(key: String, value: LocatedJSON)])
        case array([LocatedJSON])
        case string(String)
        /// The number's text, e.g. `6804128143.0` or `-1`.
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    /// The member `key` of an object (the first, if repeated); nil for a missing key or a value that is no object.
    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A problem in the JSON text, with where it lies.
    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Parses UTF-8 text holding one JSON value (surrounding white space allowed).
    static func parse(_ bytes: [UInt8]) -> Result<LocatedJSON, SyntaxError> {
        parse(bytes, streaming: [], each: nil).map(\.root)
    }

    /// Parses like `parse(_:)`, but hands each element of a top-level array, or of the array under one of the
    /// top-level keys `streaming`, to `each` as soon as it is read instead of keeping it: such arrays are left
    /// empty in the returned root, and `streamed` counts their elements. Memory then holds one record, not all.
    static func parse(_ bytes: [UInt8], streaming keys: Set<String>, each: ((LocatedJSON) -> Void)?)
        -> Result<(root: LocatedJSON, streamed: Int), SyntaxError>
    {
        var parser = Parser(bytes: bytes, streamKeys: keys, each: each)
        do throws(SyntaxError) {
            parser.skipSpace()
            let value = try parser.value(depth: 0, streamArray: each != nil)
            parser.skipSpace()
            if parser.i < bytes.count { throw parser.error("more text after the JSON value ends") }
            return .success((value, parser.streamed))
        } catch {
            return .failure(error)
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        let streamKeys: Set<String>
        let each: ((LocatedJSON) -> Void)?
        var streamed = 0
        var i = 0, line = 1, column = 1
        /// Comtrade responses nest three deep; a limit keeps hostile input from exhausting the stack.
        static let maximumDepth = 64

        init(bytes: [UInt8], streamKeys: Set<String>, each: ((LocatedJSON) -> Void)?) {
            self.bytes = bytes
            self.streamKeys = streamKeys
            self.each = each
        }

        var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        func error(_ message: String) -> SyntaxError { SyntaxError(message: message, line: line, column: column) }

        mutating func advance() {
            guard i < bytes.count else { return }
            if bytes[i] == UInt8(ascii: "\n") { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
            guard current == byte else { throw error("expected \(what)") }
            advance()
        }

        mutating func value(depth: Int, streamArray: Bool = false) throws(SyntaxError) -> LocatedJSON {
            guard depth < Self.maximumDepth else { throw error("the JSON nests deeper than \(Self.maximumDepth) levels") }
            let (startLine, startColumn) = (line, column)
            func located(_ value: Value) -> LocatedJSON { LocatedJSON(value: value, line: startLine, column: startColumn) }
            switch current {
            case UInt8(ascii: "{"):
                advance()
                var members: [(key: String, value: LocatedJSON)] = []
                skipSpace()
                if current == UInt8(ascii: "}") { advance(); return located(.object(members)) }
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
                    let key = try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "':' after the key")
                    skipSpace()
                    members.append((key, try value(depth: depth + 1, streamArray: depth == 0 && each != nil && streamKeys.contains(key))))
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "}"), "',' or '}' after a member")
                    return located(.object(members))
                }
            case UInt8(ascii: "["):
                advance()
                var elements: [LocatedJSON] = []
                skipSpace()
                if current == UInt8(ascii: "]") { advance(); return located(.array(elements)) }
                while true {
                    skipSpace()
                    let element = try value(depth: depth + 1)
                    if streamArray, let each {
                        each(element)
                        streamed += 1
                    } else {
                        elements.append(element)
                    }
                    skipSpace()
                    if current == UInt8(ascii: ",") { advance(); continue }
                    try expect(UInt8(ascii: "]"), "',' or ']' after an element")
                    return located(.array(elements))
                }
            case UInt8(ascii: "\""):
                return located(.string(try string()))
            case UInt8(ascii: "t"): try literal("true"); return located(.bool(true))
            case UInt8(ascii: "f"): try literal("false"); return located(.bool(false))
            case UInt8(ascii: "n"): try literal("null"); return located(.null)
            case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
                return located(.number(try number()))
            default:
                throw error(current == nil ? "the JSON text ends where a value should be" : "expected a JSON value")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for byte in word.utf8 {
                guard current == byte else { throw error("expected \(word)") }
                advance()
            }
        }

        mutating func number() throws(SyntaxError) -> String {
            let start = i
            let allowed = Set("+-0123456789.eE".utf8)
            while let byte = current, allowed.contains(byte) { advance() }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            guard ComtradeValues.isPlainNumber(text) else {
                throw SyntaxError(message: "'\(text)' is not a JSON number", line: line, column: column - text.count)
            }
            return text
        }

        /// A quoted string, escapes decoded; the opening quote is the current byte.
        mutating func string() throws(SyntaxError) -> String {
            advance()
            var out: [UInt8] = []
            while true {
                guard let byte = current else { throw error("a string is never closed") }
                switch byte {
                case UInt8(ascii: "\""):
                    advance()
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    advance()
                    guard let escaped = current else { throw error("a string is never closed") }
                    let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C,
                                                  0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
                    if let replacement = simple[escaped] {
                        out.append(replacement)
                        advance()
                    } else if escaped == UInt8(ascii: "u") {
                        advance()
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar), current == UInt8(ascii: "\\") {
                            advance()
                            try expect(UInt8(ascii: "u"), "the second half of a \\u surrogate pair")
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw error("a \\u surrogate pair is broken") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw error("\\u escape is not a character") }
                        out += Array(String(Character(unicode)).utf8)
                    } else {
                        throw error("'\\\(Character(Unicode.Scalar(escaped)))' is not a JSON escape")
                    }
                case 0x00..<0x20:
                    throw error("a control character inside a string (write it as an escape)")
                default:
                    out.append(byte)
                    advance()
                }
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = current, let digit = UInt32(String(Unicode.Scalar(byte)), radix: 16) else {
                    throw error("expected four hex digits after \\u")
                }
                value = value * 16 + digit
                advance()
            }
            return value
        }
    }
}
