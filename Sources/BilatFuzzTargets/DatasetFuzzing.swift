import BilatCore
import BilatDatasets

/// A small valid dataset folder with one file replaced by the input (the first byte picks which), read whole
/// and read as ingest streams it. The two must agree on the figures and on whether there are errors.
enum DatasetFuzzing {
    /// A valid folder: every table bilat reads, a few rows each, in the bundled dataset's columns.
    static let folder: [(name: String, text: String)] = [
        ("sources.csv", """
            id,publisher,title,author,url,published,published_note,accessed
            s1,Agency,Trade up,,https://example.org/a,2022-10-04,,2024-01-02
            s2,Customs,Yearbook,,,2021,,

            """),
        ("parties.csv", "id,name,fiscal_year_start\nAZE,Azerbaijan,\nPAK,Pakistan,07-01\n"),
        ("figures.csv", """
            id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
            t2021,trade_turnover,AZE,PAK,both,,2021,,$11.7 million,,,s1,,
            t2022,trade_turnover,AZE,PAK,both,,January–September 2022,2021,about $15.6 million,,,s1,,
            x2020,exports,PAK,AZE,to_partner,goods,FY2020-21,,"more than 1,200,000 US dollars",,,s2,,
            p2022,personnel_trained,PAK,AZE,to_partner,officers,2012–2022,,over a hundred,officers,,s1,,

            """),
        ("events.csv", "id,date,title,source_ids,note\ne1,2022-02,A deal,s1;s2,\n"),
        ("indicators.csv", """
            id,name,description,unit_kind
            trade_turnover,Trade turnover,Exports plus imports.,money
            exports,Exports,Goods sold.,money
            personnel_trained,Personnel trained,People trained.,count

            """),
        ("statuses.csv", "id,subject,status,source_id,as_of,note\nj1,JF-17,agreed,s1,2022-02,\n"),
        ("accepted.csv", "finding,reason\nsome-finding,Checked by hand.\n"),
    ]

    static func run(_ bytes: [UInt8]) -> [String] {
        let replaced = folder[Int(bytes.first ?? 0) % folder.count].name
        var contents: [String: [UInt8]] = [:]
        for file in folder { contents[file.name] = file.name == replaced ? Array(bytes.dropFirst()) : Array(file.text.utf8) }
        let files = DatasetFiles(name: "fuzz", displayPath: "Datasets/fuzz", contents: contents)
        let (whole, diagnostics) = DatasetReader.read(files)
        var broken = FuzzInvariants.located(diagnostics, "dataset")
        if whole != nil && diagnostics.hasErrors { broken.append("dataset: a dataset returned beside errors") }
        if whole == nil && !diagnostics.hasErrors { broken.append("dataset: refused with no error") }

        // The ingest's path: every table but figures read whole, figures.csv streamed in small pieces.
        let figures = contents["figures.csv"] ?? []
        var streamedFiles = files
        streamedFiles.contents["figures.csv"] = nil
        streamedFiles.present.insert("figures.csv")
        let size = Int(bytes.count > 1 ? bytes[1] : 0) + 1
        guard var stream = try? DatasetStream(files: streamedFiles, figures: InMemoryChunks(figures, size: size)) else {
            return broken + ["dataset: the stream threw on bytes in memory"]
        }
        var streamed: [Figure] = []
        do {
            try stream.streamFigures(reread: { InMemoryChunks(figures, size: size) }) { figure, _ in streamed.append(figure) }
        } catch {
            return broken + ["dataset: the stream threw on bytes in memory: \(error)"]
        }
        let streamHasErrors = stream.diagnostics.hasErrors
        if streamHasErrors != diagnostics.hasErrors {
            broken.append("dataset: streamed read \(streamHasErrors ? "found" : "found no") errors, whole read \(diagnostics.hasErrors ? "found" : "found no") errors")
        }
        if let whole, !streamHasErrors, Set(whole.figures) != Set(streamed) {
            broken.append("dataset: streamed read gave \(streamed.count) figures, whole read \(whole.figures.count)")
        }
        return broken
    }
}
