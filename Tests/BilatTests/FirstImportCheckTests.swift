@testable import Bilat
import BilatCore
import BilatDatasets
import BilatTestSupport
import Foundation
import Testing

/// A first import (figures.csv without rows) does not read its merged figures.csv again: its rows were checked
/// as they were written, and across rows as they were merged. Whatever the download and the dataset, it must
/// write the same bytes and refuse with the same errors, in the same order, as the import that checks every row
/// in a full read of the merged file (`BILAT_IMPORT_FULL_CHECK`), and fall back to that read when in doubt.
@Suite struct FirstImportCheckTests {
    let folder = TemporaryFolder("first-import-check")

    static let figuresHeader = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note"

    /// The mini dataset with figures.csv as `figures` (nil: no file) and other files replaced, described anew.
    static func dataset(figures: String?, _ replacing: [String: String] = [:]) -> [String: String?] {
        var texts: [String: String] = ["sources.csv": MiniDataset.sources, "parties.csv": MiniDataset.parties,
                                       "indicators.csv": MiniDataset.indicators, "events.csv": MiniDataset.events]
        if let figures { texts["figures.csv"] = figures }
        texts.merge(replacing) { $1 }
        var headers = texts.mapValues { text in
            text.split(whereSeparator: \.isNewline).first.map { line in
                line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") }
            } ?? []
        }
        var result: [String: String?] = texts.mapValues { $0 }
        result["figures.csv"] = figures
        result["datapackage.json"] = DescriptorWriter.descriptor(.init(name: "mini", title: "Mini"), headers: headers)
        return result
    }

    /// Datasets a first import goes into: figures.csv without rows in every shape, and tables that make the rows
    /// checked as they were written not the rows the final tables check (so the full read must decide).
    static let datasets: [(name: String, files: [String: String?])] = [
        ("header only", dataset(figures: figuresHeader + "\n")),
        ("header with CRLF", dataset(figures: figuresHeader + "\r\n")),
        ("header without a line end", dataset(figures: figuresHeader)),
        ("header and blank lines", dataset(figures: figuresHeader + "\n\n\n")),
        ("columns in another order", dataset(figures: "id,note,as_of,source_id,status,unit,as_reported,compared_with,period,subject,direction,partner,reporter,indicator\n")),
        ("a column only SIPRI fills", dataset(figures: figuresHeader + ",key\n")),
        ("a header with a BOM", dataset(figures: "\u{FEFF}" + figuresHeader + "\n")),
        ("spaces in the header", dataset(figures: figuresHeader.replacingOccurrences(of: ",note", with: ", note") + "\n")),
        ("exports counted, not money", dataset(figures: figuresHeader + "\n", ["indicators.csv": MiniDataset.indicators + "exports,Exports,Goods sold abroad.,count\n"])),
        ("the download's source already there, published", dataset(figures: figuresHeader + "\n",
            ["sources.csv": MiniDataset.sources + "comtrade-tradedata-2010-csv,UN Comtrade,Earlier,,,2011-05-01,,\n"])),
        ("a party with a fiscal year", dataset(figures: figuresHeader + "\n",
            ["parties.csv": "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,07-01\n"])),
    ]

    /// Downloads, with what the import is asked: clean ones, and ones whose rows the final check refuses only
    /// across rows (a row twice, the same figure under another id, one file under two names) or earlier.
    static func downloads() -> [(name: String, files: [[UInt8]], breakdowns: Bool)] {
        func again(at rows: Set<Int>, changing change: (inout [String]) -> Void = { _ in }) -> [UInt8] {
            var previous: [String] = []
            return ComtradeTwoStageImportTests.download(rows: 2000) { i, cells in
                if rows.contains(i) && !previous.isEmpty { cells = previous; change(&cells) }
                previous = cells
            }
        }
        let clean = ComtradeTwoStageImportTests.download(rows: 2000)
        return [
            ("clean", [clean], false),
            ("clean, tab-separated", [ComtradeTwoStageImportTests.download(rows: 1800, separator: "\t")], false),
            ("clean, with breakdowns", [clean], true),
            ("a row twice", [again(at: [1201, 1202, 1903])], false),
            ("a row twice, by another mode of transport", [again(at: [1201, 1202, 1903]) { $0[27] = $0[27] == "0" ? "2100" : "0" }], true),
            ("one download under two names", [clean, clean], false),
            ("an unreadable value", [ComtradeTwoStageImportTests.download(rows: 2000) { i, cells in if i == 1500 { cells[43] = "12 thousand" } }], false),
            ("an area bilat cannot name", [ComtradeTwoStageImportTests.download(rows: 2000) { i, cells in if (900..<1000).contains(i) { cells[12] = "XYZ" } }], false),
        ]
    }

