import Foundation
import SkillMarketCore
import Testing

/// Salary extraction from whole postings (structured fields, descriptions) against gold labels.
@Suite(
    "Salary extraction on real postings",
    .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)), .tags(.realData))
struct SalaryPostingDataTests {
    struct LinkedInRow {
        let id: String
        let posting: RawPosting
        let description: String
        let gold: Double
    }

    /// Rows with structured pay; a `med_salary`-only row sets both ends to the median.
    static func linkedInRows() throws -> [LinkedInRow] {
        try SharedData.csvRows("linkedin_us_2024/postings_sample.csv").compactMap { row in
            func field(_ name: String) -> String? { row[name].flatMap { $0.isEmpty ? nil : $0 } }
            guard let id = field("job_id"), let period = field("pay_period"),
                let gold = field("normalized_salary").flatMap(Double.init)
            else { return nil }
            let median = field("med_salary")
            let posting = RawPosting(
                id: id, title: field("title") ?? "", country: "US", salaryMin: field("min_salary") ?? median,
                salaryMax: field("max_salary") ?? median, salaryCurrency: field("currency"), salaryPeriod: period)
            return LinkedInRow(id: id, posting: posting, description: field("description") ?? "", gold: gold)
        }
    }

    @Test("LinkedIn US 2024: structured pay annual midpoint matches normalized_salary within 2 %")
    func linkedInStructured() throws {
        let extractor = SalaryExtractor()
        var accuracy = SalaryAccuracy(source: "linkedin_us_2024")
        for row in try Self.linkedInRows() {
            var warnings: [FieldWarning] = []
            let salary = extractor.salary(for: row.posting, description: "", warnings: &warnings)
            let midpoint = salary?.annualMidpoint?.units
            accuracy.record(
                id: row.id, agrees: SalaryAccuracy.within2Percent(midpoint, row.gold),
                note: "\(SalaryRealDataTests.describe(salary)) \(warnings.map(\.reason)), gold \(row.gold)")
        }
        SalaryRealDataTests.check(accuracy, threshold: 0.97)
    }

    /// Reported, not gated hard: descriptions often omit pay or state it differently.
    @Test("LinkedIn US 2024: pay found in the description alone agrees with the structured pay")
    func linkedInDescriptions() throws {
        let extractor = SalaryExtractor()
        var found = 0, agreed = 0, total = 0
        for row in try Self.linkedInRows() {
            var warnings: [FieldWarning] = []
            let bare = RawPosting(id: row.id, title: row.posting.title, country: "US")
            let salary = extractor.salary(for: bare, description: row.description, warnings: &warnings)
            total += 1
            guard let salary else { continue }
            found += 1
            let annual = salary.annualMidpoint ?? salary.annualMin ?? salary.annualMax
            if SalaryAccuracy.within2Percent(annual?.units, row.gold) { agreed += 1 }
        }
        print("salary linkedin description: found \(found)/\(total), agrees \(agreed)/\(total), precision \(agreed)/\(found)")
        #expect(Double(agreed) / Double(max(found, 1)) >= 0.70)
        #expect(agreed >= 50)
    }

    @Test("HN who-is-hiring: salary in the post matches the expected range")
    func hackerNews() throws {
        let data = try Data(contentsOf: SharedData.url("hn_whoishiring/eval_cases.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["test_cases"] as? [[String: Any]])
        let extractor = SalaryExtractor()
        var accuracy = SalaryAccuracy(source: "hn_whoishiring")
        for testCase in cases {
            let id = "\(testCase["id"] ?? "")"
            let comment = testCase["comment"] as? [String: Any]
            let expected = testCase["expected"] as? [String: Any] ?? [:]
            let roles = (expected["roles"] as? [[String: Any]] ?? []).compactMap { $0["expect"] as? [String: Any] }
            guard let expect = ([expected["all_roles"] as? [String: Any]] + roles).compactMap({ $0 }).first(where: {
                $0.keys.contains { $0.hasPrefix("salary_") }
            }) else { continue }
            let text = Self.plainText(comment?["content"] as? String ?? "")
            var warnings: [FieldWarning] = []
            let salary = extractor.salary(for: RawPosting(title: "post"), description: text, warnings: &warnings)
            accuracy.record(id: id, agrees: Self.matches(salary, expect), note: SalaryRealDataTests.describe(salary))
        }
        SalaryRealDataTests.check(accuracy, threshold: 1.0)
    }

    static func matches(_ salary: Salary?, _ expect: [String: Any]) -> Bool {
        func number(_ key: String) -> Double? { (expect[key] as? NSNumber)?.doubleValue }
        let low = salary?.annualMin?.units, high = salary?.annualMax?.units
        if expect["salary_min"] is NSNull { return salary == nil }
        if let value = number("salary_min"), low != value { return false }
        if let value = number("salary_max"), high != value { return false }
        if let value = number("salary_min_gte"), (low ?? -1) < value { return false }
        if let value = number("salary_max_lte"), (high ?? .infinity) > value { return false }
        if let currency = expect["salary_currency"] as? String, salary?.currency.rawValue != currency { return false }
        return salary != nil
    }

    /// Just enough HTML-to-text for HN comments: `<p>` breaks lines, tags go, entities decode.
    static func plainText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<p>", with: "\n")
        while let open = text.range(of: "<"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        for (entity, character) in [("&#x2F;", "/"), ("&#x27;", "'"), ("&quot;", "\""), ("&gt;", ">"), ("&lt;", "<"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
