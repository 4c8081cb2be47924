import BilatDatasets
import Foundation

/// A small valid dataset in memory; tests replace one file to make one problem.
public enum MiniDataset {
    public static let sources = """
        id,publisher,title,author,url,published,published_note,accessed
        today,Today.Az,Ties at 30,V. Khalilov,,2022-10-04,,
        undated,shunculture,Pakistan's role,,,,undated,

        """
    public static let parties = "id,name\nAZE,Azerbaijan\nPAK,Pakistan\n"
    public static let indicators = """
        id,name,description,unit_kind
        trade_turnover,Trade turnover,Goods traded both ways.,money
        personnel_trained,Personnel trained,People trained.,count

        """
    public static let figures = """
        id,indicator,reporter,partner,direction,subject,period,compared_with,as_reported,unit,status,source_id,as_of,note
        t2021,trade_turnover,AZE,PAK,both,,2021,,$11.7 million,,,today,,
        g2017,trade_turnover,AZE,PAK,both,,2017,2016,26.55% increase,,,undated,,
        officers,personnel_trained,PAK,AZE,to_partner,military officers,the past ten years,,over a hundred,officers,,today,,
        units,personnel_trained,PAK,AZE,to_partner,military units,the past decade,,around 100,units,,undated,2024,"two measures, not one"

        """
    public static let events = """
        id,date,title,source_ids,note
        e1,1992-06-09,Diplomatic relations established,today,
        e2,autumn 1995,Trade agreement,today;undated,

        """
    public static let descriptor: String = {
        func resource(_ name: String, _ columns: [String]) -> String {
            let fields = columns.map { "{\"name\": \"\($0)\", \"type\": \"string\"}" }.joined(separator: ", ")
            return "{\"name\": \"\(name)\", \"path\": \"\(name).csv\", \"schema\": {\"fields\": [\(fields)]}}"
        }
        let headers = ["sources": sources, "parties": parties, "indicators": indicators, "figures": figures, "events": events]
            .mapValues { $0.split(separator: "\n")[0].split(separator: ",").map(String.init) }
        let resources = DatasetLayout.allTables.compactMap { table in headers[table.name].map { resource(table.name, $0) } }
            .joined(separator: ",\n")
        return "{\"name\": \"mini\", \"title\": \"Mini\", \"resources\": [\n\(resources)\n]}"
    }()

    /// Two revisions of t2021 by a later release (its value and its status), as `bilat import` records them.
    public static let revisions = """
        figure_id,field,before,after,before_source,after_source,file,line,recorded
        t2021,as_reported,$11.5 million,$11.7 million,undated,today,TradeData_2021.csv,2,2022-10-05
        t2021,status,provisional,,undated,today,TradeData_2021.csv,2,2022-10-05

        """

    /// The files with `revisions` as revisions.csv, described in a descriptor written for them.
    public static func withRevisions(_ revisions: String = revisions) -> [String: String?] {
        let texts = ["sources.csv": sources, "parties.csv": parties, "indicators.csv": indicators, "figures.csv": figures,
                     "events.csv": events, "revisions.csv": revisions]
        let headers = texts.mapValues { $0.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? [] }
        return ["revisions.csv": revisions,
                "datapackage.json": DescriptorWriter.descriptor(.init(name: "mini", title: "Mini"), headers: headers)]
    }

    public static func files(_ replacing: [String: String?] = [:]) -> DatasetFiles {
        var texts: [String: String?] = [
            "sources.csv": sources, "parties.csv": parties, "indicators.csv": indicators,
            "figures.csv": figures, "events.csv": events, "datapackage.json": descriptor,
        ]
        for (name, text) in replacing { texts[name] = text }
        var contents: [String: [UInt8]] = [:]
        for (name, text) in texts { if let text { contents[name] = Array(text.utf8) } }
        return DatasetFiles(name: "mini", displayPath: "Datasets/mini", contents: contents)
    }

    /// The figures file with one extra row appended.
    public static func figures(adding row: String) -> [String: String?] {
        ["figures.csv": figures + row + "\n"]
    }

    /// Writes the dataset as a folder, e.g. `<tmp>/Datasets/mini`, with files replaced as in ``files(_:)``.
    public static func write(to folder: String, _ replacing: [String: String?] = [:]) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The descriptor names its folder, as ingest requires, unless the test replaces it.
        let folderName = URL(fileURLWithPath: folder).lastPathComponent
        var replacing = replacing
        if replacing["datapackage.json"] == nil {
            replacing["datapackage.json"] = descriptor.replacingOccurrences(of: "\"name\": \"mini\", \"title\"",
                                                                            with: "\"name\": \"\(folderName)\", \"title\"")
        }
        for (name, bytes) in files(replacing).contents {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }
}
