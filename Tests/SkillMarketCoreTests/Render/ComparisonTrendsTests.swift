import Foundation
import SkillMarketCore
import Testing

@Suite("Comparison trends")
struct ComparisonTrendsTests {
    /// Python in 10 %, 50 % and 90 % of three monthly snapshots of 20 postings.
    static let months = Comparison(sides: [
        Comparison.Side(label: "2026-01", report: ComparisonFixtures.report(ComparisonFixtures.postings(20, withPython: 2))),
        Comparison.Side(label: "2026-02", report: ComparisonFixtures.report(ComparisonFixtures.postings(20, withPython: 10))),
        Comparison.Side(label: "2026-03", report: ComparisonFixtures.report(ComparisonFixtures.postings(20, withPython: 18))),
    ])

    @Test("three snapshots: a chart per skill with a point per snapshot in side order")
    func chartPerSkill() throws {
        let trends = ComparisonTrends(comparison: Self.months)
        #expect(trends.applies)
        let charts = trends.charts()
        #expect(charts.map(\.title) == ["Python", "SQL"])
        let python = try #require(charts.first)
        #expect(python.periods == ["2026-01", "2026-02", "2026-03"])
        #expect(python.series.first?.points.map(\.value) == [0.1, 0.5, 0.9])
        #expect(python.summary.contains(" in 2026-01 to ") && python.summary.contains(" in 2026-03 (+80.0 pp, significant)."))
        #expect(python.render().components(separatedBy: "class=\"point\"").count - 1 == 3)
    }

    @Test("the change is first against last, whatever the middle snapshots do")
    func firstAgainstLast() throws {
        let python = try #require(Self.months.skills.first { $0.skill == SkillName("Python") })
        #expect(python.share.cells.map(\.postings) == [2, 10, 18])
        #expect(abs(python.share.delta - 0.8) < 1e-9)
        #expect(python.share.significant)
    }

    @Test("HTML of three snapshots has a Trends section and a link to it; two sides have neither")
    func htmlSection() {
        let three = ComparisonHTML(comparison: Self.months).render()
        #expect(three.contains("<section id=\"trends\">"))
        #expect(three.contains("<a href=\"#trends\">Trends</a>"))
        #expect(three.contains("id=\"trend-skill-python\""))
        let two = ComparisonHTML(comparison: ComparisonFixtures.comparison()).render()
        #expect(!two.contains("id=\"trends\""))
        #expect(!two.contains("#trends"))
        #expect(!ComparisonTrends(comparison: ComparisonFixtures.comparison()).applies)
    }

    @Test("chartedSkills caps the charts")
    func cap() {
        var trends = ComparisonTrends(comparison: Self.months)
        trends.chartedSkills = 1
        #expect(trends.charts().count == 1)
    }
}
