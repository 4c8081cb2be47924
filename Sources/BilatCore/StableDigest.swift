import Foundation

/// A 64-bit fingerprint of any `Encodable` value, the same in every process and on every machine, that
/// changes when any encoded field does. The build fingerprints its outputs' inputs with it.
///
/// Swift's `Hasher` is seeded per process and `String(describing:)` walks values by reflection (it was
/// most of a build's time at 10k figures); a synthesized `Encodable` visits every stored field, and this
/// encoder feeds them, tagged and length-prefixed, into FNV-1a. It detects change; it is not a security hash.
///
/// Sets and dictionaries encode in their hash order, which differs between processes: `Set<Int>`,
/// `Set<String>` and `[String: String]` are fed sorted; other unordered types must not be fingerprinted.
public enum StableDigest {
    public static func of<T: Encodable>(_ value: T) -> UInt64 {
        let sink = Sink()
        // The encoder below never throws; a value whose own encode(to:) throws is fingerprinted by what it fed.
        feed(value, into: sink)
        return sink.hash
    }

    /// Sixteen hex digits.
    public static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint for many: order matters, so callers sort what has no order.
    public static func combine(_ values: some Sequence<UInt64>) -> UInt64 {
        let sink = Sink()
        for v in values { sink.add(v) }
        return sink.hash
    }

    final class Sink {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always) func byte(_ b: UInt8) {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01b3
        }

        func add(_ v: UInt64) {
            var v = v
            for _ in 0..<8 { byte(UInt8(truncatingIfNeeded: v)); v >>= 8 }
        }

        func tag(_ t: UInt8) { byte(t) }

