/// A small deterministic generator for property tests, so a failing round can be replayed from its seed.
public struct SeededRandom {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    /// A number in 0..<n (0 when n is 0 or less).
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
