/// How rows of several datasets get ids that are unique across the project.
///
/// An id is kept as its dataset wrote it when no other dataset uses it in the same table; otherwise every
/// dataset's row with that id becomes `dataset/id`. The rule looks only at which datasets use an id, never
/// at the order they are read in, so a collision is resolved the same way every time. Should a qualified
/// id still meet another (a dataset whose ids contain `/`), `~2`, `~3`, … are added in a fixed order.
public enum ProjectIDs {
    /// For each dataset (by position), its ids renamed: only ids that change are listed.
    public static func renames(_ tables: [(dataset: String, ids: [String])]) -> [[String: String]] {
        guard tables.count > 1 else { return tables.map { _ in [:] } }
        var owners: [String: Int] = [:]
        for table in tables {
            for id in Set(table.ids) { owners[id, default: 0] += 1 }
        }
        var renames: [[String: String]] = tables.map { table in
            var map: [String: String] = [:]
            for id in table.ids where (owners[id] ?? 0) > 1 { map[id] = "\(table.dataset)/\(id)" }
            return map
        }
        // Qualified ids that meet an id already in use: rare, resolved in dataset, then id order.
        var used = Set(owners.keys.filter { (owners[$0] ?? 0) == 1 })
        for t in tables.indices {
            for id in renames[t].keys.sorted() {
                guard let qualified = renames[t][id] else { continue }
                var candidate = qualified, n = 1
                while used.contains(candidate) {
                    n += 1
                    candidate = "\(qualified)~\(n)"
                }
                used.insert(candidate)
                renames[t][id] = candidate
            }
        }
        return renames
    }
}
