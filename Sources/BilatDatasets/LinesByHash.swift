/// The line each 64-bit hash was first seen on: what the duplicate checks of figures.csv keep per row.
///
/// A `[Int: Int32]` did this before; at a million rows its lookups and inserts were a tenth of the reading
/// thread: every key was hashed again (SipHash over a value that is already a hash), and each probe touched the
/// occupancy bitmap, the key and the value in three places. Here the hash itself picks the slot (open addressing,
/// linear probing) and the keys are one array, so a lookup is one memory access in the common case.
///
/// 0 marks an empty slot, so a hash of 0 is kept as 1: two such rows then look like duplicates by hash, which
/// only makes them suspects that the texts settle (``FigureRowReader``), as any collision does.
struct LinesByHash {
    private var keys: [Int] = []
    private var lines: [Int32] = []
    private var mask = -1
    private(set) var count = 0

    init() {}

    /// The line stored for `hash`, nil when there is none.
    subscript(hash: Int) -> Int32? {
        guard count > 0 else { return nil }
        let key = Self.key(hash)
        var slot = key & mask
        while true {
            let found = keys[slot]
            if found == key { return lines[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `line` for `hash`, replacing what was stored for it.
    mutating func set(_ hash: Int, line: Int32) {
        // At most three quarters full, as Swift's own dictionaries are.
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let key = Self.key(hash)
        var slot = key & mask
        while true {
            let found = keys[slot]
            if found == key { lines[slot] = line; return }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        lines[slot] = line
        count += 1
    }

    private static func key(_ hash: Int) -> Int { hash == 0 ? 1 : hash }

    private mutating func grow() {
        let (oldKeys, oldLines) = (keys, lines)
        let capacity = max(1024, keys.count * 2)
        keys = [Int](repeating: 0, count: capacity)
        lines = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, line) in zip(oldKeys, oldLines) where key != 0 {
            var slot = key & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            lines[slot] = line
            count += 1
        }
    }
}