    struct Imported {
        var before: [String: [UInt8]], after: [String: [UInt8]]
        var refusal: [String]?
        var checkedAsMerged = false
    }

    func imported(_ files: [[UInt8]], breakdowns: Bool, into dataset: [String: String?], as name: String, fullCheck: Bool) throws -> Imported {
        let root = folder.file(name)
        let target = root + "/Datasets/mini"
        try MiniDataset.write(to: target, dataset)
        var paths: [String] = []
        for (n, bytes) in files.enumerated() {
            let path = root + "/TradeData_\(2010 + n).csv"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let before = try snapshot(target)
        var request = ComtradeImportStage.Request(files: paths, dataset: target, accessed: "2024-05-01", includeBreakdowns: breakdowns)
        request.fullCheck = fullCheck
        var result = Imported(before: before, after: [:])
        do { result.checkedAsMerged = try ComtradeImportStage.run(request).merged.checkedAsMerged } catch {
            result.refusal = error.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "ROOT") }
        }
        result.after = try snapshot(target)
        return result
    }

    func snapshot(_ dataset: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dataset) {
            files[name] = FileManager.default.contents(atPath: dataset + "/" + name).map { [UInt8]($0) }
        }
        return files
    }

    func expectSame(_ a: [String: [UInt8]], _ b: [String: [UInt8]], _ what: String) {
        #expect(a.keys.sorted() == b.keys.sorted(), "\(what)")
        for (name, bytes) in a where b[name] != bytes {
            let diff = Golden.diff(expected: String(decoding: bytes, as: UTF8.self), actual: String(decoding: b[name] ?? [], as: UTF8.self))
            Issue.record("\(what): \(name) differs:\n\(diff.prefix(3000))")
        }
    }

    @Test(arguments: Array(0..<(datasets.count * 8)))
    func writesAndRefusesAsTheFullCheck(pair: Int) throws {
        let downloads = Self.downloads()
        #expect(downloads.count == 8)
        let (dataset, download) = (Self.datasets[pair / 8], downloads[pair % 8])
        let what = "\(download.name) into a dataset with \(dataset.name)"
        let full = try imported(download.files, breakdowns: download.breakdowns, into: dataset.files, as: "full-\(pair)", fullCheck: true)
        let merged = try imported(download.files, breakdowns: download.breakdowns, into: dataset.files, as: "merged-\(pair)", fullCheck: false)
        #expect(merged.refusal == full.refusal, "\(what): \(Golden.diff(expected: (full.refusal ?? []).joined(separator: "\n"), actual: (merged.refusal ?? []).joined(separator: "\n")))")
        expectSame(full.after, merged.after, what)
        if full.refusal != nil {
            expectSame(merged.before, merged.after, what + ", refused")
            #expect(!merged.checkedAsMerged)
        }
        #expect(!full.checkedAsMerged, "the full check reads the merged file")
    }

    /// The short way is taken where nothing is in doubt, and never where a full read finds an error.
    @Test func theShortWayIsTakenOnlyWhenNothingIsInDoubt() throws {
        let clean = ComtradeTwoStageImportTests.download(rows: 2000)
        var taken: [String: Bool] = [:]
        for (n, dataset) in Self.datasets.enumerated() {
            let result = try imported([clean], breakdowns: false, into: dataset.files, as: "short-\(n)", fullCheck: false)
            #expect(result.refusal == nil || dataset.name.hasPrefix("exports"), "\(dataset.name): \(result.refusal ?? [])")
            taken[dataset.name] = result.checkedAsMerged
        }
        for name in ["header only", "header with CRLF", "header without a line end", "header and blank lines",
                     "columns in another order", "a party with a fiscal year"] {
            #expect(taken[name] == true, "\(name)")
        }
        // A header that is not the one the rows were rendered for: the full read decides.
        #expect(taken["spaces in the header"] == false)
        // Rows that fail their own check are read in full, where they are refused.
        #expect(taken["exports counted, not money"] == false)
    }

    /// The refusals the variants make are real: each bad download is refused, and the row twice across rows.
    @Test func badDownloadsAreRefusedAcrossRows() throws {
        let downloads = Self.downloads()
        let dataset = Self.datasets[0].files
        for (n, download) in downloads.enumerated() where !download.name.hasPrefix("clean") {
            let merged = try imported(download.files, breakdowns: download.breakdowns, into: dataset, as: "bad-\(n)", fullCheck: false)
            let refusal = try #require(merged.refusal, "\(download.name)")
            let expected = ["a row twice": "duplicate id", "a row twice, by another mode of transport": "duplicate id",
                            "one download under two names": "duplicate id", "an unreadable value": "is not a number",
                            "an area bilat cannot name": "XYZ"][download.name] ?? "?"
            #expect(refusal.contains { $0.contains(expected) }, "\(download.name): \(refusal.prefix(3))")
        }
    }
}
