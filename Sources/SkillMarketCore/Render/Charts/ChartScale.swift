/// A linear map from data values to SVG coordinates, with "nice" tick values.
struct ChartScale {
    let domainLow: Double
    let domainHigh: Double
    let rangeLow: Double
    let rangeHigh: Double

    /// Maps `value` into the range; values outside the domain are clamped to its ends.
    func position(_ value: Double) -> Double {
        let span = domainHigh - domainLow
        guard span > 0, value.isFinite else { return rangeLow }
        let t = min(max((value - domainLow) / span, 0), 1)
        return rangeLow + t * (rangeHigh - rangeLow)
    }

    /// Round tick values (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering `low...high`, about `count` of them.
    ///
    ///     ChartScale.niceTicks(low: 172_000, high: 224_000, count: 5)  // 170K, 180K, … 230K
    static func niceTicks(low: Double, high: Double, count: Int) -> [Double] {
        guard low.isFinite, high.isFinite, count > 0 else { return [0, 1] }
        let (lowEnd, highEnd) = high > low ? (low, high) : (low - 1, low + 1)
        let rough = (highEnd - lowEnd) / Double(count)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first(where: { $0 >= rough }) ?? magnitude * 10
        let first = (lowEnd / step).rounded(.down) * step
        var ticks: [Double] = []
        var index = 0.0
        while ticks.count < 50 {
            let tick = first + index * step
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            if tick >= highEnd - step * 1e-9 { break }
            index += 1
        }
        return ticks
    }
}
