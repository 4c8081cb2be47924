/// Places point labels so they do not overlap each other or leave the plot: each label tries a few
/// slots around its point (above, below, further out) and takes the first free one inside the plot.
struct LabelPlacer {
    struct Box { var x0, y0, x1, y1: Double }
    var placed: [Box] = []
    let bounds: Box

    init(bounds: Box) { self.bounds = bounds }

    /// Returns the y of the first line's baseline, and the x of the label's centre; nil when every slot is taken
    /// or outside the bounds, for a label is better left out than drawn over another or off the chart.
    mutating func place(x: Double, y: Double, width: Double, lines: Int, lineHeight: Double) -> (x: Double, y: Double)? {
        let height = Double(lines) * lineHeight
        guard width + 6 <= bounds.x1 - bounds.x0 else { return nil }
        let cx = min(max(x, bounds.x0 + width / 2), bounds.x1 - width / 2)
        let offsets = [-10.0 - height, 14, -22 - height, 26, -34 - height, 38, -46 - height, 50]
        for offset in offsets {
            let top = y + offset
            let box = Box(x0: cx - width / 2 - 3, y0: top, x1: cx + width / 2 + 3, y1: top + height)
            guard box.y0 >= bounds.y0, box.y1 <= bounds.y1 else { continue }
            if placed.contains(where: { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }) { continue }
            placed.append(box)
            return (cx, top + lineHeight - 3)
        }
        return nil
    }

    /// Marks a region (a marker, a legend) as taken.
    mutating func reserve(_ box: Box) { placed.append(box) }
}

/// The tick labels of a horizontal axis to write, centred on their ticks: each shortened to fit the chart (a
/// 38-digit amount ends in "…", whole in its `<title>`), and left out where it would run into the one before.
enum TickLabels {
    static func kept(_ ticks: [(x: Double, text: String)], size: Double) -> [TextExtent.Fitted?] {
        var upTo = -Double.infinity
        return ticks.map { tick in
            let room = min(160, 2 * min(tick.x, ChartStyle.width - tick.x) - 8)
            let fitted = TextExtent.fit(tick.text, width: max(room, 8), size: size)
            let half = TextExtent.width(fitted.lines.first ?? "", size: size) / 2
            guard tick.x - half > upTo + 4, tick.x - half >= 0, tick.x + half <= ChartStyle.width else { return nil }
            upTo = tick.x + half
            return fitted
        }
    }
}

/// Round axis steps: 1, 2, 2.5 or 5 times a power of ten, giving about `count` ticks.
enum NiceScale {
    static func ticks(upTo maximum: Double, count: Int = 5) -> [Double] {
        ticks(from: 0, upTo: maximum, count: count)
    }

    /// Ticks from a multiple of the step at or below `minimum` to one at or above `maximum`, always through zero.
    /// A span that is empty or not finite gets the axis 0 to 1: every tick is a finite number.
    static func ticks(from minimum: Double, upTo maximum: Double, count: Int = 5) -> [Double] {
        // Zero on the axis keeps the step near the values' size, so a few steps cover them: two values of
        // 10^38 that differ in the 20th digit would otherwise need 10^18 steps.
        let minimum = min(0, minimum), maximum = max(0, maximum)
        guard maximum.isFinite, minimum.isFinite, maximum > minimum else { return [0, 1] }
        let rough = (maximum - minimum) / Double(max(1, count))
        let power = pow(10, floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        guard step.isFinite, step > 0 else { return [0, 1] }
        // Each tick a whole number of steps, so the zero line is exactly 0 whatever lies below it.
        var ticks: [Double] = []
        var n = (minimum / step).rounded(.down)
        while n * step < maximum + step * 0.999 && ticks.count <= 4 * count + 4 {
            ticks.append(n == 0 ? 0 : n * step)
            n += 1
        }
        return ticks.count >= 2 ? ticks : [0, 1]
    }
}

import Foundation
