import Bilat
import BilatCore

/// The extractor over any article, and the reader of a project's vocabulary file.
enum ExtractFuzzing {
    /// Built once: the vocabulary is the same for every input.
    static let extractor: Extractor? = {
        func file(_ name: String) -> ExtractionVocabularyFiles.File {
            ExtractionVocabularyFiles.File(bytes: Array((BuiltInVocabulary.files.first { $0.name == name }?.text ?? "").utf8),
                                           path: "(built-in vocabulary)/" + name)
        }
        let (vocabulary, _) = ExtractionVocabularyFiles.read(cues: [file("cues.csv")], countries: [file("countries.csv")])
        return vocabulary.map { Extractor(vocabulary: $0) }
    }()

    static func run(_ bytes: [UInt8]) -> [String] {
        guard let extractor else { return ["extract: the built-in vocabulary did not load"] }
        let markdown = (bytes.first ?? 0) & 1 == 1
        let article = ArticleText(String(decoding: bytes.dropFirst(), as: UTF8.self), markdown: markdown)
        let published = try? PeriodReader.parse("2022-10-04")
        let settings = ExtractionSettings(sourceID: "fuzz", published: published, reporter: "AZE", partner: "PAK",
                                          fiscalYearStarts: [:])
        let extraction = extractor.extract(article, settings: settings)
        var broken: [String] = []
        for c in extraction.candidates {
            if c.start < 0 || c.end > article.count || c.start > c.end {
                broken.append("extract: candidate \(c.asReported.debugDescription) spans \(c.start)..<\(c.end) of \(article.count) characters")
            }
            if let part = c.partOf, part < 0 || part >= extraction.candidates.count {
                broken.append("extract: candidate \(c.asReported.debugDescription) is part of candidate \(part) of \(extraction.candidates.count)")
            }
        }
        return broken
    }

    static func vocabulary(_ bytes: [UInt8]) -> [String] {
        let countries = Array("code,name\nAZE,Azerbaijan\nPAK,Pakistan\n".utf8)
        let (vocabulary, diagnostics) = ExtractionVocabularyFiles.read(cues: bytes, cuesPath: "cues.csv",
                                                                     countries: countries, countriesPath: "countries.csv")
        var broken = FuzzInvariants.located(diagnostics, "vocabulary")
        if vocabulary != nil && diagnostics.hasErrors { broken.append("vocabulary: a vocabulary returned beside errors") }
        if vocabulary == nil && !diagnostics.hasErrors { broken.append("vocabulary: refused with no error") }
        if let vocabulary { _ = Extractor(vocabulary: vocabulary) }
        return broken
    }
}
