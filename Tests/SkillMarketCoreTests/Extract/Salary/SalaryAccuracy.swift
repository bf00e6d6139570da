import Foundation
import SkillMarketCore

/// Shared bookkeeping for the real-data salary accuracy tests.
///
/// Disagreements are compared with `Fixtures/salary/known-disagreements.tsv`
/// (`source<TAB>row_id<TAB>reason`), so both a new regression and a fix show up as a failure.
/// `RECORD_GOLDEN=1` rewrites that source's rows (keeping existing reasons) and the test fails.
struct SalaryAccuracy {
    let source: String
    private(set) var agreed = 0
    private(set) var total = 0
    private(set) var disagreements: [(id: String, note: String)] = []

    init(source: String) { self.source = source }

    var ratio: Double { total == 0 ? 0 : Double(agreed) / Double(total) }
    var summary: String { "\(source): \(agreed)/\(total) = \(String(format: "%.1f", ratio * 100)) %" }

    /// Counts one row; `note` is a draft reason recorded for a disagreement.
    mutating func record(id: String, agrees: Bool, note: @autoclosure () -> String) {
        total += 1
        if agrees { agreed += 1 } else { disagreements.append((id, note())) }
    }

    static func within2Percent(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) <= 0.02 * abs(expected) + 0.005
    }

    // MARK: fixture

    static let fixtureURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/salary/known-disagreements.tsv")

    /// (source, row id) → reason.
    static func knownDisagreements() -> [String: [String: String]] {
        guard let text = try? String(contentsOf: fixtureURL, encoding: .utf8) else { return [:] }
        var result: [String: [String: String]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            result[fields[0], default: [:]][fields[1]] = fields.count > 2 ? fields[2] : ""
        }
        return result
    }

    var knownIDs: Set<String> { Set((Self.knownDisagreements()[source] ?? [:]).keys) }
    var currentIDs: Set<String> { Set(disagreements.map(\.id)) }

    /// Rewrites this source's fixture rows when `RECORD_GOLDEN=1`; returns whether it did.
    func recordIfAsked() -> Bool {
        guard ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" else { return false }
        var all = Self.knownDisagreements()
        let old = all[source] ?? [:]
        var rows: [String: String] = [:]
        for (id, note) in disagreements { rows[id] = old[id] ?? note }
        all[source] = rows
        var text = "source\trow_id\treason\n"
        for source in all.keys.sorted() {
            let rows = all[source] ?? [:]
            for id in rows.keys.sorted(by: { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }) {
                text += "\(source)\t\(id)\t\(rows[id] ?? "")\n"
            }
        }
        try? text.write(to: Self.fixtureURL, atomically: true, encoding: .utf8)
        return true
    }

    func describeDifferences() -> String {
        let new = currentIDs.subtracting(knownIDs), fixed = knownIDs.subtracting(currentIDs)
        let notes = disagreements.filter { new.contains($0.id) }.prefix(40).map { "  \($0.id): \($0.note)" }
        return "new disagreements \(new.count), no longer disagreeing \(fixed.sorted().prefix(40))\n"
            + notes.joined(separator: "\n")
    }
}
