import Foundation
import SkillMarketCore
import Testing

@Suite("Report rendering")
struct ReportRenderingTests {
    @Test("JSON uses the contract's keys in order")
    func jsonShape() throws {
        let json = ReportFixtures.report().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "skillmarket.report/1")
        let keys = ["schema", "role", "as_of", "postings", "salary_baseline", "skills", "families", "pairs", "seniority",
            "countries", "work_modes", "companies"]
        #expect(Set(object.keys) == Set(keys))
        let positions = keys.compactMap { json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains(#""skill":"Python","family":"Coding Languages","postings":3,"share":0.75,"tier":"table-stakes""#))
        #expect(json.contains(#""postings":{"input":5,"rejected":1,"duplicates":0,"distinct":4,"in_role":4,"analyzed":4}"#))
    }

    @Test("every format is byte-identical across runs")
    func deterministic() {
        let first = ReportFixtures.report(), second = ReportFixtures.report()
        #expect(first.json() == second.json())
        #expect(MarkdownReport(report: first, subject: "Data Engineer").render() == MarkdownReport(report: second, subject: "Data Engineer").render())
        #expect(HTMLReport(report: first, subject: "Data Engineer").render() == HTMLReport(report: second, subject: "Data Engineer").render())
    }

    @Test("hostile company names are escaped in HTML and Markdown")
    func escaping() {
        var report = ReportFixtures.report()
        report.companies = [Report.CompanyRow(company: "<script>alert(1)</script> | Evil & Co", postings: 1)]
        let html = HTMLReport(report: report, subject: "Data <Engineer>").render()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | Evil &amp; Co"))
        #expect(html.contains("Data &lt;Engineer&gt;"))
        let markdown = MarkdownReport(report: report, subject: "Data Engineer").render()
        #expect(markdown.contains("&lt;script>alert(1)&lt;/script> \\| Evil & Co"))
    }

    @Test("the HTML report has no scripts, links every figure to a method note, and anchors every skill")
    func htmlStructure() {
        let html = HTMLReport(report: ReportFixtures.report(minN: 1), subject: "Data Engineer").render()
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<svg"))
        for note in ReportMethod.notes where note.anchor != "method-postings" {
            #expect(html.contains("id=\"\(note.anchor)\""))
        }
        #expect(html.contains("href=\"#method-share\""))
        #expect(html.contains("id=\"skill-python\""))
        #expect(html.contains("href=\"#skill-python\""))
    }

    @Test("the narrative states the baseline with its interval and never claims a premium the interval does not support")
    func narrative() {
        let findings = ReportNarrative(report: ReportFixtures.report(minN: 2), subject: "Data Engineer").keyFindings
        #expect(findings.contains { $0.contains("The median base salary (US, USD) is $100,000") })
        #expect(!findings.contains { $0.contains("lies wholly above") })  // n = 2 intervals span the baseline
    }
}
