import BilatCore

/// Where each string value of a JSON text starts, keyed by its path of object keys and array indexes
/// (`["resources", "2", "path"]`), so a problem found in a decoded descriptor can name its line and column.
///
/// Foundation's JSON decoder keeps no positions. This scanner only follows the structure; the decoder has
/// already said whether the text is valid, and positions for invalid text are best effort.
struct JSONPositions {
    private(set) var starts: [[String]: (line: Int, column: Int)] = [:]

    private enum Frame {
        case object(key: String?, expectingKey: Bool)
        case array(index: Int)
        var component: String {
            switch self {
            case .object(let key, _): return key ?? ""
            case .array(let index): return String(index)
            }
        }
    }

    init(_ bytes: [UInt8]) {
        var stack: [Frame] = []
        var line = 1, column = 1, i = 0
        func advance() {
            if bytes[i] == UInt8(ascii: "\n") { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"): stack.append(.object(key: nil, expectingKey: true)); advance()
            case UInt8(ascii: "["): stack.append(.array(index: 0)); advance()
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast(); advance()
            case UInt8(ascii: ","):
                switch stack.last {
                case .object?: stack[stack.count - 1] = .object(key: nil, expectingKey: true)
                case .array(let index)?: stack[stack.count - 1] = .array(index: index + 1)
                case nil: break
                }
                advance()
            case UInt8(ascii: ":"):
                if case .object(let key, _)? = stack.last { stack[stack.count - 1] = .object(key: key, expectingKey: false) }
                advance()
            case UInt8(ascii: "\""):
                let start = (line, column)
                var text: [UInt8] = []
                advance()
                while i < bytes.count && bytes[i] != UInt8(ascii: "\"") {
                    // An escaped character is kept as written: keys bilat looks up have no escapes.
                    if bytes[i] == UInt8(ascii: "\\") { text.append(bytes[i]); advance(); if i >= bytes.count { break } }
                    text.append(bytes[i])
                    advance()
                }
                if i < bytes.count { advance() }
                let string = String(decoding: text, as: UTF8.self)
                if case .object(_, true)? = stack.last {
                    stack[stack.count - 1] = .object(key: string, expectingKey: false)
                } else {
                    starts[stack.map(\.component)] = start
                }
            default: advance()
            }
        }
    }

    /// The location of the string value at `path`, or nil when there is none.
    func location(_ path: [String], in file: String) -> SourceLocation? {
        starts[path].map { SourceLocation(path: file, line: $0.line, column: $0.column) }
    }
}
