import Foundation
import SkillMarketCore
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

struct ChartCase: Sendable, CustomTestStringConvertible {
    let name: String
    let render: @Sendable () -> String
    var testDescription: String { name }
}

let everyChart: [ChartCase] = [
    ChartCase(name: "bar") { ChartSamples.bar.render() },
    ChartCase(name: "interval") { ChartSamples.interval.render() },
    ChartCase(name: "heat map") { ChartSamples.heat.render() },
    ChartCase(name: "large heat map") { ChartSamples.largeHeat.render() },
    ChartCase(name: "trend") { ChartSamples.trend.render() },
    ChartCase(name: "empty bar") { BarChart(id: "e", title: "Empty", summary: "", items: []).render() },
    ChartCase(name: "empty interval") {
        IntervalChart(id: "e", title: "Empty", summary: "", items: [], baseline: nil).render()
    },
    ChartCase(name: "empty heat map") { HeatMap(id: "e", title: "Empty", summary: "", labels: [], cells: []).render() },
    ChartCase(name: "empty trend") { TrendChart(id: "e", title: "Empty", summary: "", series: []).render() },
]

@Suite("Chart structure")
struct ChartStructureTests {
    @Test("every chart is well-formed SVG titled and described for assistive technology", arguments: everyChart)
    func isAccessibleSVG(_ c: ChartCase) throws {
        let svg = try SVGInspector(c.render())
        let root = try #require(svg.root)
        #expect(root.localName == "svg")
        #expect(root.uri == "http://www.w3.org/2000/svg")
        #expect(root.value("role") == "img")
        #expect(root.value("viewBox")?.hasPrefix("0 0 ") == true)
        #expect(root.value("width") == nil, "width comes from the page so charts stay responsive")
        let ids = (root.value("aria-labelledby") ?? "").split(separator: " ").map(String.init)
        #expect(ids.count == 2)
        let titled = try svg.allElements().filter { ids.contains($0.value("id") ?? "") }
        #expect(titled.map(\.localName) == ["title", "desc"])
        #expect(titled.allSatisfy { !($0.stringValue ?? "").isEmpty })
    }

    @Test("no chart contains scripts, event handlers or style attributes", arguments: everyChart)
    func hasNoActiveContent(_ c: ChartCase) throws {
        for element in try SVGInspector(c.render()).allElements() {
            #expect(!["script", "foreignObject", "style"].contains(element.localName ?? ""))
            for attribute in element.attributes ?? [] {
                let name = attribute.name ?? ""
                #expect(!name.lowercased().hasPrefix("on"), "\(name) on \(element.localName ?? "")")
                #expect(name != "style")
            }
        }
    }

    @Test("rendering is deterministic: equal input, byte-identical output", arguments: everyChart)
    func isDeterministic(_ c: ChartCase) {
        #expect(c.render() == c.render())
    }

    @Test("empty inputs say 'No data'", arguments: everyChart.filter { $0.name.hasPrefix("empty") })
    func saysNoData(_ c: ChartCase) throws {
        let texts = try SVGInspector(c.render()).elements("text").map(\.visibleText)
        #expect(texts == ["No data"])
    }

    @Test("non-finite and out-of-range values still give valid charts")
    func survivesBadNumbers() throws {
        let bar = BarChart(
            id: "b", title: "t", summary: "",
            items: [
                .init(label: "a", value: .nan, valueLabel: "?"), .init(label: "b", value: -2, valueLabel: "-2"),
                .init(label: "c", value: .infinity, valueLabel: "inf"),
            ]
        ).render()
        let interval = IntervalChart(
            id: "i", title: "t", summary: "",
            items: [
                .init(label: "a", median: .nan), .init(label: "b", median: 5, low: .infinity, high: 7),
            ], baseline: .init(value: .nan, label: "x")
        ).render()
        let heat = HeatMap(
            id: "h", title: "t", summary: "", labels: ["a", "b"],
            cells: [[nil, .init(lift: 0)], [.init(lift: .infinity)]]
        ).render()
        let trend = TrendChart(
            id: "t", title: "t", summary: "",
            series: [
                .init(label: "a", points: [.init(period: "p", value: .nan), .init(period: "q", value: 0.5)])
            ]
        ).render()
        for markup in [bar, interval, heat, trend] {
            let svg = try SVGInspector(markup)
            #expect(!markup.contains("nan") && !markup.contains("inf\""))
            #expect(try svg.elements("svg").count == 1)
        }
    }
}
