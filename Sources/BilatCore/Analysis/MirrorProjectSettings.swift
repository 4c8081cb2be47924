import Foundation

extension MirrorSettings {
    /// Reads a threshold as users write it ("20", "12.5"): a plain decimal percentage of 0 or more; nil otherwise.
    public static func thresholdPercent(text raw: String) -> Decimal? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text != ".", text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              text.filter({ $0 == "." }).count <= 1,
              let percent = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), percent >= 0 else { return nil }
        return percent
    }

    /// "factor 1/1.06, threshold 20 %": how outputs and rebuild reasons name a setting.
    public var summary: String { "factor \(factor.text), threshold \(thresholdPercent.plainText) %" }
}

/// A project's mirror settings: one for every relationship (the `*` row, else bilat's standard), and any
/// relationship's own, which overrides it whole.
///
/// A relationship's row sets both its factor and its threshold: a row that left one blank to inherit the other
/// from `*` would make the value a reader sees depend on two rows.
public struct MirrorProjectSettings: Hashable, Sendable {
    /// What a relationship without a row of its own uses.
    public var everyRelationship: MirrorSettings
    /// Relationship id (`AZE-PAK`, its parties in sorted order) → its own settings.
    public var byRelationship: [String: MirrorSettings]

    /// No settings file: 1/1.06 and 20 % everywhere.
    public static let standard = MirrorProjectSettings(everyRelationship: .standard, byRelationship: [:])

    public init(everyRelationship: MirrorSettings, byRelationship: [String: MirrorSettings]) {
        self.everyRelationship = everyRelationship
        self.byRelationship = byRelationship
    }

    /// The settings a relationship's pairs and warnings use.
    public func settings(for relationship: Relationship) -> MirrorSettings {
        byRelationship[relationship.id] ?? everyRelationship
    }
}
