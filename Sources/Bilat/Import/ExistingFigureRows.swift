import BilatCore

/// The rows of figures.csv by id, held compactly for a merge of a million rows: every id's UTF-8 bytes in one
/// buffer, each row's first line and cell digest in flat arrays, and an open-addressed table of row numbers.
///
/// A `[String: Existing]` took about 120 bytes a row (a heap string per id over 15 bytes, the dictionary's
/// buckets); this takes 24 bytes plus the id's bytes and 8–16 bytes of table. Ids are found as a dictionary
/// keyed by String finds them: by String's own hash and equality (canonically equivalent ids are one id), with
/// the bytes compared first.
struct ExistingFigureRows {
    /// Every id's bytes, one after another; row `k`'s are `ids[idEnds[k - 1]..<idEnds[k]]`.
    private var ids: [UInt8] = []
    private var idEnds: [Int] = []
    /// Each row's first line, in file order (a row ends where the next begins: ``last(of:)``).
    private var firsts: [Int] = []
    private var digests: [Int] = []
    /// Row number + 1 per slot, 0 for an empty one; the count is a power of two, at most half full.
    private var slots: [UInt32] = []
    /// The file's last line, where the last row ends.
    var lastLine = 0
    /// String's hash by default; tests give one that collides.
    private let hash: (String) -> Int

    init(hash: @escaping (String) -> Int = ExistingFigureRows.stringHash) { self.hash = hash }

    /// Rows recorded, a repeated id counted each time.
    var count: Int { firsts.count }

    /// Records the row starting at `first`; the first row of an id is the one found (as ``TableMerge`` finds it).
    mutating func add(id: String, first: Int, digest: Int) throws(DiagnosticsError) {
        guard firsts.count < Int(UInt32.max) - 1 else {
            throw DiagnosticsError([.error("figures.csv has more rows than bilat merges (\(UInt32.max - 1))",
                                           accepted: "a dataset split into several folders")])
        }
        let row = firsts.count
        ids.append(contentsOf: id.utf8)
        idEnds.append(ids.count)
        firsts.append(first)
        digests.append(digest)
        if slots.count < 2 * (row + 1) { grow() }
        let mask = slots.count - 1
        var slot = hash(id) & mask
        while slots[slot] != 0 {
            if matches(Int(slots[slot]) - 1, id) { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = UInt32(row + 1)
    }

    /// The first row whose id is `id`: its lines and digest.
    func find(_ id: String) -> FigureMerge.Existing? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = hash(id) & mask
        while slots[slot] != 0 {
            let row = Int(slots[slot]) - 1
            if matches(row, id) { return FigureMerge.Existing(first: firsts[row], last: last(of: row), digest: digests[row]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The line before the next row's first (blank lines after a row belong to it), or the file's last line.
    private func last(of row: Int) -> Int { row + 1 < firsts.count ? firsts[row + 1] - 1 : lastLine }

    private func idBytes(_ row: Int) -> ArraySlice<UInt8> { ids[(row == 0 ? 0 : idEnds[row - 1])..<idEnds[row]] }

    /// Equal bytes are equal ids; other bytes may still be the same id in another Unicode normal form.
    private func matches(_ row: Int, _ id: String) -> Bool {
        let stored = idBytes(row)
        if stored.elementsEqual(id.utf8) { return true }
        if stored.allSatisfy({ $0 < 0x80 }) && id.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return String(decoding: stored, as: UTF8.self) == id
    }

    static func stringHash(_ id: String) -> Int {
        var hasher = Hasher()
        hasher.combine(id)
        return hasher.finalize() & Int.max
    }

    /// Doubles the table (at least 64 slots) and places every first row of an id again.
    private mutating func grow() {
        let old = slots
        slots = [UInt32](repeating: 0, count: max(64, old.count * 2))
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            let row = Int(entry) - 1
            var slot = hash(String(decoding: idBytes(row), as: UTF8.self)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
