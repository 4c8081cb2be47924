import Foundation
import Testing
@testable import BilatCore

/// Observation is a shared, immutable class: it must still compare, hash and print as a value.
@Suite("Observation")
struct ObservationTests: AnalysisFixtures {
    @Test("two observations with the same fields are equal and hash alike; a changed value is not equal")
    func valueSemantics() throws {
        let a = try observation("t2021", "2021", 11_700_000)
        let b = try observation("t2021", "2021", 11_700_000)
        let c = try observation("t2021", "2021", 11_800_000)
        #expect(a == b && a !== b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }

    @Test("the printed form carries every field, since builds fingerprint inputs from it")
    func descriptionChangesWithTheValue() throws {
        let a = try observation("t2021", "2021", 11_700_000)
        let c = try observation("t2021", "2021", 11_800_000)
        #expect(String(describing: a) != String(describing: c))
        #expect(String(describing: a).contains("11700000") && String(describing: a).contains("t2021"))
        #expect(String(describing: a.renamed("other")).contains("\"other\""))
        // Nested in a struct (a growth row), the observation prints its fields too.
        let row = Growth.rows([a]).first!
        #expect(String(describing: row).contains("11700000"))
    }
}
