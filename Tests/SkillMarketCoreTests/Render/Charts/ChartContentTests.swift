import Foundation
import SkillMarketCore
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Chart content")
struct ChartContentTests {
    @Test("every bar has a label, a value label and a width that matches its value")
    func barsAreLabelled() throws {
        let chart = ChartSamples.bar
        let svg = try SVGInspector(chart.render())
        let rows = try svg.elements(withClass: "bar-row")
        #expect(rows.count == chart.items.count)
        for (row, item) in zip(rows, chart.items) {
            let bar = try #require(row.elements(forName: "rect").first)
            #expect(bar.value("class") == "bar")
            #expect(bar.value("data-label") == item.label)
            #expect(bar.number("data-value") == item.value)
            #expect(bar.value("data-category") == item.category)
            #expect((bar.number("width") ?? 0) > 0)
            let texts = row.elements(forName: "text")
            #expect(texts.first?.value("class") == "bar-label")
            #expect(texts.first?.visibleText.isEmpty == false)
            #expect(texts.last?.value("class") == "bar-value")
            #expect(texts.last?.visibleText == item.valueLabel)
        }
        let widths = try svg.elements(withClass: "bar").compactMap { $0.number("width") }
        #expect(widths == widths.sorted(by: >), "sample values are descending, so widths must be too")
    }

    @Test("tier legend, reference lines and links are drawn")
    func barExtras() throws {
        let svg = try SVGInspector(ChartSamples.bar.render())
        let legend = try svg.elements(withClass: "legend-item").compactMap { $0.value("data-label") }
        #expect(legend == ["Table stakes ≥50%", "Common 20–50%", "Differentiator 5–20%", "Niche <5%"])
        #expect(try svg.elements(withClass: "reference-line").count == 3)
        #expect(try svg.elements(withClass: "reference-label").map(\.visibleText) == ["5%", "20%", "50%"])
        #expect(try svg.elements("a").compactMap { $0.value("href") } == ["#skill-python", "#skill-machine-learning"])
        let fills = Set(try svg.elements(withClass: "bar").compactMap { $0.value("fill") })
        #expect(fills.count == 4)
    }

    @Test("long labels end in an ellipsis and keep the full text in a title")
    func truncatesLongLabels() throws {
        let svg = try SVGInspector(ChartSamples.bar.render())
        let long = try #require(svg.elements(withClass: "bar-label").first { $0.visibleText.hasPrefix("Distributed") })
        #expect(long.visibleText.hasSuffix("…"))
        #expect(long.elements(forName: "title").first?.stringValue == "Distributed Systems Engineering at Scale")
        let short = try #require(svg.elements(withClass: "bar-label").first)
        #expect(short.elements(forName: "title").isEmpty)
    }

    @Test("tiny non-zero values still get a visible bar; zero gets none")
    func tinyBarsAreVisible() throws {
        let chart = BarChart(
            id: "t", title: "t", summary: "",
            items: [
                .init(label: "big", value: 5_000, valueLabel: "5,000"), .init(label: "tiny", value: 1, valueLabel: "1"),
                .init(label: "zero", value: 0, valueLabel: "0"),
            ])
        let widths = try SVGInspector(chart.render()).elements(withClass: "bar").compactMap { $0.number("width") }
        try #require(widths.count == 3)
        #expect(widths[1] >= 1 && widths[2] == 0)
    }

