import Foundation
import BilatCore
@testable import BilatDatasets
import BilatTestSupport
import Testing

/// SIPRI deals and TIV values as dataset rows: the conventions other importers and checks rely on.
@Suite struct SipriRowsTests {
    func rows(_ bytes: [UInt8], source: String = "sipri-register") -> SipriRows {
        let reading = SipriRegisterReader.read(bytes, path: "s.csv")
        var made = SipriRows(sourceID: source)
        reading.deals.forEach { made.add($0) }
        reading.tivValues.forEach { made.add($0) }
        return made
    }

    func figure(_ made: SipriRows, _ id: String) throws -> [String: String] {
        try #require(made.figures.first { $0["id"] == id }, "no figure \(id) in \(made.figures.map { $0["id"] ?? "" })")
    }

    @Test(arguments: [
        ("trade-register.csv", "sipri-trade-register"), ("TIV Import AZE 2018-2024.CSV", "sipri-tiv-import-aze-2018-2024"),
    ])
    func sourceIDsComeFromTheFileName(file: String, id: String) {
        #expect(SipriRows.sourceID(fileName: file) == id)
        #expect(SipriRows.sourceCells(fileName: file, layout: .classicRegister, accessed: "2025-03-13")
                == ["id": id, "publisher": "SIPRI", "title": "SIPRI Arms Transfers Database trade register \(file)",
                    "url": "https://armstrade.sipri.org/", "accessed": "2025-03-13"])
    }

    @Test func aClassicDealIsOrderedDeliveredTIVAndADealValueFromItsComment() throws {
        let made = rows(SipriFixtures.classic)
        let key = "sipri-pak-aze-2023-jf-17-thunder"
        #expect(made.figures.filter { $0["key"] == key }.map { $0["id"] ?? "" }
                == [key + "-ordered", key + "-delivered", key + "-tiv", key + "-value"])
        let common = ["reporter": "PAK", "partner": "AZE", "direction": "to_partner", "subject": "JF-17 Thunder (FGA aircraft)",
                      "source_id": "sipri-register", "key": key]
        #expect(try figure(made, key + "-ordered") == common.merging([
            "id": key + "-ordered", "indicator": "arms_ordered", "period": "2023", "as_reported": "24", "unit": "FGA aircraft",
            "note": "SIPRI trade register; New; TIV per unit 15 million TIV"]) { $1 })
        #expect(try figure(made, key + "-delivered") == common.merging([
            "id": key + "-delivered", "indicator": "arms_delivered", "period": "2024 to 2025", "as_reported": "6",
            "unit": "FGA aircraft", "status": "estimated",
            "note": "SIPRI trade register; New; TIV per unit 15 million TIV; number delivered uncertain; delivered in 2024, 2025"]) { $1 })
        #expect(try figure(made, key + "-tiv")["as_reported"] == "90 million TIV")
        #expect(try figure(made, key + "-tiv")["unit"] == "TIV")
        #expect(try figure(made, key + "-value") == common.merging([
            "id": key + "-value", "indicator": "defence_deal_value", "period": "2023", "as_reported": "$1.6 billion",
            "note": "from the register's comment: '$1.6 b deal'"]) { $1 })
    }

    @Test func statusesSaySignedAsOfTheOrderAndDeliveredAsOfTheLastDelivery() throws {
        let made = rows(SipriFixtures.classic)
        let key = "sipri-pak-aze-2023-jf-17-thunder"
        #expect(made.statuses.filter { $0["key"] == key } == [
            ["id": key + "-signed", "subject": "JF-17 Thunder (FGA aircraft)", "status": "signed", "as_of": "2023",
             "source_id": "sipri-register", "note": "SIPRI: ordered 2023, 24 ordered", "key": key],
            ["id": key + "-delivered", "subject": "JF-17 Thunder (FGA aircraft)", "status": "delivered", "as_of": "2025",
             "source_id": "sipri-register", "note": "SIPRI: 6 of 24 delivered in 2024, 2025", "key": key],
        ])
        // Ordered, number not yet known, nothing delivered: signed only, and no arms_ordered figure.
        let tb2 = "sipri-tur-aze-2024-bayraktar-tb2"
        #expect(made.statuses.filter { $0["key"] == tb2 }.map { $0["status"] ?? "" } == ["signed"])
        #expect(made.figures.filter { $0["key"] == tb2 }.isEmpty)
    }

    @Test func zeroTIVIsUnderHalfAMillionNeverZero() throws {
        let made = rows(SipriFixtures.classic)
        let tiv = try figure(made, "sipri-aze-pak-2020-b-181-bestmann-tiv")
        #expect(tiv["as_reported"] == "less than 0.5 million TIV")
        #expect(tiv["subject"] == "Bü-181 Bestmann (trainer aircraft)")
        #expect(!made.figures.contains { ($0["as_reported"] ?? "").hasPrefix("0 ") })
        let reading = QuantityReader.read("less than 0.5 million TIV")
        let q = try reading.get()
        #expect(q.value == 500000 && q.qualifier == .upperBound)
    }

    @Test func twoDealsAlikeInWeaponPairAndYearStayApart() throws {
        let made = rows(SipriFixtures.classic)
        let second = "sipri-pak-aze-2023-jf-17-thunder-2"
        #expect(try figure(made, second + "-ordered")["subject"] == "JF-17 Thunder (FGA aircraft), deal \(second)")
        #expect(try figure(made, second + "-value")["note"] == "from the register's comment: 'Part of $1.6 b deal'; the deal is part of a larger one of this value")
    }

    @Test func keysOfDealsAlikeNeverClash() throws {
        var made = SipriRows(sourceID: "s")
        let deal = try #require(SipriRegisterReader.read(SipriFixtures.classic, path: "s.csv").deals.first)
        var second = deal
        second.designation = "JF-17 Thunder-2"
        #expect([made.key(deal), made.key(deal), made.key(second), made.key(deal)] == [
            "sipri-pak-aze-2023-jf-17-thunder", "sipri-pak-aze-2023-jf-17-thunder-2", "sipri-pak-aze-2023-jf-17-thunder-2-2",
            "sipri-pak-aze-2023-jf-17-thunder-3"])
    }

    @Test func a2026DealHasOneDeliveredAndOneTIVFigurePerYear() throws {
        let made = rows(SipriFixtures.register2026)
        #expect(made.figures.filter { $0["key"] == "sipri-58240" }.map { $0["id"] ?? "" }
                == ["sipri-58240-delivered-2024", "sipri-58240-tiv-2024", "sipri-58240-delivered-2025", "sipri-58240-tiv-2025"])
        let estimated = try figure(made, "sipri-58240-delivered-2025")
        #expect(estimated["status"] == "estimated" && estimated["period"] == "2025" && estimated["as_reported"] == "2")
        #expect(estimated["note"] == "SIPRI deal 58240; New; TIV per unit 15 million TIV; number delivered is estimate")
        #expect(try figure(made, "sipri-58240-delivered-2024")["status"] == nil)
        #expect(made.statuses.filter { $0["key"] == "sipri-58240" }.map { "\($0["status"] ?? "") \($0["as_of"] ?? "")" }
                == ["signed 2023", "delivered 2025"])
    }

    @Test func tivTableValuesAreFiguresOfTheirSource() throws {
        let made = rows(SipriFixtures.tivTable, source: "sipri-tiv-import-aze")
        #expect(made.figures.map { $0["id"] ?? "" } == [
            "sipri-tiv-import-aze-pak-aze-2020", "sipri-tiv-import-aze-pak-aze-2022", "sipri-tiv-import-aze-pak-aze-2024",
            "sipri-tiv-import-aze-tur-aze-2018", "sipri-tiv-import-aze-tur-aze-2019"])
        #expect(try figure(made, "sipri-tiv-import-aze-pak-aze-2020") == [
            "id": "sipri-tiv-import-aze-pak-aze-2020", "indicator": "arms_tiv", "reporter": "PAK", "partner": "AZE",
            "direction": "to_partner", "subject": "major conventional arms", "period": "2020",
            "as_reported": "less than 0.5 million TIV", "unit": "TIV", "source_id": "sipri-tiv-import-aze",
            "note": "SIPRI TIV table; TIV of deliveries, not money; SIPRI's 0: under 0.5 million"])
        #expect(made.statuses.isEmpty)
    }
}
