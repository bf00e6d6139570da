/// Horizontal bar chart: one labelled bar per item, optional colour categories with a legend,
/// reference lines (e.g. tier thresholds) and a link per bar.
///
/// Every bar carries `class="bar"`, `data-label`, `data-value` (and `data-category`) so browser tests
/// can check it; each row shows its label on the left and its value label at the bar's end.
public struct BarChart: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var label: String
        /// Bar length in data units (a share 0..1 or an absolute count); negatives draw as zero.
        public var value: Double
        /// Text shown at the bar's end, e.g. "66.6%" or "3,300".
        public var valueLabel: String
        /// Name of a `Category` for the bar's colour; `nil` or unknown names use the first palette colour.
        public var category: String?
        /// Target of the bar's link, e.g. "#skill-python"; only fragments, paths and http(s) are kept.
        public var link: String?

        public init(label: String, value: Double, valueLabel: String, category: String? = nil, link: String? = nil) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.category = category
            self.link = link
        }
    }

    /// A colour category shown in the legend, in the order given.
    public struct Category: Sendable, Equatable {
        /// The key items refer to in `Item.category`.
        public var name: String
        /// Text shown in the legend; `nil` shows `name`.
        public var legendLabel: String?
        /// A CSS colour; `nil` takes the next `ChartStyle.palette` colour.
        public var colour: String?

        public init(name: String, legendLabel: String? = nil, colour: String? = nil) {
            self.name = name
            self.legendLabel = legendLabel
            self.colour = colour
        }

        /// The skill tiers of the report (keys as in the report JSON), most to least common.
        public static let tiers: [Category] = [
            Category(name: "table-stakes", legendLabel: "Table stakes ≥50%", colour: ChartStyle.tierColours[0]),
            Category(name: "common", legendLabel: "Common 20–50%", colour: ChartStyle.tierColours[1]),
            Category(name: "differentiator", legendLabel: "Differentiator 5–20%", colour: ChartStyle.tierColours[2]),
            Category(name: "niche", legendLabel: "Niche <5%", colour: ChartStyle.tierColours[3]),
        ]
    }

    /// A dashed vertical line across all bars at `value`, labelled above the plot (e.g. "20%").
    public struct ReferenceLine: Sendable, Equatable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }

        /// Tier thresholds at 5 %, 20 % and 50 % for share charts.
        public static let tierThresholds = [0.05, 0.2, 0.5].map {
            ReferenceLine(value: $0, label: SVGNumber.percent($0))
        }
    }

    /// Element id prefix; must be unique on the page (sanitized with `SVGChart.sanitizedID`).
    public var id: String
    public var title: String
    /// One or two sentences for screen readers; the item values are appended to it.
    public var summary: String
    public var items: [Item]
    public var categories: [Category]
    public var referenceLines: [ReferenceLine]
    /// Value at the right end of the plot; `nil` uses the largest item or reference value.
    /// Reference lines beyond it are not drawn; longer bars are cut at the end.
    public var maxValue: Double?

    public init(
        id: String, title: String, summary: String, items: [Item], categories: [Category] = [],
        referenceLines: [ReferenceLine] = [], maxValue: Double? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.items = items
        self.categories = categories
        self.referenceLines = referenceLines
        self.maxValue = maxValue
    }

    /// The chart as one `<svg>` element, or the "No data" SVG when there are no items.
    public func render() -> String {
        let id = SVGChart.sanitizedID(id)
        guard !items.isEmpty else { return SVGChart.noData(id: id, title: title) }
        let layout = BarLayout(chart: self)
        var svg = SVGWriter()
        let listing = items.map { $0.label + " " + $0.valueLabel + ($0.category.map { " (" + $0 + ")" } ?? "") }
        svg.openRoot(
            id: id, kind: "bar", width: layout.width, height: layout.height, title: title,
            desc: ChartDescription.join(summary, listing))
        let colours = categoryColours()
        var y = ChartLegend.draw(
            &svg, entries: categories.map { ($0.legendLabel ?? $0.name, colours[$0.name] ?? ChartStyle.palette[0]) },
            width: layout.width, top: 4)
        y += drawReferenceLabels(&svg, layout: layout, top: y)
        let plotTop = y
        let plotBottom = plotTop + Double(items.count) * BarLayout.rowHeight
        drawReferenceLines(&svg, layout: layout, top: plotTop, bottom: plotBottom)
        svg.empty(
            "line",
            [
                ("x1", SVGNumber.format(layout.plotLeft)), ("y1", SVGNumber.format(plotTop)),
                ("x2", SVGNumber.format(layout.plotLeft)), ("y2", SVGNumber.format(plotBottom)),
                ("stroke", ChartStyle.axisColour), ("class", "axis"),
            ])
        for item in items {
            drawRow(&svg, item: item, layout: layout, top: y, colour: item.category.flatMap { colours[$0] })
            y += BarLayout.rowHeight
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

    private func drawRow(_ svg: inout SVGWriter, item: Item, layout: BarLayout, top: Double, colour: String?) {
        let href = SVGChart.safeHref(item.link)
        if let href { svg.open("a", [("href", href), ("class", "bar-link")]) }
        svg.open("g", [("class", "bar-row")])
        svg.element("title", [], text: item.label + ": " + item.valueLabel)
        let middle = top + BarLayout.rowHeight / 2
        svg.label(
            item.label, x: layout.plotLeft - 8, y: middle + 4.5, maxWidth: layout.labelWidth, anchor: "end",
            extra: [("class", "bar-label")] + (href == nil ? [] : [("text-decoration", "underline")]))
        let value = item.value.isFinite ? max(item.value, 0) : 0
        var barWidth = layout.scale.position(value) - layout.plotLeft
        if value > 0 { barWidth = max(barWidth, 1.5) }
        var attributes: [(String, String)] = [
            ("class", "bar"), ("x", SVGNumber.format(layout.plotLeft)),
            ("y", SVGNumber.format(middle - BarLayout.barHeight / 2)), ("width", SVGNumber.format(barWidth)),
            ("height", SVGNumber.format(BarLayout.barHeight)), ("rx", "2"), ("fill", colour ?? ChartStyle.palette[0]),
            ("data-label", item.label), ("data-value", SVGNumber.decimal(item.value, digits: 6)),
        ]
        if let category = item.category { attributes.append(("data-category", category)) }
        svg.empty("rect", attributes)
        svg.label(
            item.valueLabel, x: layout.plotLeft + barWidth + 5, y: middle + 4.5, maxWidth: layout.valueWidth,
            extra: [("class", "bar-value")] + ChartStyle.halo)
        svg.close("g")
        if href != nil { svg.close("a") }
    }

    /// Draws reference labels above the plot (collisions go to a second line); returns the height used.
    private func drawReferenceLabels(_ svg: inout SVGWriter, layout: BarLayout, top: Double) -> Double {
        for (line, row) in zip(layout.sortedReferences, layout.referenceRows) {
            svg.label(
                line.label, x: layout.scale.position(line.value), y: top + 11 + Double(row) * 13, anchor: "middle",
                size: ChartStyle.smallFontSize,
                extra: [("class", "reference-label"), ("fill", ChartStyle.mutedTextColour)])
        }
        return layout.referenceHeight
    }

    private func drawReferenceLines(_ svg: inout SVGWriter, layout: BarLayout, top: Double, bottom: Double) {
        for line in layout.sortedReferences {
            let x = SVGNumber.format(layout.scale.position(line.value))
            svg.empty(
                "line",
                [
                    ("class", "reference-line"), ("x1", x), ("y1", SVGNumber.format(top - 2)), ("x2", x),
                    ("y2", SVGNumber.format(bottom)), ("stroke", ChartStyle.referenceColour), ("stroke-width", "1"),
                    ("stroke-dasharray", "3 3"), ("data-value", SVGNumber.decimal(line.value, digits: 6)),
                ])
        }
    }
}

/// Column widths and the value scale of a `BarChart`.
struct BarLayout {
    static let rowHeight = 26.0
    static let barHeight = 17.0
    let width = ChartStyle.width
    let labelWidth: Double
    let valueWidth: Double
    let plotLeft: Double
    let scale: ChartScale
    let sortedReferences: [BarChart.ReferenceLine]
    /// Label line (0 or 1) of each of `sortedReferences`.
    let referenceRows: [Int]
    let referenceHeight: Double
    let height: Double

    init(chart: BarChart) {
        let size = ChartStyle.fontSize
        let longestLabel = chart.items.map { ChartText.width(of: $0.label, fontSize: size) }.max() ?? 0
        labelWidth = min(longestLabel, width * 0.44)
        let longestValue = chart.items.map { ChartText.width(of: $0.valueLabel, fontSize: size) }.max() ?? 0
        valueWidth = min(longestValue, width * 0.25)
        plotLeft = 6 + labelWidth + 8
        let values = chart.items.map(\.value) + chart.referenceLines.map(\.value)
        let largest = chart.maxValue ?? values.filter(\.isFinite).max() ?? 1
        scale = ChartScale(
            domainLow: 0, domainHigh: largest > 0 ? largest : 1, rangeLow: plotLeft,
            rangeHigh: width - 6 - valueWidth - 5)
        let domainHigh = scale.domainHigh
        sortedReferences = chart.referenceLines.filter { $0.value >= 0 && $0.value <= domainHigh }
            .sorted { $0.value < $1.value }
        var lineEnds = [-Double.infinity, -Double.infinity]
        var rows: [Int] = []
        for line in sortedReferences {
            let x = scale.position(line.value)
            let half = ChartText.width(of: line.label, fontSize: ChartStyle.smallFontSize) / 2
            let row = x - half >= lineEnds[0] + 4 ? 0 : 1
            lineEnds[row] = x + half
            rows.append(row)
        }
        referenceRows = rows
        referenceHeight = rows.isEmpty ? 4 : Double((rows.max() ?? 0) + 1) * 13 + 6
        let legendRows = ChartLegend.rowCount(entries: chart.categories.map { $0.legendLabel ?? $0.name }, width: width)
        height =
            4 + Double(legendRows) * ChartLegend.rowHeight + (legendRows > 0 ? 4 : 0) + referenceHeight
            + Double(chart.items.count) * BarLayout.rowHeight + 6
    }
}