    @Test("hostile text is escaped everywhere and unsafe links are dropped")
    func escapesHostileText() throws {
        let evil = ChartSamples.hostile
        let outputs = [
            BarChart(
                id: evil, title: evil, summary: evil,
                items: [
                    .init(label: evil, value: 1, valueLabel: evil, category: evil, link: "javascript:alert(1)"),
                    .init(label: "b", value: 0.5, valueLabel: "x", link: "\" onclick=\"alert(1)"),
                ], categories: [.init(name: evil)], referenceLines: [.init(value: 0.5, label: evil)]
            ).render(),
            IntervalChart(
                id: evil, title: evil, summary: evil,
                items: [
                    .init(
                        label: evil, median: 1, low: 0, high: 2,
                        n: 3, link: "JavaScript:x")
                ], baseline: .init(value: 1, label: evil), currencySymbol: evil
            ).render(),
            HeatMap.symmetric(
                id: evil, title: evil, summary: evil, labels: [evil, "b"],
                pairs: [.init(a: evil, b: "b", lift: 2)]
            ).render(),
            TrendChart(
                id: evil, title: evil, summary: evil,
                series: [.init(label: evil, points: [.init(period: evil, value: 0.5)])]
            ).render(),
        ]
        for markup in outputs {
            #expect(!markup.contains("<script"))
            #expect(!markup.lowercased().contains("javascript:"))
            let svg = try SVGInspector(markup)
            #expect(
                try svg.allElements().allSatisfy { element in
                    (element.attributes ?? []).allSatisfy { !($0.name ?? "").hasPrefix("on") }
                })
            let id = try #require(svg.root?.value("id"))
            #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            #expect(try svg.elements("title").contains { $0.stringValue?.contains(evil) == true })
        }
        let bar = try SVGInspector(outputs[0])
        #expect(try bar.elements(withClass: "bar").first?.value("data-label") == evil)
        #expect(try bar.elements("a").compactMap { $0.value("href") } == ["\" onclick=\"alert(1)"])
    }

    @Test(
        arguments: [
            ("#skill-python", "#skill-python"), ("/report#x", "/report#x"),
            ("https://example.org/a", "https://example.org/a"),
            ("javascript:alert(1)", nil), (" javascript:alert(1)", nil), ("data:text/html,x", nil), ("", nil),
            ("java\tscript:x", nil), ("page?x=a:b", "page?x=a:b"),
        ] as [(String, String?)])
    func keepsOnlySafeLinks(_ href: String, _ expected: String?) {
        #expect(SVGChart.safeHref(href) == expected)
    }

    @Test("interval dots sit on their side of the baseline with money ticks and n in the labels")
    func intervalChart() throws {
        let chart = ChartSamples.interval
        let svg = try SVGInspector(chart.render())
        let dots = try svg.elements(withClass: "interval-median")
        #expect(dots.compactMap { $0.value("data-label") } == chart.items.map(\.label))
        #expect(dots.compactMap { $0.value("data-side") } == ["above", "above", "above", "above", "below", "below"])
        #expect(Set(dots.compactMap { $0.value("fill") }).count == 2)
        let baselineX = try #require(svg.elements(withClass: "baseline").first?.number("x1"))
        for dot in dots {
            let x = try #require(dot.number("cx"))
            #expect(dot.value("data-side") == "above" ? x >= baselineX : x < baselineX)
        }
        #expect(try svg.elements(withClass: "interval-range").count == chart.items.count)
        let ticks = try svg.elements(withClass: "tick").map(\.visibleText)
        #expect(ticks.first == "$160K" && ticks.last == "$240K")
        #expect(try svg.elements(withClass: "interval-label").first?.visibleText == "JAX")
        #expect(try svg.elements(withClass: "interval-n").map(\.visibleText).first == "n=88")
        #expect(try svg.elements(withClass: "interval-value").first?.visibleText == "$221K")
        #expect(try svg.elements(withClass: "baseline-label").first?.visibleText == "All postings $192K")
    }

    @Test("small heat maps print lifts and hatch insignificant cells")
    func smallHeatMap() throws {
        let labels = ChartSamples.heatLabels
        let svg = try SVGInspector(ChartSamples.heat.render())
        #expect(try svg.elements(withClass: "cell").count == labels.count * labels.count)
        #expect(try svg.elements(withClass: "row-label").map(\.visibleText) == labels)
        #expect(
            try svg.elements(withClass: "column-label").allSatisfy {
                $0.value("transform")?.hasPrefix("rotate(") == true
            })
        let docker = try #require(
            svg.elements(withClass: "cell").first {
                $0.value("data-row") == "Kubernetes" && $0.value("data-column") == "Docker"
            })
        #expect(docker.number("data-value") == 3.8)
        let insignificant = try svg.elements(withClass: "cell").filter { $0.value("data-significant") == "false" }
        #expect(insignificant.count == 6)
        #expect(try svg.elements(withClass: "hatch").count == 6)
        #expect(try svg.elements(withClass: "cell-value").contains { $0.visibleText == "3.8" })
        #expect(try svg.elements(withClass: "cell-value").contains { $0.visibleText == "1.0" })
        let above = try #require(svg.elements(withClass: "cell").first { $0.number("data-value") == 2.5 })
        let below = try #require(svg.elements(withClass: "cell").first { $0.number("data-value") == 0.3 })
        #expect(above.value("fill") != below.value("fill"))
    }

    @Test("a 25-skill heat map omits cell values but keeps every cell")
    func largeHeatMap() throws {
        let svg = try SVGInspector(ChartSamples.largeHeat.render())
        #expect(try svg.elements(withClass: "cell").count == 625)
        #expect(try svg.elements(withClass: "cell-value").isEmpty)
    }

    @Test("trend lines have a marker per point, percent ticks and non-overlapping end labels")
    func trendChart() throws {
        let chart = ChartSamples.trend
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "point").count == chart.series.reduce(0) { $0 + $1.points.count })
        #expect(try svg.elements(withClass: "line").count == chart.series.count)
        let ticks = try svg.elements(withClass: "tick").map(\.visibleText)
        #expect(ticks.prefix(2) == ["0%", "20%"])
        let ends = try svg.elements(withClass: "end-label")
        #expect(ends.map(\.visibleText).first == "Python 67.2%")
        let ys = ends.compactMap { $0.number("y") }.sorted()
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= 14.9 })
    }

    @Test("trend periods follow the given order and gaps break the line")
    func trendGaps() throws {
        let chart = TrendChart(
            id: "g", title: "t", summary: "",
            series: [
                .init(
                    label: "a",
                    points: [
                        .init(period: "Q1", value: 0.1), .init(period: "Q3", value: 0.2),
                        .init(period: "Q9", value: 0.9),
                    ])
            ], periods: ["Q1", "Q2", "Q3"])
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "point").count == 2)
        let path = try #require(svg.elements(withClass: "line").first?.value("d"))
        #expect(path.filter { $0 == "M" }.count == 2)
    }
}

