/// Dot-and-interval chart of medians against a baseline (salary by skill vs the role's median).
///
/// Each row shows the item's label with its n, a horizontal confidence-interval line, a dot at the
/// median with its money label, coloured by whether the median is above or below the baseline.
/// Rows keep the order given. Dots carry `class="interval-median"` and `data-label`/`data-value`.
public struct IntervalChart: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var label: String
        public var median: Double
        /// Confidence-interval ends; when either is `nil` only the dot is drawn.
        public var low: Double?
        public var high: Double?
        /// Number of data points, shown as "n=905".
        public var n: Int?
        /// Target of the row's link (see `SVGChart.safeHref`).
        public var link: String?

        public init(
            label: String, median: Double, low: Double? = nil, high: Double? = nil, n: Int? = nil,
            link: String? = nil
        ) {
            self.label = label
            self.median = median
            self.low = low
            self.high = high
            self.n = n
            self.link = link
        }
    }

    /// The vertical reference, e.g. value 193,000 with label "All postings $193K".
    public struct Baseline: Sendable, Equatable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var items: [Item]
    public var baseline: Baseline?
    /// Prefix of money labels ("$", "£", "€").
    public var currencySymbol: String

    public init(
        id: String, title: String, summary: String, items: [Item], baseline: Baseline?,
        currencySymbol: String = "$"
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.items = items
        self.baseline = baseline
        self.currencySymbol = currencySymbol
    }

    static let width = ChartStyle.width
    static let rowHeight = 38.0

    /// The chart as one `<svg>` element, or the "No data" SVG when no item has a finite median.
    public func render() -> String {
        let id = SVGChart.sanitizedID(id)
        let items = self.items.filter { $0.median.isFinite }
        guard !items.isEmpty else { return SVGChart.noData(id: id, title: title) }
        let symbol = currencySymbol
        let size = ChartStyle.fontSize
        let labelWidth = min(items.map { ChartText.width(of: $0.label, fontSize: size) }.max() ?? 0, Self.width * 0.36)
        let plotLeft = 6 + labelWidth + 14
        let plotRight = Self.width - 28
        var values = items.flatMap { [$0.median, $0.low, $0.high].compactMap { $0 } }.filter(\.isFinite)
        if let baseline, baseline.value.isFinite { values.append(baseline.value) }
        let ticks = ChartScale.niceTicks(low: values.min() ?? 0, high: values.max() ?? 1, count: 4)
        let scale = ChartScale(
            domainLow: ticks.first ?? 0, domainHigh: ticks.last ?? 1, rangeLow: plotLeft, rangeHigh: plotRight)
        let legend: [(name: String, colour: String)] =
            baseline == nil
            ? [] : [("Above baseline", ChartStyle.aboveColour), ("Below baseline", ChartStyle.belowColour)]
        let legendRows = ChartLegend.rowCount(entries: legend.map(\.name), width: Self.width)
        let plotTop =
            4 + Double(legendRows) * ChartLegend.rowHeight + (legendRows > 0 ? 4 : 0) + (baseline == nil ? 4 : 22)
        let plotBottom = plotTop + Double(items.count) * Self.rowHeight
        let height = plotBottom + 30

        var svg = SVGWriter()
        let listing = items.map(describe)
        let baselineText = baseline.map { [$0.label + " " + SVGNumber.money($0.value, symbol: symbol)] } ?? []
        svg.openRoot(
            id: id, kind: "interval", width: Self.width, height: height, title: title,
            desc: ChartDescription.join(summary, baselineText + listing))
        _ = ChartLegend.draw(&svg, entries: legend, width: Self.width, top: 4, round: true)
        drawAxis(&svg, ticks: ticks, scale: scale, top: plotTop, bottom: plotBottom)
        for (index, item) in items.enumerated() {
            drawRow(
                &svg, item: item, labelWidth: labelWidth, scale: scale,
                top: plotTop + Double(index) * Self.rowHeight)
        }
        drawBaseline(&svg, scale: scale, top: plotTop, bottom: plotBottom)
        svg.closeRoot()
        return svg.markup
    }

    private func drawBaseline(_ svg: inout SVGWriter, scale: ChartScale, top: Double, bottom: Double) {
        guard let baseline, baseline.value.isFinite else { return }
        let x = scale.position(baseline.value)
        svg.empty(
            "line",
            [
                ("class", "baseline"), ("x1", SVGNumber.format(x)), ("y1", SVGNumber.format(top - 4)),
                ("x2", SVGNumber.format(x)), ("y2", SVGNumber.format(bottom)),
                ("stroke", ChartStyle.referenceColour), ("stroke-width", "1.5"),
                ("stroke-dasharray", "4 3"), ("data-value", SVGNumber.decimal(baseline.value, digits: 2)),
            ])
        let text = baseline.label
        let half = ChartText.width(of: text, fontSize: ChartStyle.smallFontSize) / 2
        let labelX = min(max(x, 6 + half), Self.width - 6 - half)
        svg.label(
            text, x: labelX, y: top - 7, maxWidth: Self.width - 12, anchor: "middle",
            size: ChartStyle.smallFontSize,
            extra: [("class", "baseline-label"), ("font-weight", "600")] + ChartStyle.halo)
    }

    /// "JAX $221K ($208K to $236K), n=88" for the `<desc>`.
    private func describe(_ item: Item) -> String {
        let symbol = currencySymbol
        var text = item.label + " " + SVGNumber.money(item.median, symbol: symbol)
        if let low = item.low, let high = item.high {
            text += " (" + SVGNumber.money(low, symbol: symbol) + " to " + SVGNumber.money(high, symbol: symbol) + ")"
        }
        if let n = item.n { text += ", n=" + String(n) }
        return text
    }

    private func drawAxis(_ svg: inout SVGWriter, ticks: [Double], scale: ChartScale, top: Double, bottom: Double) {
        svg.open("g", [("class", "axis")])
        for tick in ticks {
            let x = SVGNumber.format(scale.position(tick))
            svg.empty(
                "line",
                [
                    ("x1", x), ("y1", SVGNumber.format(top)), ("x2", x), ("y2", SVGNumber.format(bottom)),
                    ("stroke", ChartStyle.gridColour),
                ])
            svg.label(
                SVGNumber.money(tick, symbol: currencySymbol), x: scale.position(tick), y: bottom + 18,
                anchor: "middle", size: ChartStyle.smallFontSize,
                extra: [("class", "tick"), ("fill", ChartStyle.mutedTextColour)])
        }
        svg.close("g")
    }

    private func drawRow(_ svg: inout SVGWriter, item: Item, labelWidth: Double, scale: ChartScale, top: Double) {
        let href = SVGChart.safeHref(item.link)
        if let href { svg.open("a", [("href", href), ("class", "interval-link")]) }
        svg.open("g", [("class", "interval")])
        var tooltip =
            item.label + (item.n.map { " (n=" + String($0) + ")" } ?? "") + ": median "
            + SVGNumber.money(item.median, symbol: currencySymbol)
        if let low = item.low, let high = item.high {
            tooltip +=
                ", interval " + SVGNumber.money(low, symbol: currencySymbol) + " to "
                + SVGNumber.money(high, symbol: currencySymbol)
        }
        if let baseline {
            tooltip +=
                ", " + SVGNumber.signedMoney(item.median - baseline.value, symbol: currencySymbol) + " vs baseline"
        }
        svg.element("title", [], text: tooltip)
        let lineY = top + 24
        let labelY = item.n == nil ? lineY + 4.5 : lineY - 1
        svg.label(
            item.label, x: 6 + labelWidth, y: labelY, maxWidth: labelWidth, anchor: "end",
            extra: [("class", "interval-label")] + (href == nil ? [] : [("text-decoration", "underline")]))
        if let n = item.n {
            svg.label(
                "n=" + String(n), x: 6 + labelWidth, y: lineY + 11, anchor: "end", size: ChartStyle.smallFontSize,
                extra: [("class", "interval-n"), ("fill", ChartStyle.mutedTextColour)])
        }
        if let low = item.low, let high = item.high, low.isFinite, high.isFinite {
            svg.empty(
                "line",
                [
                    ("class", "interval-range"), ("x1", SVGNumber.format(scale.position(low))),
                    ("y1", SVGNumber.format(lineY)), ("x2", SVGNumber.format(scale.position(high))),
                    ("y2", SVGNumber.format(lineY)), ("stroke", ChartStyle.axisColour), ("stroke-width", "3"),
                    ("stroke-linecap", "round"), ("data-low", SVGNumber.decimal(low, digits: 2)),
                    ("data-high", SVGNumber.decimal(high, digits: 2)),
                ])
        }
        let above = baseline.map { item.median >= $0.value } ?? true
        let x = scale.position(item.median)
        var attributes: [(String, String)] = [
            ("class", "interval-median"), ("cx", SVGNumber.format(x)), ("cy", SVGNumber.format(lineY)), ("r", "5.5"),
            ("fill", above ? ChartStyle.aboveColour : ChartStyle.belowColour), ("stroke", "#FFFFFF"),
            ("stroke-width", "1.5"), ("data-label", item.label),
            ("data-value", SVGNumber.decimal(item.median, digits: 2)),
        ]
        if let n = item.n { attributes.append(("data-n", String(n))) }
        if baseline != nil { attributes.append(("data-side", above ? "above" : "below")) }
        svg.empty("circle", attributes)
        let valueText = SVGNumber.money(item.median, symbol: currencySymbol)
        let half = ChartText.width(of: valueText, fontSize: ChartStyle.smallFontSize) / 2
        svg.label(
            valueText, x: min(max(x, scale.rangeLow + half), Self.width - 4 - half), y: lineY - 9,
            anchor: "middle", size: ChartStyle.smallFontSize, extra: [("class", "interval-value")] + ChartStyle.halo)
        svg.close("g")
        if href != nil { svg.close("a") }
    }
}
