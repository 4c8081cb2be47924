import Testing
import BilatCore

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test func descriptionIsCompilerStyle() {
        let at = SourceLocation(path: "Datasets/figures.csv", line: 3, column: 14)
        let d = Diagnostic.error("cannot read '$1.6 billion deal'", at: at, accepted: "an amount ($11.7 million)")
        #expect(d.description == "Datasets/figures.csv:3:14: error: cannot read '$1.6 billion deal'; accepted: an amount ($11.7 million)")
    }

    @Test func descriptionOmitsWhatIsUnknown() {
        #expect(Diagnostic.error("empty period").description == "error: empty period")
        #expect(Diagnostic.warning("odd", accepted: "x").description == "warning: odd; accepted: x")
        let at = SourceLocation(path: "a.csv", line: 1, column: 1)
        #expect(Diagnostic(.note, "see here", at: at).description == "a.csv:1:1: note: see here")
    }

    @Test func locatedMovesTheDiagnostic() {
        let d = Diagnostic.error("bad", accepted: "good")
        let at = SourceLocation(path: "x.csv", line: 2, column: 5).advanced(by: 3)
        let moved = d.located(at: at)
        #expect(moved.location == SourceLocation(path: "x.csv", line: 2, column: 8))
        #expect(moved.description == "x.csv:2:8: error: bad; accepted: good")
        #expect(d.location == nil)
    }

    @Test func readersDiagnosticsLocateLikeAnyOther() {
        guard case .failure(let d) = QuantityReader.read("$5 manat") else {
            Issue.record("'$5 manat' should not read")
            return
        }
        let at = SourceLocation(path: "Datasets/figures.csv", line: 7, column: 22)
        #expect(d.located(at: at).description.hasPrefix("Datasets/figures.csv:7:22: error: cannot read '$5 manat'"))
        #expect(d.located(at: at).description.contains("; accepted: \(QuantityReader.acceptedForms)"))
    }

    @Test func sortedByLocationOrdersByPathThenLineThenColumn() {
        func d(_ name: String, _ path: String?, _ line: Int = 0, _ column: Int = 0) -> Diagnostic {
            Diagnostic.error(name, at: path.map { SourceLocation(path: $0, line: line, column: column) })
        }
        let diagnostics = [
            d("b-2-1", "b.csv", 2, 1),
            d("a-10-1", "a.csv", 10, 1),
            d("a-2-9", "a.csv", 2, 9),
            d("whole-input-1", nil),
            d("a-2-10", "a.csv", 2, 10),
            d("b-1-50", "b.csv", 1, 50),
            d("a-2-9-second", "a.csv", 2, 9),
            d("whole-input-2", nil),
        ]
        let order = diagnostics.sortedByLocation().map(\.message)
        #expect(order == ["whole-input-1", "whole-input-2", "a-2-9", "a-2-9-second", "a-2-10", "a-10-1", "b-1-50", "b-2-1"])
    }

    @Test func severitiesOrderAndErrorsAreFound() {
        #expect(Diagnostic.Severity.error < .warning)
        #expect(Diagnostic.Severity.warning < .note)
        #expect([Diagnostic.warning("w")].hasErrors == false)
        #expect([Diagnostic.warning("w"), Diagnostic.error("e")].hasErrors)
        let all = DiagnosticsError([Diagnostic.error("one"), Diagnostic.warning("two")])
        #expect(all.description == "error: one\nwarning: two")
    }
}
