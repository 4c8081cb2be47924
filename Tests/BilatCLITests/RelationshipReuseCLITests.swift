import BilatTestSupport
import Foundation
import Testing

/// A build after a change plans and makes only the relationships the change reaches: each of the others is taken
/// as the last build left it, since its key (`RelationshipKey`: its merged rows, the notebooks, its folder, its
/// mirror settings, the stale-acceptance findings other relationships decide, its query cells' results) is the
/// one the manifest records and its files are as that build left them. What it writes is what a build from
/// nothing writes (`bilat build --check` makes everything again and compares).
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

    func writeNotebook(_ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder.file("Notebooks"), withIntermediateDirectories: true)
        try text.write(toFile: folder.file("Notebooks/\(name)"), atomically: false, encoding: .utf8)
    }

    @Test func anEditedNotebookPlansEveryRelationship() throws {
        try writeNotebook("extra.md", "---\ntitle: Extra for {{parties}}\n---\nEvery figure.\n\n```bilat figures\n```\n")
        #expect(reused(try build()) == "0 of 3")
        try writeNotebook("extra.md", "---\ntitle: Extra for {{parties}}\n---\nEach figure.\n\n```bilat figures\n```\n")
        let run = try build()
        #expect(reused(run) == "0 of 3", "\(run.stderr)")
        #expect(rebuilt(run)["aze-pak/reports/extra.html"]?.contains("notebook changed") == true, "\(rebuilt(run))")
        #expect(try folder.read("Output/aze-pak/reports/extra.html").contains("Each figure."))
        try expectUpToDate()
    }

    /// A query cell may read every relationship's rows: one relationship's change reaches the others' reports
    /// through it, and only through it.
    @Test(arguments: [
        // Every figure of the project: a change anywhere changes what each relationship's report shows.
        ("SELECT SUM(CAST(value AS INTEGER)) AS total FROM figure", "0 of 3"),
        // Only the relationship's own figures: AZE-PAK and AZE-GEO are as they were.
        ("SELECT SUM(CAST(value AS INTEGER)) AS total FROM figure WHERE reporter = :second OR partner = :second", "2 of 3"),
    ])
    func aQueryCellsResultDecidesWhetherAnotherRelationshipsChangeReachesIt(query: String, expected: String) throws {
        try writeNotebook("sums.md", "---\ntitle: Sums for {{parties}}\n---\n```bilat query\n\(query)\n```\n")
        #expect(reused(try build()) == "0 of 3")
        let before = try folder.read("Output/aze-pak/reports/sums.html")
        try edit("Datasets/mini/figures.csv", "$22 million", "$23 million")
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == expected, "\(run.stderr)")
        let after = try folder.read("Output/aze-pak/reports/sums.html")
        if expected == "0 of 3" {
            #expect(rebuilt(run)["aze-pak/reports/sums.html"]?.contains("query line") == true, "\(rebuilt(run))")
            #expect(after != before)
        } else {
            #expect(rebuilt(run).keys.allSatisfy { !$0.hasPrefix("aze-pak/") && !$0.hasPrefix("aze-geo/") }, "\(rebuilt(run))")
            #expect(after == before)
        }
        try expectUpToDate()
    }

    /// A relationship's own mirror settings change its key; a row for another relationship leaves it as it was.
    @Test(arguments: [
        ("AZE-TUR,1/1.3,5\n", "2 of 3"),
        ("*,1/1.3,5\n", "0 of 3"),
    ])
    func aMirrorSettingPlansTheRelationshipsItAppliesTo(rows: String, expected: String) throws {
        try "relationship,factor,threshold_percent\n\(rows)".write(toFile: folder.file("Datasets/mirror-settings.csv"),
                                                                 atomically: false, encoding: .utf8)
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(reused(run) == expected, "\(run.stderr)")
        try expectUpToDate()
    }

    /// An acceptance no relationship's checks find is reported once, by the first relationship that has it. When
    /// another relationship's change makes a check find it, that first relationship's findings change though
    /// none of its rows did: the stale-acceptance findings are in its key.
    @Test func anAcceptanceAnotherRelationshipNowFindsChangesTheFirstRelationshipsFindings() throws {
        try "finding,reason\ndated-after-source:tur-2021,checked by hand\n"
            .write(toFile: folder.file("Datasets/mini/accepted.csv"), atomically: false, encoding: .utf8)
        let described = try BilatBinary.run(["dataset", "descriptor", "Datasets/mini"], in: folder.path)
        #expect(described.status == 0, "\(described.stderr)")
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        let findings = try folder.read("Output/csv/findings.csv")
        #expect(findings.contains("stale-acceptance"), "\(findings)")
        // Each relationship has the dataset's acceptance; the first of them reports it as stale.
        let stale = try ["aze-geo", "aze-pak", "aze-tur"].filter { try folder.read("Output/\($0)/reports/overview.html").contains("no check finds") }
        #expect(stale.count == 1, "\(stale)")
        // AZE-TUR's 2021 figure now starts after its source was published: a check finds what is accepted.
        try edit("Datasets/mini/figures.csv", "tur-2021,trade_turnover,AZE,TUR,both,,2021,", "tur-2021,trade_turnover,AZE,TUR,both,,2023,")
        let run = try build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!(try folder.read("Output/csv/findings.csv")).contains("stale-acceptance"))
        for relationship in stale where relationship != "aze-tur" {
            #expect(!(try folder.read("Output/\(relationship)/reports/overview.html")).contains("no check finds"))
            #expect(rebuilt(run)["\(relationship)/reports/overview.html"] != nil, "\(rebuilt(run))")
        }
        #expect(reused(run) == (stale == ["aze-tur"] ? "2 of 3" : "1 of 3"), "\(run.stderr)")
        try expectUpToDate()
    }
}
