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

    /// Width of text in the font stack, estimated on the wide side (see `TextExtent`).
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        TextExtent.width(text, size: size, bold: bold)
    }

    /// Splits text into lines no wider than `width`, breaking at spaces and inside words longer than a line.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] {
        TextExtent.fit(text, width: width, size: size, bold: bold, maxLines: .max).lines
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
    /// Who gave, sold or sent to whom, as the figure's direction says: "Azerbaijan → Pakistan"; empty when unsaid.
    public var flow: String

    public init(label: String, observation: Observation, flow: String = "") {
        self.label = label
        self.observation = observation
        self.flow = flow
    }

    /// "Azerbaijan → Pakistan" for a figure from the reporter to the partner (aid given, a sale, exports),
    /// "Pakistan → Azerbaijan" for one the reporter received (imports), "Azerbaijan ↔ Pakistan" for both ways.
    public static func flow(reporter: String, partner: String, direction: Direction) -> String {
        switch direction {
        case .toPartner: return "\(reporter) → \(partner)"
        case .fromPartner: return "\(partner) → \(reporter)"
        case .both: return "\(reporter) ↔ \(partner)"
        }
    }
}
