import Foundation

/// Square co-occurrence matrix coloured by lift on a diverging log scale centred at 1.0.
///
/// Blue cells co-occur more often than independence predicts, orange ones less; cells that are not
/// statistically significant are faded and hatched. Each cell is `<rect class="cell">` with
/// `data-row`, `data-column` and `data-value` (the lift). Values are printed in the cells when the
/// matrix has at most `HeatMap.maxLabelledSize` rows.
public struct HeatMap: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var lift: Double
        public var isSignificant: Bool

        public init(lift: Double, isSignificant: Bool = true) {
            self.lift = lift
            self.isSignificant = isSignificant
        }
    }

    /// One unordered pair, for `HeatMap.symmetric`.
    public struct Pair: Sendable, Equatable {
        public var a: String
        public var b: String
        public var lift: Double
        public var isSignificant: Bool

        public init(a: String, b: String, lift: Double, isSignificant: Bool = true) {
            self.a = a
            self.b = b
            self.lift = lift
            self.isSignificant = isSignificant
        }
    }

    public static let maxLabelledSize = 12

    public var id: String
    public var title: String
    public var summary: String
    /// Row and column labels, in display order.
    public var labels: [String]
    /// `cells[row][column]`; `nil` (e.g. the diagonal) is drawn empty. Missing rows or columns count as `nil`.
    public var cells: [[Cell?]]
    /// Lift at the ends of the colour scale: `1/maxLift` is full orange, `maxLift` full blue.
    public var maxLift: Double

    public init(id: String, title: String, summary: String, labels: [String], cells: [[Cell?]], maxLift: Double = 4) {
        self.id = id
        self.title = title
        self.summary = summary
        self.labels = labels
        self.cells = cells
        self.maxLift = maxLift
    }

    /// A symmetric matrix over `labels` filled from `pairs` (both triangles); pairs naming unknown labels are ignored.
    public static func symmetric(
        id: String, title: String, summary: String, labels: [String], pairs: [Pair], maxLift: Double = 4
    ) -> HeatMap {
        var index: [String: Int] = [:]
        for (position, label) in labels.enumerated() where index[label] == nil { index[label] = position }
        var cells = [[Cell?]](repeating: [Cell?](repeating: nil, count: labels.count), count: labels.count)
        for pair in pairs {
            guard let row = index[pair.a], let column = index[pair.b], row != column else { continue }
            let cell = Cell(lift: pair.lift, isSignificant: pair.isSignificant)
            cells[row][column] = cell
            cells[column][row] = cell
        }
        return HeatMap(id: id, title: title, summary: summary, labels: labels, cells: cells, maxLift: maxLift)
    }

    /// The chart as one `<svg>` element, or the "No data" SVG when no cell has a finite, positive lift.
    public func render() -> String {
        let id = SVGChart.sanitizedID(id)
        let count = labels.count
        let hasData = cells.prefix(count).contains { row in
            row.prefix(count).contains { $0.map { $0.lift.isFinite && $0.lift > 0 } ?? false }
        }
        guard count > 0, hasData else { return SVGChart.noData(id: id, title: title) }
        let layout = HeatMapLayout(labels: labels)
        let colours = LiftColourScale(maxLift: maxLift)
        var svg = SVGWriter()
        svg.openRoot(
            id: id, kind: "heatmap", width: layout.width, height: layout.height, title: title,
            desc: ChartDescription.join(summary, strongestPairs()),
            extraClass: layout.showsValues ? nil : "chart-wide")
        svg.open("defs")
        svg.open(
            "pattern",
            [
                ("id", id + "-hatch"), ("width", "5"), ("height", "5"), ("patternUnits", "userSpaceOnUse"),
                ("patternTransform", "rotate(45)"),
            ])
        svg.empty(
            "line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "5"), ("stroke", "#FFFFFF"), ("stroke-width", "2")])
        svg.close("pattern")
        svg.close("defs")
        drawLabels(&svg, layout: layout)
        svg.open("g", [("class", "cells")])
        for row in 0..<count {
            for column in 0..<count {
                drawCell(&svg, row: row, column: column, layout: layout, colours: colours, hatch: id + "-hatch")
            }
        }
        svg.close("g")
        HeatMapLegend.draw(
            &svg, colours: colours, top: layout.gridBottom + 14, hatch: id + "-hatch", width: layout.width)
        svg.closeRoot()
        return svg.markup
    }

    func cell(_ row: Int, _ column: Int) -> Cell? {
        guard row < cells.count, column < cells[row].count else { return nil }
        return cells[row][column]
    }

    private func drawLabels(_ svg: inout SVGWriter, layout: HeatMapLayout) {
        let size = layout.fontSize
        svg.open("g", [("class", "row-labels")])
        for (row, label) in labels.enumerated() {
            svg.label(
                label, x: layout.gridLeft - 6, y: layout.gridTop + (Double(row) + 0.5) * layout.cellSize + size * 0.35,
                maxWidth: layout.labelWidth, anchor: "end", size: size, extra: [("class", "row-label")])
        }
        svg.close("g")
        svg.open("g", [("class", "column-labels")])
        for (column, label) in labels.enumerated() {
            let x = layout.gridLeft + (Double(column) + 0.5) * layout.cellSize + size * 0.3
            let y = layout.gridTop - 6
            svg.label(
                label, x: x, y: y, maxWidth: layout.labelWidth, anchor: "start", size: size,
                extra: [
                    ("class", "column-label"),
                    ("transform", "rotate(-55 " + SVGNumber.format(x) + " " + SVGNumber.format(y) + ")"),
                ])
        }
        svg.close("g")
    }

    private func drawCell(
        _ svg: inout SVGWriter, row: Int, column: Int, layout: HeatMapLayout,
        colours: LiftColourScale, hatch: String
    ) {
        let x = layout.gridLeft + Double(column) * layout.cellSize
        let y = layout.gridTop + Double(row) * layout.cellSize
        let size = SVGNumber.format(layout.cellSize - 1)
        let frame: [(String, String)] = [
            ("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)), ("width", size),
            ("height", size),
        ]
        guard let cell = cell(row, column), cell.lift.isFinite, cell.lift > 0 else {
            svg.empty("rect", [("class", "cell cell-empty")] + frame + [("fill", "#FFFFFF"), ("stroke", "#E4E4E4")])
            return
        }
        let fill = colours.colour(for: cell.lift)
        let pair = labels[row] + " × " + labels[column]
        svg.open("g", [("class", cell.isSignificant ? "cell-group" : "cell-group not-significant")])
        svg.element(
            "title", [],
            text: pair + ": lift " + SVGNumber.decimal(cell.lift, digits: 2)
                + (cell.isSignificant ? "" : " (not significant)"))
        var attributes: [(String, String)] = [("class", "cell")] + frame + [("fill", fill.hex)]
        if !cell.isSignificant { attributes.append(("fill-opacity", "0.45")) }
        attributes += [
            ("data-row", labels[row]), ("data-column", labels[column]),
            ("data-value", SVGNumber.decimal(cell.lift, digits: 3)),
            ("data-significant", cell.isSignificant ? "true" : "false"),
        ]
        svg.empty("rect", attributes)
        if !cell.isSignificant {
            svg.empty("rect", [("class", "hatch")] + frame + [("fill", "url(#" + hatch + ")")])
        }
        if layout.showsValues {
            let dark = cell.isSignificant && fill.isDark
            svg.label(
                SVGNumber.fixed(cell.lift, digits: 1), x: x + (layout.cellSize - 1) / 2,
                y: y + layout.cellSize / 2 + 3.5, anchor: "middle", size: 10.5,
                extra: [("class", "cell-value"), ("fill", dark ? "#FFFFFF" : ChartStyle.textColour)])
        }
        svg.close("g")
    }

    /// The five pairs furthest from independence, for the description.
    private func strongestPairs() -> [String] {
        var pairs: [(text: String, strength: Double, order: Int)] = []
        for row in labels.indices {
            for column in labels.indices where column > row {
                guard let cell = cell(row, column), cell.lift.isFinite, cell.lift > 0 else { continue }
                let text =
                    labels[row] + " and " + labels[column] + " lift " + SVGNumber.decimal(cell.lift, digits: 2)
                    + (cell.isSignificant ? "" : " (not significant)")
                pairs.append((text, abs(log(cell.lift)), pairs.count))
            }
        }
        pairs.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.order < $1.order }
        return pairs.prefix(5).map(\.text)
    }
}

