import Foundation
import BilatCore
@testable import BilatDatasets
import BilatTestSupport
import Testing

/// The three SIPRI layouts read from fixtures written in their exact shape, traps included.
@Suite struct SipriReaderTests {
    func read(_ bytes: [UInt8], path: String = "s.csv") -> SipriReading { SipriRegisterReader.read(bytes, path: path) }

    func deal(_ reading: SipriReading, _ designation: String, _ n: Int = 0) throws -> SipriDeal {
        let found = reading.deals.filter { $0.designation == designation }
        try #require(n < found.count, "no deal \(designation) #\(n)")
        return found[n]
    }

    @Test func classicRegisterIsReadPastItsPreambleInLatin1() throws {
        let reading = read(SipriFixtures.classic)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.layout == .classicRegister)
        #expect(reading.deals.map(\.designation) == ["JF-17 Thunder", "MILGEM", "Bayraktar TB2", "Bü-181 Bestmann", "JF-17 Thunder"])
        #expect(reading.skipped.map(\.location) == [SourceLocation(path: "s.csv", line: 18, column: 1)])
        #expect(reading.skipped.first?.reason == "Supplier 'unknown supplier(s)' is a non-state or unknown party in SIPRI's register; bilat stores countries")
        // The bare CR inside the comment is a space, not a new row; é and ü are Latin-1 bytes read as themselves.
        let milgem = try deal(reading, "MILGEM")
        #expect(milgem.comments == "$1.5 b deal; built at Santa Fé yard second line of the comment")
        #expect(try deal(reading, "Bü-181 Bestmann").comments == "Aid; Wärtsilä engines")
    }

    struct ClassicRow: Sendable, CustomTestStringConvertible {
        var designation: String, n: Int
        var supplier: String, recipient: String
        var orderYear: Int?, orderYearEstimated: Bool, ordered: Decimal?, orderedEstimated: Bool
        var years: [[Int]], delivered: [Decimal], deliveredEstimated: [Bool], tiv: [SipriTIV?]
        var testDescription: String { "\(designation) #\(n)" }
    }

    @Test(arguments: [
        ClassicRow(designation: "JF-17 Thunder", n: 0, supplier: "PAK", recipient: "AZE", orderYear: 2023, orderYearEstimated: false,
                   ordered: 24, orderedEstimated: false, years: [[2024, 2025]], delivered: [6], deliveredEstimated: [true], tiv: [.millions(90)]),
        ClassicRow(designation: "MILGEM", n: 0, supplier: "TUR", recipient: "PAK", orderYear: 2018, orderYearEstimated: true,
                   ordered: 4, orderedEstimated: true, years: [[2023, 2024]], delivered: [2], deliveredEstimated: [false], tiv: [.millions(300)]),
        // Number ordered empty: not yet known, never zero; nothing delivered: no delivery.
        ClassicRow(designation: "Bayraktar TB2", n: 0, supplier: "TUR", recipient: "AZE", orderYear: 2024, orderYearEstimated: true,
                   ordered: nil, orderedEstimated: false, years: [], delivered: [], deliveredEstimated: [], tiv: []),
        // TIV 0: under 0.5 million, not zero.
        ClassicRow(designation: "Bü-181 Bestmann", n: 0, supplier: "AZE", recipient: "PAK", orderYear: 2020, orderYearEstimated: false,
                   ordered: 50, orderedEstimated: true, years: [[2021]], delivered: [50], deliveredEstimated: [true], tiv: [.underHalfMillion]),
        ClassicRow(designation: "JF-17 Thunder", n: 1, supplier: "PAK", recipient: "AZE", orderYear: 2023, orderYearEstimated: false,
                   ordered: 12, orderedEstimated: false, years: [], delivered: [], deliveredEstimated: [], tiv: []),
    ])
    func classicRowsAreReadExactly(row: ClassicRow) throws {
        let d = try deal(read(SipriFixtures.classic), row.designation, row.n)
        #expect(d.supplier.iso == row.supplier && d.recipient.iso == row.recipient && d.dealID == nil)
        #expect(d.orderYear == row.orderYear && d.orderYearEstimated == row.orderYearEstimated)
        #expect(d.ordered == row.ordered && d.orderedEstimated == row.orderedEstimated)
        #expect(d.deliveries.map(\.years) == row.years)
        #expect(d.deliveries.map(\.number) == row.delivered)
        #expect(d.deliveries.map(\.numberEstimated) == row.deliveredEstimated)
        #expect(d.deliveries.map(\.tiv) == row.tiv)
    }

    @Test func register2026RowsOfOneDealBecomeOneDealWithItsYears() throws {
        let reading = read(SipriFixtures.register2026)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.layout == .register2026)
        #expect(reading.deals.map(\.dealID) == ["58240", "61001", "61002"])
        #expect(reading.skipped.map(\.location) == [SourceLocation(path: "s.csv", line: 17, column: 1)])
        let jf17 = try deal(reading, "JF-17 Thunder")
        #expect(jf17.supplier == SipriParty(name: "Pakistan", iso: "PAK") && jf17.recipient == SipriParty(name: "Azerbaijan", iso: "AZE"))
        #expect(jf17.subject == "JF-17 Thunder (FGA aircraft)")
        #expect(jf17.orderYear == 2023 && !jf17.orderYearEstimated && jf17.ordered == nil)
        #expect(jf17.deliveries.map(\.years) == [[2024], [2025]])
        #expect(jf17.deliveries.map(\.number) == [4, 2])
        // `Yes` is an estimate; a blank flag (the newest year) is not.
        #expect(jf17.deliveries.map(\.numberEstimated) == [false, true])
        #expect(jf17.deliveries.map(\.yearEstimated) == [false, false])
        #expect(jf17.deliveries.map(\.tiv) == [.millions(60), .millions(30)])
        #expect(jf17.deliveries.map(\.location) == [SourceLocation(path: "s.csv", line: 13, column: 71), SourceLocation(path: "s.csv", line: 14, column: 71)])
        let btr = try deal(reading, "BTR-60PB")
        #expect(btr.status == "Second hand" && btr.tivPerUnit == .millions(Decimal(string: "0.1") ?? 0))
        #expect(btr.deliveries.map(\.tiv) == [.millions(Decimal(string: "0.3") ?? 0)])
        #expect(btr.deliveries.map(\.yearEstimated) == [true])
    }

    @Test func tivTableValuesAreKeptBlankIsNoneAndZeroIsUnderHalf() throws {
        let reading = read(SipriFixtures.tivTable)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.layout == .tivTable)
        let values = reading.tivValues.map { "\($0.supplier.iso)>\($0.recipient.iso) \($0.firstYear) \($0.tiv)" }
        #expect(values == ["PAK>AZE 2020 underHalfMillion", "PAK>AZE 2022 millions(12)", "PAK>AZE 2024 millions(90)",
                           "TUR>AZE 2018 millions(5)", "TUR>AZE 2019 millions(3)"])
        #expect(reading.tivValues.first?.location == SourceLocation(path: "s.csv", line: 12, column: 12))
        #expect(reading.skipped.map(\.location) == [SourceLocation(path: "s.csv", line: 15, column: 1)])
    }

    /// A few classic rows have a line break inside the comment: the two lines are one row, each cell located.
    @Test func aRowBrokenInsideItsCommentIsOneRow() throws {
        let text = SipriFixtures.classicText.replacingOccurrences(of: "Aid; Wärtsilä engines,0,0,0", with: "Aid; Wärtsilä\nengines,0,0,x")
        let reading = read(SipriFixtures.latin1(text))
        #expect(reading.deals.isEmpty == false)
        let refusal = try #require(reading.diagnostics.first)
        #expect(reading.diagnostics.count == 1)
        #expect(refusal.message == "SIPRI TIV of delivered weapons 'x' cannot be read")
        #expect(refusal.location == SourceLocation(path: "s.csv", line: 17, column: 13))
        let fixed = read(SipriFixtures.latin1(text.replacingOccurrences(of: "engines,0,0,x", with: "engines,0,0,0")))
        #expect(fixed.diagnostics.isEmpty)
        #expect(try deal(fixed, "Bü-181 Bestmann").comments == "Aid; Wärtsilä engines")
        #expect(fixed.deals.count == 5 && fixed.skipped.map(\.location.line) == [19])
    }

    @Test func thePreambleSaysWhenTheDataWereGenerated() {
        #expect(read(SipriFixtures.classic).generated == "2025-03-13")
        #expect(read(SipriFixtures.register2026).generated == "2026-02-12")
        #expect(read(SipriFixtures.tivTable).generated == "2022-04-22")
        #expect(read(Array(SipriFixtures.tivTableText.replacingOccurrences(of: "Generated: 22 April 2022", with: "Generated: soon").utf8)).generated == nil)
    }

    @Test func anExporterTableHasTheTitleCountryAsSupplier() throws {
        let text = SipriFixtures.tivTableText.replacingOccurrences(of: "exports to Azerbaijan", with: "exports from Azerbaijan")
        let reading = read(Array(text.utf8))
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.tivValues.map { "\($0.supplier.iso)>\($0.recipient.iso)" } == ["AZE>PAK", "AZE>PAK", "AZE>PAK", "AZE>TUR", "AZE>TUR"])
    }

    @Test(arguments: [
        // An unknown country name, at its cell, with what is read.
        (SipriFixtures.classicText.replacingOccurrences(of: "Pakistan,Turkiye,2018", with: "Pakistan,Atlantis,2018"), "s.csv:14:10",
         "Supplier 'Atlantis' is a name bilat cannot map to a country code"),
        (SipriFixtures.classicText.replacingOccurrences(of: ",2020,,50,?,", with: ",2020,x,50,?,"), "s.csv:16:26",
         "the column after Year of order 'x' cannot be read"),
        (SipriFixtures.classicText.replacingOccurrences(of: "2024; 2025", with: "2024; 20x5"), "s.csv:13:62",
         "Year(s) of delivery '2024; 20x5' has '20x5', not a year"),
        (SipriFixtures.classicText.replacingOccurrences(of: ",15,360,90", with: ",15,360,ninety"), "s.csv:13:113",
         "SIPRI TIV of delivered weapons 'ninety' cannot be read"),
        (SipriFixtures.classicText.replacingOccurrences(of: "Aid; Wärtsilä", with: "Aid, Wärtsilä"), "s.csv:16:1",
         "this row has 17 cells but the header has 16"),
        (SipriFixtures.register2026Text.replacingOccurrences(of: "2023,No,2,Yes", with: "2023,No,2,Maybe"), "s.csv:14:73",
         "Numbers delivered is estimate 'Maybe' cannot be read"),
        (SipriFixtures.tivTableText.replacingOccurrences(of: "Turkiye,5,3", with: "Turkiye,5,n/a"), "s.csv:13:11",
         "the TIV 'n/a' for 2019 cannot be read"),
        (SipriFixtures.tivTableText.replacingOccurrences(of: "TIV of arms exports to Azerbaijan", with: "Arms"), "s.csv:1:1",
         "the TIV table has no title saying whose table it is"),
    ])
    func badInputIsRefusedWhereItLies(text: String, at location: String, message: String) throws {
        let reading = read(SipriFixtures.latin1(text))
        let first = try #require(reading.diagnostics.first)
        #expect(first.location?.description == location, "\(first)")
        #expect(first.message == message, "\(first.message)")
        #expect(first.accepted?.isEmpty == false)
    }

    @Test func anUnknownHeaderNamesTheLayoutsReadAndTheHeaderFound() throws {
        let reading = read(Array("A title\nRecipient,Supplier,Year,Weapon\nAzerbaijan,Pakistan,2020,X\n".utf8))
        let refusal = try #require(reading.diagnostics.first)
        #expect(reading.layout == nil && reading.deals.isEmpty)
        #expect(refusal.location == SourceLocation(path: "s.csv", line: 2, column: 1))
        #expect(refusal.message == "no header row is in a SIPRI layout bilat reads (found: Recipient,Supplier,Year,Weapon)")
        let accepted = refusal.accepted ?? ""
        #expect(accepted.hasPrefix("SIPRI trade register (armstrade.sipri.org, 16 columns): Recipient,Supplier,Year of order,' ',"), "\(accepted)")
        #expect(accepted.contains("SIPRI trade register (armstransfers.sipri.org 2026, 17 columns): SIPRI AT Database ID,"))
        #expect(accepted.contains("SIPRI TIV table"))
    }

    @Test(arguments: [
        ("$184 m deal", "$184 million", false),
        ("$572 m deal (bought via and financed by USA); Mi-17V-5 version", "$572 million", false),
        ("$375m deal (bought via and financed by USA)", "$375 million", false),
        ("Part of $1 b deal; M-1152A1B2 version", "$1 billion", true),
        ("$427 m 'LAS' deal (financed by USA)", "$427 million", false),
        ("Second-hand; $19 m deal (bought via USA)", "$19 million", false),
        ("$17-20 m deal", "$17–20 million", false),
    ])
    func dealValuesInCommentsAreFound(comment: String, asReported: String, isPart: Bool) throws {
        let value = try #require(SipriDealValue.find(in: comment))
        #expect(value.asReported == asReported && value.isPart == isPart)
    }

    @Test(arguments: ["$17-20 m aid; MD-530F version", "Aid; MSFV version", "", "Incl $5 spare parts"])
    func commentsWithoutADealValueHaveNone(comment: String) {
        #expect(SipriDealValue.find(in: comment) == nil)
    }
}
