/// Diverging horizontal bar chart of signed share changes, ticks in percentage points:
/// bars grow right of a centre zero line for increases and left of it for decreases.
///
/// Rows appear in the order given, each with its label on the left and its value label at the
/// bar's end. Bars carry `class="bar"`, `data-label`, `data-value` (the signed value) and
/// `data-category`; categories colour the bars and appear in a legend. The scale is symmetric
/// around zero so equal changes have equal lengths either way.
public struct DeltaChart: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var label: String
        /// Signed share difference (−1...1; 0.031 is +3.1 percentage points).
        public var value: Double
        /// Text at the bar's end, e.g. "+3.1 pp".
        public var valueLabel: String
        /// Name of a `BarChart.Category`; `nil` or unknown names use the first palette colour.
        public var category: String?
        /// Target of the bar's link; only fragments, paths and http(s) are kept.
        public var link: String?

        public init(label: String, value: Double, valueLabel: String, category: String? = nil, link: String? = nil) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.category = category
            self.link = link
        }
    }

    /// Element id prefix; must be unique on the page.
    public var id: String
    public var title: String
    /// One or two sentences for screen readers; the item values are appended to it.
    public var summary: String
    public var items: [Item]
    public var categories: [BarChart.Category]

    public init(
        id: String, title: String, summary: String, items: [Item], categories: [BarChart.Category] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.items = items
        self.categories = categories
    }

    /// An axis tick: a share difference as signed whole or one-decimal percentage points: 0.05 → "+5 pp", 0 → "0".
    public static func pointsTick(_ value: Double) -> String {
        let text = SVGNumber.decimal(abs(value) * 100, digits: 1)
        if text == "0" { return "0" }
        return (value > 0 ? "+" : "−") + text + " pp"
    }

    static let width = 460.0
    static let rowHeight = 26.0
    static let barHeight = 17.0

    /// The chart as one `<svg>` element, or the "No data" SVG when there are no items.
    public func render() -> String {
        let id = SVGChart.sanitizedID(id)
        guard !items.isEmpty else { return SVGChart.noData(id: id, title: title) }
        let size = ChartStyle.fontSize
        let labelWidth = min(items.map { ChartText.width(of: $0.label, fontSize: size) }.max() ?? 0, Self.width * 0.34)
        let valueWidth = min(
            items.map { ChartText.width(of: $0.valueLabel, fontSize: size) }.max() ?? 0, Self.width * 0.16)
        let largest = items.map { $0.value.isFinite ? abs($0.value) : 0 }.max() ?? 0
        let ticks = ChartScale.niceTicks(low: -max(largest, 1e-9), high: max(largest, 1e-9), count: 4)
        let extent = max(abs(ticks.first ?? 1), abs(ticks.last ?? 1))
        let plotLeft = 6 + labelWidth + 8 + valueWidth + 5
        let scale = ChartScale(
            domainLow: -extent, domainHigh: extent, rangeLow: plotLeft, rangeHigh: Self.width - 6 - valueWidth - 5)

        var svg = SVGWriter()
        let listing = items.map { $0.label + " " + $0.valueLabel + ($0.category.map { " (" + $0 + ")" } ?? "") }
        let colours = categoryColours()
        let legendRows = ChartLegend.rowCount(entries: categories.map { $0.legendLabel ?? $0.name }, width: Self.width)
        let plotTop = 4 + Double(legendRows) * ChartLegend.rowHeight + (legendRows > 0 ? 4 : 0) + 18
        let plotBottom = plotTop + Double(items.count) * Self.rowHeight
        svg.openRoot(
            id: id, kind: "delta", width: Self.width, height: plotBottom + 6, title: title,
            desc: ChartDescription.join(summary, listing))
        _ = ChartLegend.draw(
            &svg, entries: categories.map { ($0.legendLabel ?? $0.name, colours[$0.name] ?? ChartStyle.palette[0]) },
            width: Self.width, top: 4)
        for tick in ticks where abs(tick) <= extent * (1 + 1e-9) {
            let x = SVGNumber.format(scale.position(tick))
            let isZero = abs(tick) < extent * 1e-9
            svg.empty(
                "line",
                [
                    ("class", isZero ? "axis" : "grid"), ("x1", x), ("y1", SVGNumber.format(plotTop - 2)), ("x2", x),
                    ("y2", SVGNumber.format(plotBottom)),
                    ("stroke", isZero ? ChartStyle.axisColour : ChartStyle.gridColour),
                    ("stroke-width", "1"), ("data-value", SVGNumber.decimal(tick, digits: 6)),
                ])
            svg.label(
                Self.pointsTick(tick), x: scale.position(tick), y: plotTop - 6, anchor: "middle",
                size: ChartStyle.smallFontSize,
                extra: [("class", "tick-label"), ("fill", ChartStyle.mutedTextColour)])
        }
        var y = plotTop
        for item in items {
            drawRow(
                &svg, item: item, scale: scale, top: y, labelWidth: labelWidth, valueWidth: valueWidth,
                colour: item.category.flatMap { colours[$0] })
            y += Self.rowHeight
        }
        svg.closeRoot()
        return svg.markup
    }

    private func categoryColours() -> [String: String] {
        var colours: [String: String] = [:]
        for (index, category) in categories.enumerated() where colours[category.name] == nil {
            colours[category.name] = category.colour ?? ChartStyle.palette[index % ChartStyle.palette.count]
        }
        return colours
    }

    private func drawRow(
        _ svg: inout SVGWriter, item: Item, scale: ChartScale, top: Double, labelWidth: Double, valueWidth: Double,
        colour: String?
    ) {
        let href = SVGChart.safeHref(item.link)
        if let href { svg.open("a", [("href", href), ("class", "bar-link")]) }
        svg.open("g", [("class", "bar-row")])
        svg.element("title", [], text: item.label + ": " + item.valueLabel)
        let middle = top + Self.rowHeight / 2
        svg.label(
            item.label, x: 6 + labelWidth, y: middle + 4.5, maxWidth: labelWidth, anchor: "end",
            extra: [("class", "bar-label")] + (href == nil ? [] : [("text-decoration", "underline")]))
        let value = item.value.isFinite ? item.value : 0
        let zero = scale.position(0)
        var end = scale.position(value)
        if value != 0 && abs(end - zero) < 1.5 { end = zero + (value > 0 ? 1.5 : -1.5) }
        var attributes: [(String, String)] = [
            ("class", "bar"), ("x", SVGNumber.format(min(zero, end))),
            ("y", SVGNumber.format(middle - Self.barHeight / 2)), ("width", SVGNumber.format(abs(end - zero))),
            ("height", SVGNumber.format(Self.barHeight)), ("rx", "2"), ("fill", colour ?? ChartStyle.palette[0]),
            ("data-label", item.label), ("data-value", SVGNumber.decimal(item.value, digits: 6)),
        ]
        if let category = item.category { attributes.append(("data-category", category)) }
        svg.empty("rect", attributes)
        svg.label(
            item.valueLabel, x: value < 0 ? min(zero, end) - 5 : max(zero, end) + 5, y: middle + 4.5,
            maxWidth: valueWidth, anchor: value < 0 ? "end" : "start", extra: [("class", "bar-value")] + ChartStyle.halo
        )
        svg.close("g")
        if href != nil { svg.close("a") }
    }
}
