/// A wrapping row of colour swatches with names, drawn at the top of a chart.
enum ChartLegend {
    static let rowHeight = 20.0
    static let swatchSize = 11.0
    static let gap = 14.0

    /// Number of rows `entries` need in `width` (0 when empty).
    static func rowCount(entries: [String], width: Double) -> Int {
        positions(entries: entries, width: width).last.map { $0.row + 1 } ?? 0
    }

    /// Draws the legend from `top`; returns the y just below it (`top` itself when there are no entries).
    static func draw(
        _ svg: inout SVGWriter, entries: [(name: String, colour: String)], width: Double, top: Double,
        round: Bool = false
    ) -> Double {
        guard !entries.isEmpty else { return top }
        let places = positions(entries: entries.map(\.name), width: width)
        svg.open("g", [("class", "legend")])
        for (entry, place) in zip(entries, places) {
            let y = top + Double(place.row) * rowHeight
            svg.open("g", [("class", "legend-item"), ("data-label", entry.name)])
            if round {
                svg.empty(
                    "circle",
                    [
                        ("cx", SVGNumber.format(place.x + swatchSize / 2)), ("cy", SVGNumber.format(y + 9.5)),
                        ("r", SVGNumber.format(swatchSize / 2)), ("fill", entry.colour),
                    ])
            } else {
                svg.empty(
                    "rect",
                    [
                        ("x", SVGNumber.format(place.x)), ("y", SVGNumber.format(y + 4)),
                        ("width", SVGNumber.format(swatchSize)), ("height", SVGNumber.format(swatchSize)), ("rx", "2"),
                        ("fill", entry.colour),
                    ])
            }
            svg.label(entry.name, x: place.x + swatchSize + 5, y: y + 14, maxWidth: width - 12 - swatchSize - 5)
            svg.close("g")
        }
        svg.close("g")
        return top + Double(places.last.map { $0.row + 1 } ?? 0) * rowHeight + 4
    }

    private static func positions(entries: [String], width: Double) -> [(x: Double, row: Int)] {
        var result: [(x: Double, row: Int)] = []
        var x = 6.0
        var row = 0
        for name in entries {
            let itemWidth = swatchSize + 5 + ChartText.width(of: name, fontSize: ChartStyle.fontSize)
            if x > 6 && x + itemWidth > width - 6 {
                row += 1
                x = 6
            }
            result.append((x, row))
            x += itemWidth + gap
        }
        return result
    }
}

/// Builds the `<desc>` text: the caller's summary followed by the plotted values.
enum ChartDescription {
    static func join(_ summary: String, _ listing: [String]) -> String {
        let data = listing.joined(separator: "; ")
        guard !summary.isEmpty else { return data }
        guard !data.isEmpty else { return summary }
        let end = summary.last.map { ".!?".contains($0) } ?? false
        return summary + (end ? " " : ". ") + data + "."
    }
}
