/// The values of one or more store rows, in column order, written into one byte buffer that is kept from row
/// to row: no string per value is made or freed, and appending to an array a few bytes at a time (what an
/// insert's parameters were gathered by before) cost more than the rest of making a figure's row.
///
/// Each value is a tag byte, then for an integer its eight bytes, for a text its length (four bytes) and
/// its UTF-8 bytes.
struct RowValues: ColumnSink {
    enum Value {
        case text(UnsafeRawBufferPointer)
        case integer(Int64)
        case null
    }

    private enum Tag: UInt8 { case null, integer, text }

    private var buffer = [UInt8](repeating: 0, count: 4096)
    /// Bytes written.
    private var used = 0
    /// Values written.
    private(set) var count = 0

    mutating func put(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(5 + utf8.count) { to in
                to.storeBytes(of: Tag.text.rawValue, as: UInt8.self)
                to.storeBytes(of: UInt32(utf8.count).littleEndian, toByteOffset: 1, as: UInt32.self)
                if let source = utf8.baseAddress { (to + 5).copyMemory(from: source, byteCount: utf8.count) }
            }
        }
    }

    mutating func put(_ text: String?) {
        guard let text else { write(1) { $0.storeBytes(of: Tag.null.rawValue, as: UInt8.self) }; return }
        put(text)
    }

    mutating func put(_ number: Int) {
        write(9) { to in
            to.storeBytes(of: Tag.integer.rawValue, as: UInt8.self)
            to.storeBytes(of: Int64(number).littleEndian, toByteOffset: 1, as: Int64.self)
        }
    }

    mutating func put(_ flag: Bool) { put(flag ? 1 : 0) }

    /// Room for `size` more bytes, then `write` with the place they start.
    private mutating func write(_ size: Int, _ write: (UnsafeMutableRawPointer) -> Void) {
        if used + size > buffer.count { buffer += repeatElement(0, count: max(size, buffer.count)) }
        buffer.withUnsafeMutableBytes { write($0.baseAddress! + used) }
        used += size
        count += 1
    }

    /// Forgets the values, keeping the buffer.
    mutating func removeAll() {
        used = 0
        count = 0
    }

    /// Calls `body` with the values in order; a text's bytes point into the buffer and stay valid until `body`
    /// returns (so SQLite may be handed them without a copy for a statement stepped inside it).
    func withValues<Result>(_ body: (inout Values) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes { all in
            var values = Values(buffer: UnsafeRawBufferPointer(rebasing: all[..<used]))
            return try body(&values)
        }
    }

    struct Values: IteratorProtocol {
        let buffer: UnsafeRawBufferPointer
        var at = 0

        mutating func next() -> Value? {
            guard at < buffer.count else { return nil }
            let tag = Tag(rawValue: buffer[at])!
            at += 1
            switch tag {
            case .null:
                return .null
            case .integer:
                defer { at += 8 }
                return .integer(Int64(littleEndian: buffer.loadUnaligned(fromByteOffset: at, as: Int64.self)))
            case .text:
                let length = Int(UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
                at += 4
                defer { at += length }
                return .text(UnsafeRawBufferPointer(rebasing: buffer[at..<at + length]))
            }
        }
    }
}
