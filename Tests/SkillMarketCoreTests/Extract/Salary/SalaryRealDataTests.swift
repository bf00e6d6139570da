import Foundation
import SkillMarketCore
import Testing

/// Salary parsing measured against the gold labels in `../shared/data` (see SOURCES.md).
@Suite(
    "Salary accuracy on real data", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
    .tags(.realData))
struct SalaryRealDataTests {
    /// Adzuna annualises with its own factors (hour ×1920, day ×240, week ×48), not the spec's.
    static func adzunaAnnual(_ salary: Salary) -> Double? {
        guard let low = salary.min ?? salary.max, let high = salary.max ?? salary.min else { return nil }
        let factor: Double =
            switch salary.period {
            case .hour: 1_920
            case .day: 240
            case .week: 48
            case .month: 12
            case .year: 1
            }
        return (low.units + high.units) / 2 * factor
    }

    static func describe(_ salary: Salary?) -> String {
        guard let salary else { return "nil" }
        return "\(salary.min?.description ?? "_")..\(salary.max?.description ?? "_") \(salary.period)"
    }

    static func check(_ accuracy: SalaryAccuracy, threshold: Double) {
        print("salary accuracy \(accuracy.summary)")
        if accuracy.recordIfAsked() {
            Issue.record("RECORD_GOLDEN=1: rewrote known-disagreements.tsv for \(accuracy.source)")
            return
        }
        #expect(accuracy.ratio >= threshold, "\(accuracy.summary)")
        let unchanged = accuracy.currentIDs == accuracy.knownIDs
        #expect(unchanged, "\(accuracy.describeDifferences())")
    }

    @Test("Adzuna UK: SalaryRaw midpoint matches SalaryNormalized within 2 %")
    func adzuna() throws {
        let rows = try SharedData.csvRows("adzuna_uk/Train_rev1.csv")
        let parser = SalaryParser(defaultCurrency: .gbp)
        var accuracy = SalaryAccuracy(source: "adzuna_uk")
        for row in rows {
            let raw = row["SalaryRaw"] ?? ""
            guard raw.contains(where: \.isNumber), let id = row["Id"], let gold = Double(row["SalaryNormalized"] ?? "")
            else { continue }
            let salary = parser.parse(raw)
            let annual = salary.flatMap(Self.adzunaAnnual)
            accuracy.record(
                id: id, agrees: SalaryAccuracy.within2Percent(annual, gold),
                note: "'\(raw)' → \(Self.describe(salary)) = \(annual.map { String(Int($0)) } ?? "nil"), gold \(Int(gold))")
        }
        Self.check(accuracy, threshold: 0.95)
    }

    @Test("Adzuna UK: every distinct SalaryRaw parses without crashing")
    func adzunaDistinctStrings() throws {
        let raws = Set(try SharedData.csvRows("adzuna_uk/Train_rev1.csv").compactMap { $0["SalaryRaw"] })
        let parser = SalaryParser(defaultCurrency: .gbp)
        var parsed = 0
        for raw in raws where parser.parse(raw) != nil { parsed += 1 }
        print("salary adzuna distinct strings parsed \(parsed)/\(raws.count)")
        #expect(raws.count > 1_000)
    }

    @Test("Glassdoor: Salary Estimate min and max match the labels within 2 %")
    func glassdoor() throws {
        let jobs = try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv")
        var estimates: [String: String] = [:]
        for job in jobs { if let id = job[""] { estimates[id] = job["Salary Estimate"] } }
        let parser = SalaryParser()
        var accuracy = SalaryAccuracy(source: "glassdoor_ds")
        for label in try SharedData.csvRows("glassdoor_ds/glassdoor_labels.csv") {
            guard let id = label["source_row"], let raw = estimates[id], raw.contains(where: \.isNumber),
                let goldMin = Double(label["min_salary"] ?? ""), let goldMax = Double(label["max_salary"] ?? "")
            else { continue }
            let hourly = label["hourly"] == "1"
            let salary = parser.parse(raw)
            let unit = hourly ? 1.0 : 1_000.0
            let agrees =
                salary?.period == (hourly ? .hour : .year) && salary?.currency == .usd
                && SalaryAccuracy.within2Percent(salary?.min.map { $0.units / unit }, goldMin)
                && SalaryAccuracy.within2Percent(salary?.max.map { $0.units / unit }, goldMax)
            accuracy.record(
                id: id, agrees: agrees, note: "'\(raw)' → \(Self.describe(salary)), gold \(goldMin)..\(goldMax)")
        }
        Self.check(accuracy, threshold: 0.95)
    }
}
