@testable import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// The two-stage import (a reading thread that makes text only of the cells it reads, and a writing thread)
/// writes the same bytes as the import read on one thread with every cell made text, and refuses a bad file
/// with the same located errors in the same order, leaving the dataset as it was.
@Suite struct ComtradeTwoStageImportTests {
    let folder = TemporaryFolder("import-two-stages")

    static let header = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate"

    static let descriptions = ["Cereals", "\"Fish, crustaceans\"", "\"Arms \"\"and\"\" ammunition\"",
                               "\"Furniture;\nbedding\"", "\"Café, thé\"", "\"Machinery, \"\"parts\"\"\r\nand more\"", "Cotton"]

    /// A download of `rows` rows (several pieces of a mebibyte) with every kind of row the guards see: World,
    /// monthly rows, TOTAL above chapters, DX, breakdowns, nulls, estimation flags, quoted cells over lines.
    static func download(rows: Int, separator: String = ",", damage: (Int, inout [String]) -> Void = { _, _ in }) -> [UInt8] {
        let reporters = ["AZE", "PAK", "TUR", "IRN"], partners = ["W00", "AZE", "PAK", "TUR", "IRN", "IND"]
        var text = (separator == "," ? header : header.replacingOccurrences(of: ",", with: "\t")) + "\r\n"
        for i in 0..<rows {
            let s = i / 24, chapter = i % 24 + 1
            let reporter = reporters[s % 4]
            let partner = partners[(s / 4) % 6] == reporter ? "CHN" : partners[(s / 4) % 6]
            let flow = i % 53 == 52 ? "DX" : ["X", "M", "RX", "RM"][(s / 24) % 4]
            let year = 2000 + (s / 96) % 20
            let monthly = s % 7 == 3
            let period = monthly ? "\(year)\(chapter % 12 < 9 ? "0" : "")\(chapter % 12 + 1)" : "\(year)"
            let total = chapter == 1 && s % 10 == 0
            var desc = total ? "All Commodities" : descriptions[i % descriptions.count]
            if separator != "," { desc = desc.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: "") }
            let value = i % 101 == 100 ? "" : "\(i * 37 % 100_000).\(i % 100)"
            let (cif, fob) = flow.hasSuffix("M") ? (value, "") : ("", value)
            var cells = ["C", monthly ? "M" : "A", "\(year)0101", "\(year)", monthly ? "\(chapter % 12 + 1)" : "52", period,
                         "\(100 + s % 4)", reporter, "\(reporter) name", flow, "flow \(flow)",
                         partner == "W00" ? "0" : "\(200 + (s / 4) % 6)", partner, partner == "W00" ? "World" : "\(partner) name",
                         "0", "W00", "World", "H5", "HS", "true", total ? "TOTAL" : (chapter < 10 ? "0\(chapter)" : "\(chapter)"),
                         desc, total ? "0" : "2", "false", "C00", "TOTAL CPC", "0", i % 37 == 36 ? "2100" : "0", "TOTAL MOT",
                         "-1", "N/A", "", i % 11 == 0 ? "true" : "false", "-1", "N/A", "", "false", "", i % 13 == 0 ? "1" : "false",
                         "", "false", cif, fob, value, i % 17 == 0 ? "4" : "0", i % 7 == 0 ? "false" : "true", "false"]
            damage(i, &cells)
            text += cells.joined(separator: separator) + (i % 2 == 0 ? "\r\n" : "\n")
        }
        return Array(text.utf8)
    }

    /// The dataset's files after importing `file` one way; the import's diagnostics when it is refused.
    /// The dataset's files before and after importing `file` one way (into a new mini dataset unless `again`),
    /// and the import's diagnostics when it is refused.
    func imported(_ file: String, oneThread: Bool, into name: String, again: Bool = false) throws
        -> (before: [String: [UInt8]], files: [String: [UInt8]], refusal: [String]?) {
        let dataset = folder.file(name + "/Datasets/mini")
        if !again { try MiniDataset.write(to: dataset) }
        let before = try snapshot(dataset)
        var request = ComtradeImportStage.Request(files: [file], dataset: dataset, accessed: "2024-05-01")
        request.inOneThread = oneThread
        var refusal: [String]?
        // The dataset's own path named as one, so both ways' messages compare.
        do { _ = try ComtradeImportStage.run(request) } catch {
            refusal = error.diagnostics.map { $0.description.replacingOccurrences(of: dataset, with: "DATASET") }
        }
        return (before, try snapshot(dataset), refusal)
    }

    func snapshot(_ dataset: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dataset) {
            files[name] = FileManager.default.contents(atPath: dataset + "/" + name).map { [UInt8]($0) }
        }
        return files
    }

    func expectSame(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) {
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, bytes) in a where b[name] != bytes {
            let diff = Golden.diff(expected: String(decoding: bytes, as: UTF8.self), actual: String(decoding: b[name] ?? [], as: UTF8.self))
            Issue.record("\(name) differs:\n\(diff.prefix(3000))")
        }
    }

    @Test(arguments: [",", "\t"])
    func bothWaysWriteTheSameBytes(separator: String) throws {
        let bytes = Self.download(rows: 12000, separator: separator)
        #expect(bytes.count > 2 << 20, "three pieces or more: \(bytes.count) bytes")
        try folder.write("TradeData_2010.csv", bytes: bytes)
        let file = folder.file("TradeData_2010.csv")
        let old = try imported(file, oneThread: true, into: "one")
        let new = try imported(file, oneThread: false, into: "two")
        #expect(old.refusal == nil, "\(old.refusal ?? [])")
        #expect(new.refusal == nil, "\(new.refusal ?? [])")
        #expect((old.files["figures.csv"]?.count ?? 0) > 1 << 20, "figures.csv checked in more than one piece")
        expectSame(old.files, new.files)
        // Again into the dataset that has them: nothing changes, either way.
        let again = try imported(file, oneThread: false, into: "two", again: true)
        #expect(again.refusal == nil)
        expectSame(new.files, again.files)
    }

    /// A newer release with revised values, into the dataset the first release made: the rows checked as they
    /// were written replace rows in the middle of figures.csv, and both ways write the same bytes (revisions too).
    @Test func aRevisedReleaseWritesTheSameBytesBothWays() throws {
        let first = Self.download(rows: 6000)
        let revised = Self.download(rows: 6500) { i, cells in
            if i % 9 == 4 && !cells[43].isEmpty { cells[43] = "\(i * 41 % 90_000).5" }
        }
        try folder.write("TradeData_2010.csv", bytes: first)
        let file = folder.file("TradeData_2010.csv")
        _ = try imported(file, oneThread: true, into: "one")
        _ = try imported(file, oneThread: false, into: "two")
        try folder.write("TradeData_2010.csv", bytes: revised)
        let old = try imported(file, oneThread: true, into: "one", again: true)
        let new = try imported(file, oneThread: false, into: "two", again: true)
        #expect(old.refusal == nil, "\(old.refusal ?? [])")
        #expect(new.refusal == nil, "\(new.refusal ?? [])")
        #expect(new.files["figures.csv"] != new.before["figures.csv"])
        #expect(new.files["revisions.csv"] != nil)
        expectSame(old.files, new.files)
    }

    /// Rows checked as they were written are still checked across rows: a figure the dataset already holds under
    /// another id is refused, both ways with the same error, and nothing is written.
    @Test func aFigureAlreadyThereUnderAnotherIdIsRefusedBothWays() throws {
        try folder.write("TradeData_2010.csv", bytes: Self.download(rows: 3000))
        let file = folder.file("TradeData_2010.csv")
        var refusals: [[String]] = []
        for (name, oneThread) in [("one", true), ("two", false)] {
            _ = try imported(file, oneThread: oneThread, into: name)
            // The first figure's id changed by hand: the import adds its row again, the same figure under its own id.
            let path = folder.file(name + "/Datasets/mini/figures.csv")
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let figure = try #require(lines.firstIndex { $0.hasPrefix("ct-") })
            lines[figure] = "renamed-" + lines[figure]
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let again = try imported(file, oneThread: oneThread, into: name, again: true)
            let refusal = try #require(again.refusal)
            #expect(refusal.contains { $0.contains("the same figure as line \(figure + 1)") }, "\(refusal)")
            expectSame(again.before, again.files)
            refusals.append(refusal)
        }
        #expect(refusals[0] == refusals[1])
    }

    @Test func aBadFileIsRefusedWithTheSameErrorsInTheSameOrder() throws {
        let bytes = Self.download(rows: 12000) { i, cells in
            switch i {
            case 40: cells[43] = "12 thousand"                  // primaryValue, in the first piece
            case 4100: cells[30] = "N\"A"                        // a stray quote in a column the import never reads
            case 6000: cells[22] = "two"                         // aggrLevel
            case 6001: cells.removeLast(3)                       // a short row
            case 11000: cells[45] = "maybe"                      // isReported, in the last piece
            default: break
            }
        }
        try folder.write("TradeData_bad.csv", bytes: bytes)
        let file = folder.file("TradeData_bad.csv")
        let old = try imported(file, oneThread: true, into: "one")
        let new = try imported(file, oneThread: false, into: "two")
        let refusal = try #require(new.refusal)
        #expect(old.refusal == refusal, "\(Golden.diff(expected: (old.refusal ?? []).joined(separator: "\n"), actual: refusal.joined(separator: "\n")))")
        #expect(refusal.count == 6, "five errors and the note: \(refusal)")
        #expect(refusal.contains { $0.contains("primaryValue '12 thousand' is not a number") }, "\(refusal)")
        #expect(refusal.contains { $0.contains("a double quote inside an unquoted cell") }, "\(refusal)")
        // Nothing written: the dataset is as it was, scratch files gone.
        expectSame(new.before, new.files)
        expectSame(old.before, old.files)
    }
}