/// Sizes of the heat map grid and its label margins.
struct HeatMapLayout {
    let cellSize: Double
    let fontSize: Double
    let labelWidth: Double
    let gridLeft: Double
    let gridTop: Double
    let gridBottom: Double
    let showsValues: Bool
    let width: Double
    let height: Double

    init(labels: [String]) {
        let count = Double(labels.count)
        showsValues = labels.count <= HeatMap.maxLabelledSize
        cellSize = showsValues ? 32 : 24
        let fontSize = labels.count <= HeatMap.maxLabelledSize ? 12.0 : 11.0
        self.fontSize = fontSize
        let longest = labels.map { ChartText.width(of: $0, fontSize: fontSize) }.max() ?? 0
        labelWidth = min(longest, 130)
        gridLeft = 6 + labelWidth + 6
        // Column labels rise at 55°: sin 55° ≈ 0.82, and lean right by cos 55° ≈ 0.57.
        gridTop = 8 + labelWidth * 0.82 + 6
        gridBottom = gridTop + count * cellSize
        let rightOverhang = max(0, labelWidth * 0.57 - cellSize / 2)
        width = max(gridLeft + count * cellSize + rightOverhang + 6, HeatMapLegend.minimumWidth)
        height = gridBottom + 14 + HeatMapLegend.height
    }
}
