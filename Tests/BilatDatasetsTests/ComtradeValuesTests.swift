import Foundation
@testable import BilatDatasets
import Testing

/// The fast reading of plain Comtrade values gives what Foundation's parser gives: the same value and the same
/// text in figures.csv; anything it does not read is left to that parser.
@Suite struct ComtradeValuesTests {
    static let plain = ["28421", "28421.5", "28421.50", "28421.00", "1234.05", "0.5", ".5", "0.05", "007", "1.",
                        "100", "1000000000", "123456789012345678", "1234567890123456.78", "999999999999999999",
                        "0.000000000000000001", "867205724.04", "10.10"]
    static let general = ["-12", "+3", "1.5E7", "2e-3", "0", "0.00", "1234567890123456789", "12345678901234567890.5"]

    @Test(arguments: plain)
    func fastReadingMatchesFoundation(text: String) throws {
        let fast = try #require(ComtradeValues.unsignedDecimal(text))
        let foundation = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(fast == foundation)
        #expect(fast.plainText == foundation.plainText)
        #expect(fast.plainText == "\(foundation)")
        guard case .value(let read) = ComtradeValues.amount(text) else { Issue.record("\(text) not read"); return }
        #expect(read.plainText == foundation.plainText)
    }

    @Test(arguments: general)
    func otherFormsGoToFoundation(text: String) throws {
        #expect(ComtradeValues.unsignedDecimal(text) == nil)
        let foundation = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        guard case .value(let read) = ComtradeValues.amount(text) else { Issue.record("\(text) not read"); return }
        #expect(read == foundation)
    }

    @Test(arguments: ["", "null", "NULL", "1.2.3", "12a", "1,5", " 1", "--1"])
    func junkIsNotAFastNumber(text: String) {
        #expect(ComtradeValues.unsignedDecimal(text) == nil)
    }
}

/// A figure id's parts slugged byte by byte (ASCII) as the scalar loop slugs them.
@Suite struct ComtradeSlugTests {
    @Test(arguments: ["AZE", "pak", "X", "2018", "2018-05", "TOTAL", "0101", "partner2 W00 customs C00 transport 2100",
                      "--a--b--", "", "-", "A.B,C", "TradeData_2018 (1)", "z9Z", "@[`{"])
    func asciiSlugIsTheScalarSlug(text: String) {
        #expect(ComtradeFigureRows.slug(text) == ComtradeFigureRows.scalarSlug(text))
    }

    /// A figure id's parts written one after another into one buffer slug as each alone does.
    @Test(arguments: ["AZE", "TOTAL", "partner2 W00 customs C00 transport 2100", "--a--b--", "", "-", "A.B,C", "@[`{",
                      "Côte d'Ivoire", "z9Z-"])
    func appendedSlugIsTheSlug(text: String) {
        var bytes = Array("ct-".utf8)
        ComtradeFigureRows.appendSlug(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "ct-" + ComtradeFigureRows.slug(text))
    }

    @Test func nonASCIIGoesThroughScalars() {
        #expect(ComtradeFigureRows.slug("Côte d'Ivoire") == ComtradeFigureRows.scalarSlug("Côte d'Ivoire"))
    }
}
