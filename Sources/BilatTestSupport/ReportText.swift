import Foundation

/// What a reader sees of a report page, for tests of its words: the text outside `<details>` (where ids and
/// formulas are folded away), without tags, styles or inline charts, entities read back.
public enum ReportText {
    public static func visible(_ html: String) -> String {
        var text = html.replacing(/<details>[\s\S]*?<\/details>/, with: "")
        text = text.replacing(/<style>[\s\S]*?<\/style>/, with: "").replacing(/<svg[\s\S]*?<\/svg>/, with: "")
        text = text.replacing(/<[^>]*>/, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
