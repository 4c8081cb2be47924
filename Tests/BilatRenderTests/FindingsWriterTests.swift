import BilatCore
@testable import BilatRender
import BilatTestSupport
import Foundation
import Testing

/// `bilat check` writes its listing piece by piece (`FindingsWriter`); the bytes must be those
/// `FindingsOutput.render` gives as one text, for every format, wherever the pieces are cut.
@Suite struct FindingsWriterTests {
    /// Findings of generated datasets (`DatasetGenerator`), each dataset its own relationship, every third one
    /// accepted (so headings count accepted findings and rows give reasons), and each finding's context by id,
    /// as `bilat check` looks it up.
    static func generated(seed: UInt64, datasets: Int) -> (findings: [Finding], contexts: [String: FindingsOutput.Context]) {
        var generator = DatasetGenerator(rng: SplitMix64(seed: seed))
        var findings: [Finding] = [], contexts: [String: FindingsOutput.Context] = [:]
        for n in 0..<datasets {
            let dataset = generator.dataset(n)
            for f in Checks.run(dataset) {
                var f = f
                if findings.count % 3 == 0 { f.acceptedReason = "reviewed, \(findings.count)" }
                findings.append(f)
                if contexts[f.id] == nil { contexts[f.id] = .init(relationship: dataset.name, datasets: ["d-" + dataset.name]) }
            }
        }
        return (findings, contexts)
    }

    static func written(_ findings: [Finding], _ contexts: [String: FindingsOutput.Context], as format: OutputFormat,
                        pieces: Int) throws -> String {
        var out: [UInt8] = []
        try FindingsWriter.write(findings, as: format, context: { contexts[$0.id] ?? .init() }, pieceFindings: pieces) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    static let cases: [(seed: UInt64, datasets: Int)] = [(2, 3), (3, 8), (19, 12), (40, 20)]

    @Test(arguments: cases.indices, OutputFormat.allCases)
    func sameBytesAsTheWholeListing(_ c: Int, _ format: OutputFormat) throws {
        let (findings, contexts) = Self.generated(seed: Self.cases[c].seed, datasets: Self.cases[c].datasets)
        #expect(findings.count > 2)
        #expect(Set(contexts.values.map(\.relationship)).count > 1, "findings of several relationships name theirs")
        let expected = try FindingsOutput.render(findings, as: format) { contexts[$0.id] ?? .init() }
        for pieces in [1, 2, 7, FindingsWriter.standardPieceFindings] {
            let text = try Self.written(findings, contexts, as: format, pieces: pieces)
            #expect(text == expected, "seed \(Self.cases[c].seed), \(format), pieces of \(pieces): lengths \(text.utf8.count), \(expected.utf8.count)")
        }
    }

    /// One relationship: the table names none.
    @Test(arguments: OutputFormat.allCases)
    func oneRelationshipAsBefore(_ format: OutputFormat) throws {
        let (findings, contexts) = Self.generated(seed: 8, datasets: 1)
        #expect(!findings.isEmpty)
        #expect(try Self.written(findings, contexts, as: format, pieces: 3) == (try FindingsOutput.render(findings, as: format) { contexts[$0.id] ?? .init() }))
    }

    @Test(arguments: OutputFormat.allCases)
    func noFindingsAsBefore(_ format: OutputFormat) throws {
        #expect(try Self.written([], [:], as: format, pieces: 10) == (try FindingsOutput.render([], as: format)))
    }
}