@Suite("Chart edge cases")
struct ChartEdgeCaseTests {
    @Test("reference lines outside an explicit axis maximum are left out")
    func dropsReferenceLinesOutsideDomain() throws {
        let chart = BarChart(
            id: "r", title: "t", summary: "", items: [.init(label: "a", value: 0.1, valueLabel: "10%")],
            referenceLines: BarChart.ReferenceLine.tierThresholds, maxValue: 0.25)
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "reference-line").compactMap { $0.number("data-value") } == [0.05, 0.2])
    }

    @Test("a bar chart without categories draws no legend and one colour")
    func plainBars() throws {
        let chart = BarChart(
            id: "p", title: "t", summary: "",
            items: [.init(label: "a", value: 3, valueLabel: "3"), .init(label: "b", value: 1, valueLabel: "1")])
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "legend").isEmpty)
        #expect(Set(try svg.elements(withClass: "bar").compactMap { $0.value("fill") }).count == 1)
    }

    @Test("an interval chart without a baseline or intervals still draws every dot")
    func bareIntervals() throws {
        let chart = IntervalChart(
            id: "i", title: "t", summary: "",
            items: [.init(label: "a", median: 100_000), .init(label: "b", median: 150_000, n: 30)], baseline: nil)
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "interval-median").count == 2)
        #expect(try svg.elements(withClass: "interval-range").isEmpty)
        #expect(try svg.elements(withClass: "baseline").isEmpty)
    }

    @Test("a single-period trend draws markers and labels without a line segment")
    func singlePeriodTrend() throws {
        let chart = TrendChart(
            id: "s", title: "t", summary: "",
            series: [.init(label: "a", points: [.init(period: "2026", value: 0.4)])])
        let svg = try SVGInspector(chart.render())
        #expect(try svg.elements(withClass: "point").count == 1)
        #expect(try svg.elements(withClass: "end-label").map(\.visibleText) == ["a 40%"])
    }

    @Test("series ending at the same value get end labels spread apart inside the chart", arguments: [6, 20])
    func spreadsCrowdedEndLabels(count: Int) throws {
        let series = (1...count).map { index in
            TrendChart.Series(
                label: "s\(index)", points: [.init(period: "a", value: 0.9), .init(period: "b", value: 0.01)])
        }
        let svg = try SVGInspector(TrendChart(id: "c", title: "t", summary: "", series: series).render())
        let height = try #require(svg.root?.value("viewBox")?.split(separator: " ").last.flatMap { Double($0) })
        let ys = try svg.elements(withClass: "end-label").compactMap { $0.number("y") }.sorted()
        #expect(ys.count == count)
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= (count <= 6 ? 14.9 : 10) })
        #expect(ys.allSatisfy { $0 > 0 && $0 <= height })
    }
}
