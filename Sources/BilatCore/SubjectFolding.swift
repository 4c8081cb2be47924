extension Figure {
    /// A subject as two figures' subjects are compared when telling the same figure apart: regardless of case
    /// ("Commodity 1" and "commodity 1" are one subject). Without making a new string when there is nothing to
    /// lower (most subjects).
    public static func foldedSubject(_ text: String) -> String {
        let lower = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) } }
        return lower == true ? text : text.lowercased()
    }
}
