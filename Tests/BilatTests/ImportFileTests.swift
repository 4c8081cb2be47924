@testable import Bilat
import BilatCore
import BilatTestSupport
import Foundation
import Testing

/// Import files are read plain or gzipped, known by gzip's magic bytes, never by the name; a corrupt or
/// truncated gzip file is refused naming it.
@Suite struct ImportFileTests {
    let folder = TemporaryFolder("import-file")
    static let fixtures = Repository.root + "/Tests/Fixtures/Downloads/"

    func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + name)))
    }

    @Test(arguments: ["TradeData_2018.csv.gz", "TradeData_2018.csv", "named-plain.gz"])
    func gzipIsKnownByItsMagicBytes(name: String) throws {
        let plain = try bytes("TradeData_2018.csv")
        let gzipped = try bytes("TradeData_2018.csv.gz")
        #expect(gzipped.starts(with: [0x1F, 0x8B]))
        // A gzipped file named .csv is inflated; a plain file named .gz is read as it is.
        try folder.write(name, bytes: name.hasSuffix(".csv") ? gzipped : (name == "named-plain.gz" ? plain : gzipped))
        #expect(try ImportFile.read(folder.file(name), accepted: "a download") == plain)
        var chunks = try ImportFile.chunks(folder.file(name), accepted: "a download")
        #expect(chunks.isGzip == (name != "named-plain.gz"))
        var read: [UInt8] = []
        while let piece = try chunks.nextPiece() { read += piece }
        #expect(read == plain)
    }

    @Test func membersOneAfterAnotherAreOneText() throws {
        let plain = try bytes("TradeData_2018.csv"), gzipped = try bytes("TradeData_2018.csv.gz")
        try folder.write("twice.gz", bytes: gzipped + gzipped)
        #expect(try ImportFile.read(folder.file("twice.gz"), accepted: "a download") == plain + plain)
    }

    @Test func aLargeFileIsInflatedInPieces() throws {
        // 3 MiB of text: more than one piece out of zlib, from a file written by gzip(1) in pieces of a mebibyte.
        let line = Array("AZE,586,PAK,X,52,2018,TOTAL,All Commodities,0,false,W00,C00,0,,1234567.89,1234567.89,false\n".utf8)
        var plain: [UInt8] = []
        while plain.count < 3 << 20 { plain += line }
        try folder.write("big.csv", bytes: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", folder.file("big.csv")]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        var chunks = try ImportFile.chunks(folder.file("big.csv.gz"), accepted: "a download")
        var pieces = 0, read: [UInt8] = []
        while let piece = try chunks.nextPiece() { read += piece; pieces += 1 }
        #expect(read == plain)
        #expect(pieces == 4, "3 MiB and a little, in pieces of 1 MiB")
    }

    @Test(arguments: [
        ("corrupt", "cannot be inflated at compressed byte"),
        ("truncated", "the file ends inside a compressed stream"),
        ("trailing", "incorrect header check"),
    ])
    func aBrokenGzipFileIsRefusedNamingIt(damage: String, expected: String) throws {
        var gzipped = try bytes("TradeData_2018.csv.gz")
        switch damage {
        case "corrupt": for i in 20..<40 where i < gzipped.count { gzipped[i] ^= 0x5A }
        case "truncated": gzipped.removeLast(30)
        default: gzipped += Array("not gzip".utf8)
        }
        try folder.write("TradeData.csv.gz", bytes: gzipped)
        let path = folder.file("TradeData.csv.gz")
        #expect {
            _ = try ImportFile.read(path, accepted: "a download")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.message.hasPrefix("\(path) ") && diagnostic.message.contains(expected)
                && diagnostic.location == SourceLocation(path: path, line: 1, column: 1)
        }
    }

    @Test func streamedInputHasAStatedLimit() throws {
        try folder.write("d.csv", String(repeating: "x", count: 5000))
        var chunks = try ImportFile.chunks(folder.file("d.csv"), accepted: "a download", maximumBytes: 4096)
        #expect {
            while try chunks.nextPiece() != nil {}
        } throws: { error in
            (error as? Diagnostic)?.message == "\(folder.file("d.csv")) holds more than the 4096 bytes bilat reads from one file"
        }
        #expect(ImportFile.maximumStreamedBytes == 16_000_000_000)
    }

    @Test func aMissingFileIsRefused() throws {
        #expect {
            _ = try ImportFile.chunks(folder.file("none.csv"), accepted: "a download")
        } throws: { error in
            (error as? Diagnostic)?.message == "cannot read \(folder.file("none.csv"))"
        }
    }
}
