/// The ring drawn around a point that an open error-level finding involves (a conflict, a stated change the
/// values contradict, a part larger than its total), and its legend entry: a reader sees which dots disagree.
enum ErrorMark {
    static let legend = "in an open error finding (see bilat check)"

    static func ring(x: Double, y: Double) -> SVGElement {
        SVGElement("circle", [("cx", coordinate(x)), ("cy", coordinate(y)), ("r", "10"), ("fill", "none"),
                              ("stroke", ChartStyle.vermillion), ("stroke-width", "2")])
    }

    /// A ring and its words, starting at `x`, centred on `y`.
    static func legendRow(x: Double, y: Double) -> [SVGElement] {
        [ring(x: x + 10, y: y),
         SVGElement("text", [("x", coordinate(x + 26)), ("y", coordinate(y + 4)), ("font-size", "12"), ("fill", ChartStyle.ink)], text: legend)]
    }

    /// What the chart's `<desc>` adds for screen readers, or nothing when no point is flagged.
    static func description(_ flagged: Int) -> String {
        flagged == 0 ? "" : " \(flagged) point\(flagged == 1 ? "" : "s") \(flagged == 1 ? "is" : "are") in an open error finding."
    }
}
