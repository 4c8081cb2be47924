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

    /// Returns the package title, and a diagnostic for each mismatch with `headers` (file → header row).
    static func check(_ bytes: [UInt8]?, path: String, headers: [String: [String]]) -> (title: String, diagnostics: [Diagnostic]) {
        let top = SourceLocation(path: path, line: 1, column: 1)
        guard let bytes else {
            return ("", [.error("missing \(DatasetLayout.descriptor)", at: top,
                                accepted: "a Frictionless Data Package descriptor listing \(DatasetLayout.tables.map(\.file).joined(separator: ", "))")])
        }
        let package: Package
        do {
            package = try JSONDecoder().decode(Package.self, from: Data(bytes))
        } catch {
            return ("", [.error("\(DatasetLayout.descriptor) is not valid JSON for a data package (\(Self.reason(error)))", at: top,
                                accepted: "a JSON object with a resources array")])
        }
        var diagnostics: [Diagnostic] = []
        let resources = package.resources ?? []
        for table in DatasetLayout.tables + DatasetLayout.optionalTables {
            if DatasetLayout.optionalTables.contains(where: { $0.name == table.name }) && headers[table.file] == nil { continue }
            guard let resource = resources.first(where: { $0.path == table.file }) else {
                diagnostics.append(.error("\(DatasetLayout.descriptor) has no resource with path \(table.file)", at: top,
                                          accepted: "one resource per CSV file, with path, and schema.fields naming its columns"))
                continue
            }
            let described = (resource.schema?.fields ?? []).compactMap(\.name)
            if let header = headers[table.file], described != header {
                diagnostics.append(.error("\(DatasetLayout.descriptor) describes \(table.file) with fields [\(described.joined(separator: ", "))] but its header is [\(header.joined(separator: ", "))]",
                                          at: top, accepted: "schema.fields in the same order as the CSV header"))
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