        func string(_ s: String) {
            tag(0x73)
            var count: UInt64 = 0
            for b in s.utf8 { byte(b); count &+= 1 }
            add(count)
        }
    }

    struct DigestEncoder: Encoder {
        let sink: Sink
        var codingPath: [CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            sink.tag(0x7B)
            return KeyedEncodingContainer(Keyed<Key>(sink: sink))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            sink.tag(0x5B)
            return Unkeyed(sink: sink)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(sink: sink) }
    }

    /// Feeds one value. Decimal is fed as its exact text, as Foundation may encode it as a Double.
    static func feed<T: Encodable>(_ value: T, into sink: Sink) {
        if let d = value as? Decimal { sink.tag(0x64); sink.string(d.description); return }
        // Unordered collections in a fixed order (their own order is per process).
        if let set = value as? Set<Int> { feed(set.sorted(), into: sink); return }
        if let set = value as? Set<String> { feed(set.sorted(), into: sink); return }
        if let map = value as? [String: String] { feed(map.sorted { $0.key < $1.key }.map { [$0.key, $0.value] }, into: sink); return }
        try? value.encode(to: DigestEncoder(sink: sink))
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [CodingKey] { [] }

        func key(_ k: Key) { sink.tag(0x6B); sink.string(k.stringValue) }
        mutating func encodeNil(forKey k: Key) { key(k); sink.tag(0x30) }
        mutating func encode(_ v: Bool, forKey k: Key) { key(k); sink.tag(v ? 0x74 : 0x66) }
        mutating func encode(_ v: String, forKey k: Key) { key(k); sink.string(v) }
        mutating func encode(_ v: Double, forKey k: Key) { key(k); sink.tag(0x44); sink.add(v.bitPattern) }
        mutating func encode(_ v: Float, forKey k: Key) { key(k); sink.tag(0x46); sink.add(UInt64(v.bitPattern)) }
        mutating func encode(_ v: Int, forKey k: Key) { key(k); sink.tag(0x69); sink.add(UInt64(bitPattern: Int64(v))) }
        mutating func encode(_ v: Int8, forKey k: Key) { encode(Int(v), forKey: k) }
        mutating func encode(_ v: Int16, forKey k: Key) { encode(Int(v), forKey: k) }
        mutating func encode(_ v: Int32, forKey k: Key) { encode(Int(v), forKey: k) }
        mutating func encode(_ v: Int64, forKey k: Key) { encode(Int(v), forKey: k) }
        mutating func encode(_ v: UInt, forKey k: Key) { key(k); sink.tag(0x75); sink.add(UInt64(v)) }
        mutating func encode(_ v: UInt8, forKey k: Key) { encode(UInt(v), forKey: k) }
        mutating func encode(_ v: UInt16, forKey k: Key) { encode(UInt(v), forKey: k) }
        mutating func encode(_ v: UInt32, forKey k: Key) { encode(UInt(v), forKey: k) }
        mutating func encode(_ v: UInt64, forKey k: Key) { key(k); sink.tag(0x75); sink.add(v) }
        mutating func encode<T: Encodable>(_ v: T, forKey k: Key) { key(k); StableDigest.feed(v, into: sink) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type, forKey k: Key) -> KeyedEncodingContainer<N> {
            key(k); sink.tag(0x7B)
            return KeyedEncodingContainer(Keyed<N>(sink: sink))
        }
        mutating func nestedUnkeyedContainer(forKey k: Key) -> UnkeyedEncodingContainer {
            key(k); sink.tag(0x5B)
            return Unkeyed(sink: sink)
        }
        mutating func superEncoder() -> Encoder { DigestEncoder(sink: sink) }
        mutating func superEncoder(forKey k: Key) -> Encoder { key(k); return DigestEncoder(sink: sink) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [CodingKey] { [] }
        var count = 0

        mutating func next() { count += 1; sink.tag(0x2C) }
        mutating func encodeNil() { next(); sink.tag(0x30) }
        mutating func encode(_ v: Bool) { next(); sink.tag(v ? 0x74 : 0x66) }
        mutating func encode(_ v: String) { next(); sink.string(v) }
        mutating func encode(_ v: Double) { next(); sink.tag(0x44); sink.add(v.bitPattern) }
        mutating func encode(_ v: Float) { next(); sink.tag(0x46); sink.add(UInt64(v.bitPattern)) }
        mutating func encode(_ v: Int) { next(); sink.tag(0x69); sink.add(UInt64(bitPattern: Int64(v))) }
        mutating func encode(_ v: Int8) { encode(Int(v)) }
        mutating func encode(_ v: Int16) { encode(Int(v)) }
        mutating func encode(_ v: Int32) { encode(Int(v)) }
        mutating func encode(_ v: Int64) { encode(Int(v)) }
        mutating func encode(_ v: UInt) { next(); sink.tag(0x75); sink.add(UInt64(v)) }
        mutating func encode(_ v: UInt8) { encode(UInt(v)) }
        mutating func encode(_ v: UInt16) { encode(UInt(v)) }
        mutating func encode(_ v: UInt32) { encode(UInt(v)) }
        mutating func encode(_ v: UInt64) { next(); sink.tag(0x75); sink.add(v) }
        mutating func encode<T: Encodable>(_ v: T) { next(); StableDigest.feed(v, into: sink) }
        mutating func nestedContainer<N: CodingKey>(keyedBy: N.Type) -> KeyedEncodingContainer<N> {
            next(); sink.tag(0x7B)
            return KeyedEncodingContainer(Keyed<N>(sink: sink))
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            next(); sink.tag(0x5B)
            return Unkeyed(sink: sink)
        }
        mutating func superEncoder() -> Encoder { next(); return DigestEncoder(sink: sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() { sink.tag(0x30) }
        mutating func encode(_ v: Bool) { sink.tag(v ? 0x74 : 0x66) }
        mutating func encode(_ v: String) { sink.string(v) }
        mutating func encode(_ v: Double) { sink.tag(0x44); sink.add(v.bitPattern) }
        mutating func encode(_ v: Float) { sink.tag(0x46); sink.add(UInt64(v.bitPattern)) }
        mutating func encode(_ v: Int) { sink.tag(0x69); sink.add(UInt64(bitPattern: Int64(v))) }
        mutating func encode(_ v: Int8) { encode(Int(v)) }
        mutating func encode(_ v: Int16) { encode(Int(v)) }
        mutating func encode(_ v: Int32) { encode(Int(v)) }
        mutating func encode(_ v: Int64) { encode(Int(v)) }
        mutating func encode(_ v: UInt) { sink.tag(0x75); sink.add(UInt64(v)) }
        mutating func encode(_ v: UInt8) { encode(UInt(v)) }
        mutating func encode(_ v: UInt16) { encode(UInt(v)) }
        mutating func encode(_ v: UInt32) { encode(UInt(v)) }
        mutating func encode(_ v: UInt64) { sink.tag(0x75); sink.add(v) }
        mutating func encode<T: Encodable>(_ v: T) { StableDigest.feed(v, into: sink) }
    }
}
