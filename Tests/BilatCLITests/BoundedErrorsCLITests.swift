import BilatTestSupport
import Foundation
import Testing

/// Bad input costs bounded output and memory: errors past the first thousand are counted, not printed, and a
/// table read whole has a size limit.
@Suite struct BoundedErrorsCLITests {
    let folder = TemporaryFolder("bounded")

    @Test func errorsPastTheFirstThousandAreCounted() throws {
        let rows = (0..<2_500).map { "x\($0)\n" }.joined()
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["figures.csv": MiniDataset.figures + rows])
        let run = try BilatBinary.run(["ingest"], in: folder.path)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains(": error: ") }.count == 1_000)
        #expect(lines.first?.hasPrefix("Datasets/mini/figures.csv:6:1: error: this row has 1 cell") == true, "\(lines.first ?? "")")
        #expect(lines.suffix(2) == [
            "… and 1,500 more errors not shown: the first 1,000 found are listed above",
            "2500 errors; nothing was written to Output/bilat.sqlite",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.file("Output/bilat.sqlite")))
    }

    @Test func aTableReadWholeHasASizeLimit() throws {
        let row = "s%d,Publisher,A title long enough to make the file large quickly,Author,,2020-01-01,,\n"
        var sources = MiniDataset.sources
        sources.reserveCapacity(17 << 20)
        var i = 0
        while sources.utf8.count <= 16 << 20 { sources += row.replacingOccurrences(of: "%d", with: String(i)); i += 1 }
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["sources.csv": sources])
        let run = try BilatBinary.run(["ingest"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Datasets/mini/sources.csv:1:1: error: sources.csv is 16 MiB; bilat reads this table whole and takes at most 16 MiB of it; accepted: "), "\(run.stderr)")
        #expect(run.stderr.contains("split the dataset into several folders"))
    }
}
