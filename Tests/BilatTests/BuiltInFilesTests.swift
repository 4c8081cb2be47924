import Bilat
import BilatTestSupport
import Foundation
import Testing

/// The notebooks and the extraction vocabulary compiled into bilat are the repository's files, byte for byte.
/// The Swift files holding them are generated here: `BILAT_UPDATE_GOLDEN=1 swift test --filter BuiltInFilesTests`
/// rewrites them from Notebooks/ and Datasets/extraction/.
@Suite struct BuiltInFilesTests {
    struct Embedded: Sendable, CustomTestStringConvertible {
        var swiftFile: String
        var enumName: String
        var doc: String
        var folder: String
        var names: [String]
        var files: [(name: String, text: String)]
        var testDescription: String { enumName }
    }

    static let embedded = [
        Embedded(swiftFile: "Sources/Bilat/BuiltInNotebooks.swift", enumName: "BuiltInNotebooks",
                 doc: """
                     /// The default notebooks, compiled in so a copied binary needs no file from the repository.
                     /// A project's `Notebooks/NAME.md` replaces the built-in of the same name.

                     """,
                 folder: "Notebooks", names: ["README.md", "overview.md", "yearly-report.md"], files: BuiltInNotebooks.files),
        Embedded(swiftFile: "Sources/Bilat/BuiltInVocabulary.swift", enumName: "BuiltInVocabulary",
                 doc: """
                     /// The extractor's vocabulary, compiled in so `bilat extract` works from any folder.
                     /// Rows of a project's `Datasets/extraction/cues.csv` and `countries.csv` are added to these.

                     """,
                 folder: "Datasets/extraction", names: ["countries.csv", "cues.csv"], files: BuiltInVocabulary.files),
    ]

    /// The Swift source that embeds `texts` (name → contents) as raw string literals.
    static func swiftSource(_ e: Embedded, texts: [(name: String, text: String)]) -> String {
        var out = "// Generated from \(e.folder) by Tests/BilatTests/BuiltInFilesTests.swift; do not edit.\n"
        out += "// After changing those files run `BILAT_UPDATE_GOLDEN=1 swift test --filter BuiltInFilesTests`.\n\n"
        out += e.doc
        out += "public enum \(e.enumName) {\n    /// File name → contents, sorted by name.\n"
        out += "    public static let files: [(name: String, text: String)] = [\n"
        for (name, text) in texts { out += "        (\"\(name)\", #\"\"\"\n\(text)\n\"\"\"#),\n" }
        return out + "    ]\n}\n"
    }

    @Test(arguments: embedded)
    func embeddedCopiesAreTheRepositorysFiles(_ e: Embedded) throws {
        let texts = try e.names.map { name in
            (name, try String(contentsOfFile: Repository.root + "/\(e.folder)/\(name)", encoding: .utf8))
        }
        for (name, text) in texts {
            // A raw literal cannot hold its own closing delimiter or an interpolation.
            #expect(!text.contains("\"\"\"#") && !text.contains("\\#("), "\(name) cannot be embedded as it is")
        }
        let mismatch = Golden.mismatch(Self.swiftSource(e, texts: texts), golden: Repository.root + "/" + e.swiftFile)
        #expect(mismatch == nil, "\(mismatch ?? "")")
        if ProcessInfo.processInfo.environment["BILAT_UPDATE_GOLDEN"] != "1" {
            #expect(e.files.map(\.name) == e.names)
            for ((name, text), file) in zip(texts, e.files) { #expect(file.text == text, "\(name) differs from the built-in copy") }
        }
    }
}
