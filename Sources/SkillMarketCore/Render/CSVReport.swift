import Foundation

/// The report's tables as CSV (RFC 4180, comma-separated, header row, shares as fractions).
public struct CSVReport: Sendable {
    public let report: Report

    public init(report: Report) {
        self.report = report
    }

    /// (file stem, CSV text) for every table, in report order.
    public func tables() -> [(name: String, csv: String)] {
        [
            ("skills", skills),
            ("families", shares(report.families, label: "family")),
            ("pairs", pairs),
            ("seniority", shares(report.seniority, label: "level")),
            ("countries", shares(report.countries, label: "country")),
            ("work_modes", shares(report.workModes, label: "mode")),
            ("companies", Self.table(["company", "postings"], report.companies.map { [$0.company, String($0.postings)] })),
        ]
    }

    private var skills: String {
        Self.table(
            ["skill", "family", "postings", "share", "tier", "salary_median", "salary_n", "salary_ci_low", "salary_ci_high", "premium"],
            report.skills.map { row in
                [row.skill.rawValue, row.family, String(row.postings), JSONWriter.format(row.share, digits: 4), row.tier.rawValue]
                    + (row.salary.map {
                        [String($0.estimate.median), String($0.estimate.n), String($0.estimate.low), String($0.estimate.high), String($0.premium)]
                    } ?? ["", "", "", "", ""])
            })
    }

    private var pairs: String {
        Self.table(
            ["a", "b", "postings", "share", "lift", "p_value", "significant"],
            report.pairs.map {
                [$0.a.rawValue, $0.b.rawValue, String($0.postings), JSONWriter.format($0.share, digits: 4),
                    JSONWriter.format($0.association.lift, digits: 3), String($0.association.pValue), String($0.significant)]
            })
    }

    private func shares(_ rows: [Report.ShareRow], label: String) -> String {
        Self.table([label, "postings", "share"], rows.map { [$0.name, String($0.postings), JSONWriter.format($0.share, digits: 4)] })
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
