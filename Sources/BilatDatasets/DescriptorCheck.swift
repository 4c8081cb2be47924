import BilatCore
import Foundation

/// Checks that `datapackage.json` (a Frictionless Data Package) describes the CSV files as they are,
/// so other tools that validate with it see the same columns bilat reads.
enum DescriptorCheck {
    struct Package: Decodable {
        var name: String?
        var title: String?
        var resources: [Resource]?
    }
    struct Resource: Decodable {
        var name: String?
        var path: String?
        var schema: Schema?
    }
    struct Schema: Decodable {
        var fields: [Field]?
    }
    struct Field: Decodable {
        var name: String?
    }

    /// Returns the package title, and a diagnostic for each mismatch with the folder: a `name` other than the
    /// folder's (a descriptor copied from another dataset), a resource whose file is not there, a CSV file
    /// with no resource, or fields that differ from the header (`headers`: file → header row).
    /// - Parameter present: the names of the files in the folder.
    static func check(_ bytes: [UInt8]?, path: String, headers: [String: [String]], dataset: String,
                      present: Set<String>) -> (title: String, diagnostics: [Diagnostic]) {
        let top = SourceLocation(path: path, line: 1, column: 1)
        let rewrite = "bilat dataset descriptor DIR writes one from the CSV headers"
        guard let bytes else {
            return ("", [.error("missing \(DatasetLayout.descriptor)", at: top,
                                accepted: "a Frictionless Data Package descriptor listing "
                                    + "\(DatasetLayout.tables.map(\.file).joined(separator: ", ")); \(rewrite)")])
        }
        let package: Package
        do {
            package = try JSONDecoder().decode(Package.self, from: Data(bytes))
        } catch {
            return ("", [.error("\(DatasetLayout.descriptor) is not valid JSON for a data package (\(Self.reason(error)))", at: top,
                                accepted: "a JSON object with a resources array")])
        }
        let positions = JSONPositions(bytes)
        var diagnostics: [Diagnostic] = []
        if let name = package.name, name != dataset {
            diagnostics.append(.error("\(DatasetLayout.descriptor) names the dataset '\(name)', but its folder is \(dataset)",
                                      at: positions.location(["name"], in: path) ?? top,
                                      accepted: "\"name\": \"\(dataset)\", the folder's name; \(rewrite)"))
        }
        let resources = package.resources ?? []
        let required = Set(DatasetLayout.tables.map(\.file))
        for (index, resource) in resources.enumerated() {
            // A required table that is missing is reported once, by the reader.
            guard let file = resource.path, !present.contains(file), !required.contains(file) else { continue }
            diagnostics.append(.error("\(DatasetLayout.descriptor) lists \(file), which is not in the dataset folder",
                                      at: positions.location(["resources", String(index), "path"], in: path) ?? top,
                                      accepted: "resources for the folder's files: \(present.sorted().joined(separator: ", ")); \(rewrite)"))
        }
        for table in DatasetLayout.tables + DatasetLayout.optionalTables {
            if DatasetLayout.optionalTables.contains(where: { $0.name == table.name }) && headers[table.file] == nil { continue }
            guard let index = resources.firstIndex(where: { $0.path == table.file }) else {
                diagnostics.append(.error("\(DatasetLayout.descriptor) has no resource with path \(table.file)", at: top,
                                          accepted: "one resource per CSV file, with path, and schema.fields naming its columns; \(rewrite)"))
                continue
            }
            let described = (resources[index].schema?.fields ?? []).compactMap(\.name)
            if let header = headers[table.file], described != header {
                diagnostics.append(.error("\(DatasetLayout.descriptor) describes \(table.file) with fields [\(described.joined(separator: ", "))] but its header is [\(header.joined(separator: ", "))]",
                                          at: positions.location(["resources", String(index), "path"], in: path) ?? top,
                                          accepted: "schema.fields in the same order as the CSV header; \(rewrite)"))
            }
        }
        return (package.title ?? package.name ?? "", diagnostics)
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        default: return "unreadable"
        }
    }
}
