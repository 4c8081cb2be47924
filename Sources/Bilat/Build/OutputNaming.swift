/// The one place output file names come from: readable where it can be, never the same name for two
/// different things, never longer than a file system takes.
///
/// Each item brings a preferred name and an identity (everything that makes it that thing). The preferred
/// name is slugged (lower case, letters, digits and `_`; anything else a single `-`). When two items with
/// different identities would get the same slug, or a slug would pass `maxBytes`, or it is reserved, each
/// such item gets its slug (shortened if need be) followed by `-` and 8 hex digits of a hash of its
/// identity. That depends only on the item, never on the order items come in or on what else there is.
public enum OutputNaming {
    /// Bytes a name may take before its extension: well under the 255 of ext4, APFS and NTFS.
    public static let maxBytes = 160

    public struct Item: Sendable {
        public var preferred: String
        public var identity: String
        /// Hashed even without a clash: for names that another kind of output owns whether or not the data
        /// makes it this time (a notebook called `2021` beside the yearly reports).
        public var yields: Bool
        public init(preferred: String, identity: String, yields: Bool = false) {
            self.preferred = preferred
            self.identity = identity
            self.yields = yields
        }
    }

    /// One name per item, in the items' order. Items with the same identity get the same name.
    public static func names(_ items: [Item], reserved: Set<String> = []) -> [String] {
        let slugs = items.map { slug($0.preferred) }
        var identities: [String: Set<String>] = [:]
        for (item, s) in zip(items, slugs) { identities[s, default: []].insert(item.identity) }
        var names = zip(items, slugs).map { item, s -> String in
            let clash = item.yields || (identities[s]?.count ?? 0) > 1 || reserved.contains(s) || s.isEmpty || s.utf8.count > maxBytes
            return clash ? hashed(s, identity: item.identity) : s
        }
        // Two hashes alike (or a hashed name equal to a readable one): numbered in identity order.
        var owner: [String: String] = [:]
        for i in items.indices.sorted(by: { items[$0].identity < items[$1].identity }) {
            var name = names[i], n = 1
            while let other = owner[name], other != items[i].identity {
                n += 1
                name = names[i] + "-\(n)"
            }
            owner[name] = items[i].identity
            names[i] = name
        }
        return names
    }

    /// The slug cut to leave room for the hash, then the hash.
    static func hashed(_ slug: String, identity: String) -> String {
        let hash = String(Digest.of(identity).prefix(8))
        let head = prefix(slug, bytes: maxBytes - 9)
        return head.isEmpty ? hash : "\(head)-\(hash)"
    }

    /// Lower case; letters (any script), digits and `_` kept; every other run of characters one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "_" {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(c)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// At most `bytes` UTF-8 bytes, cut between characters, with no dash left at the end.
    static func prefix(_ text: String, bytes: Int) -> String {
        var out = "", used = 0
        for c in text {
            let size = c.utf8.count
            guard used + size <= bytes else { break }
            out.append(c)
            used += size
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
