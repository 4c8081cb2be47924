import Foundation

/// Writes a dataset's `datapackage.json` (a Frictionless Tabular Data Package) from its CSV headers, so the
/// descriptor always says what the files hold. Bytes are deterministic: keys in a fixed order, tables in
/// ``DatasetLayout/allTables`` order, two-space indentation, a final newline.
public enum DescriptorWriter {
    /// What a package needs besides its files.
    public struct Package: Sendable, Equatable {
        public var name: String
        public var title: String
        public var description: String?
        public init(name: String, title: String, description: String? = nil) {
            self.name = name
            self.title = title
            self.description = description
        }
    }

    /// A field as an earlier descriptor described it; kept when the column is still there.
    struct KeptField: Decodable {
        var name: String?
        var type: String?
        var description: String?
    }

    /// Frictionless names: lower-case letters, digits and `-._/`, so a descriptor bilat writes stays valid.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0)
        }
    }

    /// The descriptor for the tables in `headers` (file name → header row); files bilat does not read are left out.
    /// - Parameter earlier: the descriptor being replaced, if any: its title and description and each remaining
    ///   field's type and description are kept; its name is not (the folder names the dataset).
    public static func descriptor(_ package: Package, headers: [String: [String]], earlier: [UInt8]? = nil) -> String {
        var package = package
        var kept: [String: [String: KeptField]] = [:]
        if let earlier, let old = try? JSONDecoder().decode(Earlier.self, from: Data(earlier)) {
            if let title = old.title, !title.isEmpty { package.title = title }
            if let description = old.description, !description.isEmpty { package.description = description }
            for resource in old.resources ?? [] {
                guard let path = resource.path else { continue }
                for field in resource.schema?.fields ?? [] {
                    if let name = field.name, kept[path]?[name] == nil { kept[path, default: [:]][name] = field }
                }
            }
        }
        var lines = ["{", "  \"profile\": \"tabular-data-package\",", "  \"name\": \(quoted(package.name)),",
                     "  \"title\": \(quoted(package.title)),"]
        if let description = package.description { lines.append("  \"description\": \(quoted(description)),") }
        lines.append("  \"resources\": [")
        let tables = DatasetLayout.allTables.filter { headers[$0.file] != nil }
        for (t, table) in tables.enumerated() {
            lines += ["    {", "      \"profile\": \"tabular-data-resource\",", "      \"name\": \(quoted(table.name)),",
                      "      \"path\": \(quoted(table.file)),", "      \"format\": \"csv\",",
                      "      \"mediatype\": \"text/csv\",", "      \"encoding\": \"utf-8\",",
                      "      \"schema\": {", "        \"fields\": ["]
            let columns = headers[table.file] ?? []
            for (c, column) in columns.enumerated() {
                let old = kept[table.file]?[column]
                var field = "{\"name\": \(quoted(column)), \"type\": \(quoted(old?.type ?? "string"))"
                if let description = old?.description { field += ", \"description\": \(quoted(description))" }
                lines.append("          " + field + "}" + (c == columns.count - 1 ? "" : ","))
            }
            lines += ["        ]", "      }", "    }" + (t == tables.count - 1 ? "" : ",")]
        }
        lines += ["  ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    struct Earlier: Decodable {
        var title: String?
        var description: String?
        var resources: [Resource]?
        struct Resource: Decodable {
            var path: String?
            var schema: Schema?
        }
        struct Schema: Decodable {
            var fields: [KeptField]?
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
