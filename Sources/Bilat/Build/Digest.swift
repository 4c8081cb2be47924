/// A short fingerprint of text for rebuild bookkeeping (FNV-1a, 64 bits): it detects change, it is not a
/// security hash, and it needs no dependency.
public enum Digest {
    public static func of(_ text: String) -> String { of(bytes: text.utf8) }

    public static func of(bytes: some Sequence<UInt8>) -> String {
        var running = Running()
        running.add(bytes)
        return running.hex
    }

    /// A digest fed a piece at a time, for files read in chunks.
    public struct Running {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        public init() {}

        public mutating func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }

        public var hex: String {
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
    }
}

/// The version written into the manifest: the release, and a fingerprint of what the renderers make, so a
/// change to any renderer rebuilds every output. (`bilat build --check` compares bytes regardless.)
public enum BilatVersion {
    public static let release = "0.5.0"
    public static var current: String { "\(release)+\(RendererFingerprint.current)" }
}
