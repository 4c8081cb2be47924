/// Sentences whose subject receives: "Pakistan received $1.2bn under the Saudi deferred oil payment facility".
extension Extractor {
    static let receivingVerbs: Set<String> = ["received", "receives", "receive", "obtained", "obtains", "secured", "secures", "got", "gets"]

    /// The country that is the subject of a receiving verb before `q` in its clause, and the other country named after
    /// that verb (the giver, if any). Nil when the clause has no such verb or subject.
    func receivingSubject(_ s: SentenceTokens, _ q: SpottedQuantity, mentions: [CountryMention]) -> (receiver: String, giver: String?)? {
        let clause = s.clause[q.first]
        guard let verb = (0..<q.first).last(where: { s.clause[$0] == clause && Self.receivingVerbs.contains(s.word($0) ?? "") }),
              let subject = mentions.last(where: { $0.last < verb && s.clause[$0.first] == clause && $0.role == .actor }) else { return nil }
        let giver = mentions.first { $0.first > verb && $0.code != subject.code }?.code
        return (subject.code, giver)
    }
}
