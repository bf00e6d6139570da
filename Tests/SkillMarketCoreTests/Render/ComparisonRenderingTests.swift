import Foundation
import SkillMarketCore
import Testing

@Suite("Comparison rendering")
struct ComparisonRenderingTests {
    @Test("JSON carries the compare/1 schema, its keys in order, and the hand-computed figures")
    func jsonShape() throws {
        let json = ComparisonFixtures.comparison().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "skillmarket.compare/1")
        let keys = [
            "schema", "test", "sides", "salary_baseline", "skills", "families", "seniority", "countries", "work_modes",
        ]
        #expect(Set(object.keys) == Set(keys))
        let positions = keys.compactMap { json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions == positions.sorted())
        let sides = try #require(object["sides"] as? [[String: Any]])
        #expect(sides.map { $0["label"] as? String } == ["A", "B"])
        #expect((sides.last?["postings"] as? [String: Any])?["analyzed"] as? Int == 5)
        #expect(
            json.contains(
                #"{"skill":"Python","family":"Coding Languages","sides":[{"postings":3,"share":0.75},{"postings":1,"share":0.2}],"delta":-0.55,"p_value":0.098943,"#
            ))
        #expect(
            json.contains(
                #""salary_baseline":{"currency":"USD","sides":[{"median":100000,"n":3,"ci_low":80000,"ci_high":120000},"#
            ))
        #expect(json.contains(#""difference":60000,"intervals_overlap":true}"#))
        let skills = try #require(object["skills"] as? [[String: Any]])
        let azure = try #require(skills.first { $0["skill"] as? String == "Azure" })
        let salary = try #require(azure["salary"] as? [String: Any])
        #expect(salary["difference"] is NSNull)
        #expect((salary["sides"] as? [Any])?.last is NSNull)
        #expect(skills.allSatisfy { $0["significant"] as? Bool == false })
        #expect(object["seniority"].flatMap { ($0 as? [[String: Any]])?.first?["level"] as? String } == "mid")
    }

    @Test("Markdown and HTML are byte-identical across runs")
    func deterministic() {
        let first = ComparisonFixtures.comparison(), second = ComparisonFixtures.comparison()
        #expect(ComparisonMarkdown(comparison: first).render() == ComparisonMarkdown(comparison: second).render())
        #expect(ComparisonHTML(comparison: first).render() == ComparisonHTML(comparison: second).render())
    }

    @Test("hostile labels are escaped in HTML, in the SVG chart and in Markdown")
    func hostileLabels() throws {
        let comparison = ComparisonFixtures.comparison(
            labelA: "<script>alert(1)</script>", labelB: "x | [click](javascript:alert(1)) & \"q\"")
        let html = ComparisonHTML(comparison: comparison).render()
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("x | [click](javascript:alert(1)) &amp; &quot;q&quot;"))
        #expect(!html.contains("href=\"javascript"))
        let markdown = ComparisonMarkdown(comparison: comparison).render()
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(markdown.contains(#"x \| \[click\](javascript:alert(1)) & "q""#))
        #expect(!markdown.contains("[click]("))
        // the skills header keeps its 8 columns: 9 unescaped pipes
        let header = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Skill | Family |") })
        let unescapedPipes = zip(header.dropFirst(), header).filter { $0.0 == "|" && $0.1 != "\\" }.count + 1
        #expect(unescapedPipes == 9, "\(header)")
    }

    @Test("the HTML page has no scripts, a delta chart, anchors for every skill and method links")
    func htmlStructure() {
        let html = ComparisonHTML(comparison: ComparisonFixtures.comparison()).render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("class=\"chart chart-delta\""))
        #expect(html.contains("id=\"skill-python\""))
        #expect(html.contains("href=\"#skill-python\""))
        for note in ComparisonMethod.notes { #expect(html.contains("id=\"\(note.anchor)\"")) }
        #expect(html.contains("href=\"#method-test\""))
        #expect(html.contains("Change (B − A)"))
    }

    @Test("the narrative names risers and fallers only when significant and reads salary intervals")
    func narrative() {
        let small = ComparisonNarrative(comparison: ComparisonFixtures.comparison()).keyFindings
        #expect(small.contains { $0.hasPrefix("No skill's share differs significantly between A and B") })
        #expect(!small.contains { $0.contains("More often asked for") })
        #expect(small.contains { $0.contains("$100,000 in A and $160,000 in B (+$60,000; 95 % intervals overlap") })
        let big = Comparison(
            Comparison.Side(
                label: "A", report: ComparisonFixtures.report(ComparisonFixtures.postings(100, withPython: 30))),
            Comparison.Side(
                label: "B", report: ComparisonFixtures.report(ComparisonFixtures.postings(100, withPython: 60))))
        let findings = ComparisonNarrative(comparison: big).keyFindings
        #expect(findings.contains("More often asked for in B than in A: Python (+30.0 pp: 30% → 60%)."))
        #expect(findings.contains("Less often asked for in B than in A: SQL (−30.0 pp: 70% → 40%)."))
    }
}

@Suite("Delta chart")
struct DeltaChartTests {
    private func chart(_ items: [DeltaChart.Item]) -> DeltaChart {
        DeltaChart(
            id: "delta", title: "Change", summary: "Changes.", items: items,
            categories: [BarChart.Category(name: "significant"), BarChart.Category(name: "not-significant")])
    }

    @Test("bars grow right of zero for increases and left for decreases, symmetric in length")
    func diverging() throws {
        let svg = try SVGInspector(
            chart([
                DeltaChart.Item(label: "Up", value: 0.1, valueLabel: "+10.0 pp", category: "significant"),
                DeltaChart.Item(label: "Down", value: -0.1, valueLabel: "−10.0 pp", category: "not-significant"),
            ]).render())
        let bars = try svg.elements(withClass: "bar")
        #expect(bars.map { $0.value("data-label") } == ["Up", "Down"])
        #expect(bars.map { $0.value("data-value") } == ["0.1", "-0.1"])
        let axis = try #require(try svg.elements(withClass: "axis").first)
        let zero = try #require(Double(axis.value("x1") ?? ""))
        let up = try #require(Double(bars[0].value("x") ?? "")), down = try #require(Double(bars[1].value("x") ?? ""))
        let upWidth = try #require(Double(bars[0].value("width") ?? "")),
            downWidth = try #require(Double(bars[1].value("width") ?? ""))
        #expect(abs(up - zero) < 0.11)
        #expect(abs(down + downWidth - zero) < 0.11)
        #expect(abs(upWidth - downWidth) < 0.11)
        #expect(bars.map { $0.value("fill") } != [bars[1].value("fill"), bars[1].value("fill")])
    }

    @Test("hostile labels stay text, links with a script scheme are dropped, empty input says No data")
    func safety() throws {
        let markup = chart([
            DeltaChart.Item(label: "<b>&\"'", value: 0.02, valueLabel: "+2 pp", link: "javascript:alert(1)")
        ]).render()
        let svg = try SVGInspector(markup)
        #expect(try svg.elements("a").isEmpty)
        #expect(try svg.elements("b").isEmpty)
        #expect(markup.contains("&lt;b&gt;&amp;&quot;&#39;"))
        #expect(chart([]).render().contains("No data"))
    }
}
