import BilatCore
/// Shared look of every chart: Okabe–Ito colours (distinguishable with the common colour-vision
/// deficiencies), a system font stack, and sizes.
public enum ChartStyle {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let green = "#009E73"
    public static let vermillion = "#D55E00"
    public static let purple = "#CC79A7"
    public static let sky = "#56B4E9"
    public static let ink = "#1a1a1a"
    public static let muted = "#595959"
    public static let grid = "#d9d9d9"
    public static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

    public static let width = 760.0

    /// Rough width of text in the font stack, for layout without a font engine.
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.56 }

    /// Splits text into lines no wider than `width`, breaking at spaces.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if textWidth(candidate, size: size) > width && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

import Foundation

extension Decimal {
    /// Screen positions only: chart geometry may be approximate, stored and printed values never are.
    var position: Double { Double(truncating: self as NSDecimalNumber) }
}

/// One labelled value in a chart that lists figures row by row.
public struct ChartRow: Sendable {
    public var label: String
    public var observation: Observation

    public init(label: String, observation: Observation) {
        self.label = label
        self.observation = observation
    }
}
