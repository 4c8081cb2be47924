import BilatTestSupport
import Foundation
import Testing

/// A build after a change plans and makes only the relationships the change reaches: each of the others is taken
/// as the last build left it, since its key (`RelationshipKey`: its rows, the notebooks, its folder, its query
/// cells' results) is the one the manifest records and its files are as that build left them. What it writes is
/// what a build from nothing writes (`bilat build --check` makes everything again and compares).
@Suite struct RelationshipReuseCLITests {
    let folder = TemporaryFolder("relationship-reuse")
    static let parties = "id,name\nAZE,Azerbaijan\nPAK,Pakistan\nTUR,Türkiye\nGEO,Georgia\n"
    /// Three relationships (AZE with PAK, TUR and GEO), two years each, every figure citing `today`.
    static let figures = "id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note\n"
        + [("PAK", 11), ("TUR", 21), ("GEO", 31)].flatMap { partner, millions in
            (2020...2021).map { year in
                "\(partner.lowercased())-\(year),trade_turnover,AZE,\(partner),both,,\(year),,$\(millions + year - 2020) million,,,today,,\n"
            }
        }.joined()

    init() throws {
        try MiniDataset.write(to: folder.file("Datasets/mini"), ["parties.csv": Self.parties, "figures.csv": Self.figures])
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(reused(first) == "0 of 3", "\(first.stderr)")
    }

    /// `bilat build` with its stage timings, which say how many relationships were taken as they were.
    func build() throws -> BinaryRun {
        try Program.run("/usr/bin/env", ["BILAT_TIMINGS=1", BilatBinary.path, "build"], in: folder.path)
    }

    /// "2 of 3" from the timing line `plan: 2 of 3 relationships as the last build left them`.
    func reused(_ run: BinaryRun) -> String? {
        guard let line = run.stderr.split(separator: "\n").first(where: { $0.contains("relationships as the last build left them") }),
              let range = line.range(of: "plan: ") else { return nil }
        return line[range.upperBound...].components(separatedBy: " relationships").first
    }

    /// The outputs a run rebuilt, relative to Output/.
    func rebuilt(_ run: BinaryRun) -> [String: String] {
        var out: [String: String] = [:]
        for line in run.stdout.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("rebuilt Output/"), let colon = text.range(of: ": ") else { continue }
            out[String(text[text.index(text.startIndex, offsetBy: 15)..<colon.lowerBound])] = String(text[colon.upperBound...])
        }
        return out
    }

    func edit(_ file: String, _ old: String, _ new: String) throws {
        let path = folder.file(file)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(file) has \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    func expectUpToDate() throws {
        let check = try BilatBinary.run(["build", "--check"], in: folder.path)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func oneFigureChangedPlansAndMakesOnlyItsRelationship() throws {
        try edit("Datasets/mini/figures.csv", "$22 million", "$23 million")
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == "2 of 3", "\(run.stderr)")
        let changed = rebuilt(run)
        #expect(changed["aze-tur/reports/2021.html"]?.contains("figures changed (1 changed)") == true, "\(changed)")
        #expect(changed.keys.allSatisfy { $0.hasPrefix("aze-tur/") || $0.hasPrefix("csv/") || $0 == "index.html" }, "\(changed)")
        #expect(try folder.read("Output/aze-tur/reports/2021.html").contains("$23 million"))
        try expectUpToDate()
        // Nothing changed since: every relationship is as left, and nothing is rebuilt.
        #expect(try BilatBinary.run(["build"], in: folder.path).stdout.contains("nothing to rebuild"))
    }

    @Test func aNotebookChangePlansEveryRelationship() throws {
        try FileManager.default.createDirectory(atPath: folder.file("Notebooks"), withIntermediateDirectories: true)
        try "---\ntitle: Extra for {{parties}}\n---\nEvery figure.\n\n```bilat figures\n```\n"
            .write(toFile: folder.file("Notebooks/extra.md"), atomically: false, encoding: .utf8)
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == "0 of 3", "\(run.stderr)")
        for relationship in ["aze-pak", "aze-tur", "aze-geo"] {
            #expect(rebuilt(run)["\(relationship)/reports/extra.html"] == "new output")
        }
        try expectUpToDate()
    }

    @Test func aChangedSourcePlansEveryRelationshipThatHasIt() throws {
        try edit("Datasets/mini/sources.csv", "Ties at 30", "Ties at 31")
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == "0 of 3", "\(run.stderr)")
        #expect(try folder.read("Output/aze-geo/reports/2021.html").contains("Ties at 31"))
        try expectUpToDate()
    }

    @Test func aHandEditedOutputOfAnUnchangedRelationshipIsMadeAgain() throws {
        try edit("Datasets/mini/figures.csv", "$22 million", "$23 million")
        let page = folder.file("Output/aze-pak/reports/2021.html")
        let original = try String(contentsOfFile: page, encoding: .utf8)
        try "edited by hand".write(toFile: page, atomically: false, encoding: .utf8)
        let run = try build()
        #expect(reused(run) == "1 of 3", "\(run.stderr)")
        #expect(rebuilt(run)["aze-pak/reports/2021.html"] == "file edited by hand", "\(rebuilt(run))")
        #expect(try String(contentsOfFile: page, encoding: .utf8) == original)
        try expectUpToDate()
    }
}
