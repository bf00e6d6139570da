/// Shared look of the SVG charts: fonts, colours, and the page CSS that sizes them.
///
/// Colours come from the Okabe–Ito colour-blind-safe set, darkened where needed so marks keep a
/// contrast of at least 3:1 against white.
public enum ChartStyle {
    /// CSS for the page hosting the charts (inline `<style>` allowed by a CSP hash, or a stylesheet).
    ///
    /// Charts fill their container up to a comfortable reading width; wide charts (`chart-wide`, the
    /// heat map of more than `HeatMap.maxLabelledSize` skills) keep a minimum width, so wrap them in a
    /// horizontally scrolling `<div class="chart-scroll">` for phones.
    public static let stylesheet = """
        svg.chart{display:block;width:100%;height:auto;max-width:34rem;margin:1rem 0}\
        svg.chart-heatmap{max-width:40rem}svg.chart-wide{max-width:52rem;min-width:36rem}\
        .chart-scroll{overflow-x:auto}\
        svg.chart a:focus{outline:2px solid #0072B2}
        """

    /// Series and category colours, in the order they are handed out.
    public static let palette = ["#0072B2", "#D55E00", "#007A5E", "#B4497F", "#8A6A00", "#4D4D4D", "#3A8FC7"]

    /// Tier colours for `BarChart.Category.tiers`, most to least common.
    static let tierColours = ["#0072B2", "#007A5E", "#D55E00", "#767676"]

    /// Width of the viewBox of the bar, interval and trend charts: at 360 px a 13-unit font is about 11 px.
    static let width = 380.0
    /// A white outline behind text so it stays readable over lines and grid.
    static let halo: [(String, String)] = [
        ("stroke", "#FFFFFF"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"),
    ]
    static let fontFamily = "system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif"
    static let fontSize = 13.0
    static let smallFontSize = 11.0
    static let textColour = "#1A1A1A"
    static let mutedTextColour = "#555555"
    static let gridColour = "#DDDDDD"
    static let axisColour = "#888888"
    static let referenceColour = "#444444"
    static let aboveColour = "#0072B2"
    static let belowColour = "#D55E00"
}

/// Helpers every chart uses: ids, links and the "No data" placeholder.
public enum SVGChart {
    /// A valid, small SVG stating that there is nothing to plot.
    public static func noData(id: String, title: String) -> String {
        let id = sanitizedID(id)
        var svg = SVGWriter()
        svg.openRoot(id: id, kind: "empty", width: 320, height: 60, title: title, desc: "No data")
        svg.empty(
            "rect",
            [
                ("x", "0.5"), ("y", "0.5"), ("width", "319"), ("height", "59"), ("rx", "4"), ("fill", "#F6F6F6"),
                ("stroke", ChartStyle.gridColour),
            ])
        svg.label(
            "No data", x: 160, y: 35, anchor: "middle",
            extra: [("class", "no-data"), ("fill", ChartStyle.mutedTextColour)])
        svg.closeRoot()
        return svg.markup
    }

    /// `raw` reduced to `[A-Za-z0-9_-]`, starting with a letter (empty becomes "chart").
    ///
    ///     SVGChart.sanitizedID("skills 2026!")  // "skills-2026-"
    public static func sanitizedID(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": result.unicodeScalars.append(scalar)
            default: result += "-"
            }
        }
        guard let first = result.unicodeScalars.first else { return "chart" }
        return ("a"..."z").contains(first) || ("A"..."Z").contains(first) ? result : "chart-" + result
    }

    /// `href` when it is a fragment, a path, or an http(s) URL; `nil` for anything with another
    /// scheme (`javascript:`, `data:`) so links can never run code.
    public static func safeHref(_ href: String?) -> String? {
        guard let href, !href.isEmpty else { return nil }
        let trimmed = href.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard trimmed.count == href.count else { return nil }
        guard let colon = href.firstIndex(of: ":") else { return href }
        let beforeColon = href[..<colon]
        // A colon after "/", "?" or "#" is not a scheme separator.
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return href }
        let scheme = beforeColon.lowercased()
        return scheme == "http" || scheme == "https" ? href : nil
    }
}
