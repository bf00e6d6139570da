import Foundation
import SkillMarketCore
import Testing

/// Writes every sample chart into one HTML page for eyeballing in a browser.
///
/// Runs only when `SKILLMARKET_CHART_DEMO` names the output file, e.g.
/// `SKILLMARKET_CHART_DEMO=/tmp/charts-demo.html swift test --filter ChartDemoPage`.
@Suite("Chart demo page")
struct ChartDemoPage {
    static let output = ProcessInfo.processInfo.environment["SKILLMARKET_CHART_DEMO"]

    @Test("writes the demo page", .enabled(if: output != nil, "set SKILLMARKET_CHART_DEMO=/path/to/page.html"))
    func writesDemoPage() throws {
        let path = try #require(Self.output)
        let sections: [(String, String)] = [
            ("Skill share", ChartSamples.bar.render()),
            ("Salary vs baseline", ChartSamples.interval.render()),
            ("Co-occurrence", "<div class=\"chart-scroll\">" + ChartSamples.heat.render() + "</div>"),
            ("Trend", ChartSamples.trend.render()),
            ("Co-occurrence, 25 skills", "<div class=\"chart-scroll\">" + ChartSamples.largeHeat.render() + "</div>"),
            ("25 bars, long and hostile labels", ChartSamples.stressBar.render()),
            ("Empty", BarChart(id: "none", title: "Nothing", summary: "", items: []).render()),
        ]
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Charts</title><style>"
        html += "body{font-family:system-ui,sans-serif;margin:0 auto;padding:0 16px;max-width:60rem;color:#1a1a1a}"
        html += ChartStyle.stylesheet + "</style></head><body><h1>SkillMarket charts</h1>"
        for (heading, chart) in sections { html += "<h2>" + HTMLEscaping.escape(heading) + "</h2>" + chart }
        html += "</body></html>"
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
