/// Line chart of shares over time: one line per series with point markers and a label at its end.
///
/// Periods run left to right in the order given (or, when `periods` is empty, in order of first
/// appearance across the series). The y-axis is a percentage from 0. Points carry
/// `class="point"`, `data-label`, `data-period` and `data-value`.
public struct TrendChart: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var period: String
        /// A share 0..1.
        public var value: Double

        public init(period: String, value: Double) {
            self.period = period
            self.value = value
        }
    }

    public struct Series: Sendable, Equatable {
        public var label: String
        public var points: [Point]

        public init(label: String, points: [Point]) {
            self.label = label
            self.points = points
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var series: [Series]
    /// X-axis categories; points whose period is not listed are left out. Empty derives them from the points.
    public var periods: [String]

    public init(id: String, title: String, summary: String, series: [Series], periods: [String] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.series = series
        self.periods = periods
    }

    static let width = ChartStyle.width
    static let height = 260.0

    /// The chart as one `<svg>` element, or the "No data" SVG when there is no finite point.
    public func render() -> String {
        let id = SVGChart.sanitizedID(id)
        let periods = resolvedPeriods()
        let column = Dictionary(periods.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = series.map { line in
            (label: line.label, points: line.points.filter { column[$0.period] != nil && $0.value.isFinite })
        }.filter { !$0.points.isEmpty }
        guard !lines.isEmpty else { return SVGChart.noData(id: id, title: title) }

        let largest = lines.flatMap { $0.points.map(\.value) }.max() ?? 0
        let ticks = ChartScale.niceTicks(low: 0, high: max(largest, 0.01), count: 4)
        let endLabels = lines.map { $0.label + " " + SVGNumber.percent($0.points.last?.value ?? 0) }
        let size = ChartStyle.fontSize
        let endWidth = min(endLabels.map { ChartText.width(of: $0, fontSize: size) }.max() ?? 0, Self.width * 0.34)
        let tickWidth = ticks.map { ChartText.width(of: SVGNumber.percent($0), fontSize: ChartStyle.smallFontSize) }
            .max()
        let plotLeft = 6 + (tickWidth ?? 24) + 6
        let plotRight = Self.width - 6 - endWidth - 10
        let plotTop = 12.0
        let plotBottom = Self.height - 30
        let y = ChartScale(
            domainLow: ticks.first ?? 0, domainHigh: ticks.last ?? 1, rangeLow: plotBottom, rangeHigh: plotTop)
        let inset = periods.count > 1 ? 8.0 : (plotRight - plotLeft) / 2
        let x = ChartScale(
            domainLow: 0, domainHigh: Double(max(periods.count - 1, 1)), rangeLow: plotLeft + inset,
            rangeHigh: plotRight - inset)

        var svg = SVGWriter()
        let listing = lines.map { line -> String in
            let values = line.points.map { $0.period + " " + SVGNumber.percent($0.value) }
            return line.label + ": " + values.joined(separator: ", ")
        }
        svg.openRoot(
            id: id, kind: "trend", width: Self.width, height: Self.height, title: title,
            desc: ChartDescription.join(summary, listing))
        drawAxes(&svg, ticks: ticks, y: y, x: x, periods: periods, plotLeft: plotLeft, plotRight: plotRight)
        let endYs = TrendLabelPlacer.spread(
            lines.map { y.position($0.points.last?.value ?? 0) }, gap: 15, low: plotTop, high: plotBottom + 4)
        for (index, line) in lines.enumerated() {
            let colour = ChartStyle.palette[index % ChartStyle.palette.count]
            let dashed = index >= ChartStyle.palette.count
            svg.open("g", [("class", "series"), ("data-label", line.label)])
            svg.element("title", [], text: listing[index])
            var path = ""
            var previous: Int?
            for point in line.points {
                let position = column[point.period] ?? 0
                let command = previous.map { position == $0 + 1 } ?? false ? " L" : (path.isEmpty ? "M" : " M")
                path +=
                    command + SVGNumber.format(x.position(Double(position))) + " "
                    + SVGNumber.format(y.position(point.value))
                previous = position
            }
            svg.empty(
                "path",
                [
                    ("class", "line"), ("d", path), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.5"),
                    ("stroke-linejoin", "round"),
                ] + (dashed ? [("stroke-dasharray", "6 3")] : []))
            for point in line.points {
                let cx = x.position(Double(column[point.period] ?? 0))
                svg.empty(
                    "circle",
                    [
                        ("class", "point"), ("cx", SVGNumber.format(cx)),
                        ("cy", SVGNumber.format(y.position(point.value))),
                        ("r", "3.5"), ("fill", colour), ("stroke", "#FFFFFF"), ("stroke-width", "1"),
                        ("data-label", line.label), ("data-period", point.period),
                        ("data-value", SVGNumber.decimal(point.value, digits: 6)),
                    ])
            }
            let lastX = x.position(Double(column[line.points.last?.period ?? ""] ?? 0))
            svg.label(
                endLabels[index], x: lastX + 9, y: endYs[index] + 4.5, maxWidth: Self.width - 6 - lastX - 9,
                extra: [("class", "end-label"), ("fill", colour), ("font-weight", "600")])
            svg.close("g")
        }
        svg.closeRoot()
        return svg.markup
    }

    private func resolvedPeriods() -> [String] {
        var seen = Set<String>()
        let source = periods.isEmpty ? series.flatMap { $0.points.map(\.period) } : periods
        return source.filter { seen.insert($0).inserted }
    }

    private func drawAxes(
        _ svg: inout SVGWriter, ticks: [Double], y: ChartScale, x: ChartScale, periods: [String],
        plotLeft: Double, plotRight: Double
    ) {
        svg.open("g", [("class", "axis")])
        for tick in ticks {
            let tickY = SVGNumber.format(y.position(tick))
            svg.empty(
                "line",
                [
                    ("x1", SVGNumber.format(plotLeft)), ("y1", tickY), ("x2", SVGNumber.format(plotRight)),
                    ("y2", tickY), ("stroke", tick == 0 ? ChartStyle.axisColour : ChartStyle.gridColour),
                ])
            svg.label(
                SVGNumber.percent(tick), x: plotLeft - 5, y: y.position(tick) + 4, anchor: "end",
                size: ChartStyle.smallFontSize, extra: [("class", "tick"), ("fill", ChartStyle.mutedTextColour)])
        }
        let spacing = periods.count > 1 ? (x.rangeHigh - x.rangeLow) / Double(periods.count - 1) : plotRight - plotLeft
        let widest = periods.map { ChartText.width(of: $0, fontSize: ChartStyle.smallFontSize) }.max() ?? 0
        var every = 1
        while Double(every) * spacing < widest + 6 && every < periods.count { every += 1 }
        for (index, period) in periods.enumerated() where index % every == 0 || index == periods.count - 1 {
            if index == periods.count - 1 && index % every != 0 && Double(index % every) * spacing < widest + 6 {
                continue
            }
            svg.label(
                period, x: x.position(Double(index)), y: y.rangeLow + 18,
                maxWidth: max(spacing * Double(every) - 4, 24),
                anchor: "middle", size: ChartStyle.smallFontSize,
                extra: [("class", "tick"), ("fill", ChartStyle.mutedTextColour)])
        }
        svg.close("g")
    }
}

/// Moves end-of-line labels apart so they do not overlap, keeping their order and staying within bounds.
enum TrendLabelPlacer {
    /// `positions` shifted so neighbours are at least `gap` apart inside `low...high` (y grows downwards).
    /// With more labels than fit, the gap shrinks so every label stays inside the bounds.
    static func spread(_ positions: [Double], gap requested: Double, low: Double, high: Double) -> [Double] {
        let gap = positions.count > 1 ? min(requested, (high - low) / Double(positions.count - 1)) : requested
        let order = positions.indices.sorted {
            positions[$0] != positions[$1] ? positions[$0] < positions[$1] : $0 < $1
        }
        var placed = order.map { positions[$0] }
        for index in placed.indices {
            let floor = index == 0 ? low : placed[index - 1] + gap
            placed[index] = max(placed[index], floor)
        }
        if let last = placed.last, last > high {
            placed[placed.count - 1] = high
            for index in placed.indices.reversed().dropFirst() {
                placed[index] = min(placed[index], placed[index + 1] - gap)
            }
        }
        var result = positions
        for (rank, original) in order.enumerated() { result[original] = placed[rank] }
        return result
    }
}
