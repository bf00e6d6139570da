/// The report's prose, generated from its numbers by fixed wording rules (never hard-coded
/// figures), shared by the Markdown and HTML renderers.
///
/// Salary wording follows the confidence interval: a skill "pays more" only when its whole
/// 95 % interval lies above the baseline median, "pays less" only when it lies below, and is
/// "close to the baseline" otherwise.
public struct ReportNarrative: Sendable {
    public let report: Report
    /// "Machine Learning Engineer", or "All roles".
    public let subject: String

    public init(report: Report, subject: String) {
        self.report = report
        self.subject = subject
    }

    public struct Question: Sendable, Equatable {
        public var question: String
        public var answer: String
    }

    public enum SalarySignal: Sendable, Equatable {
        case above, below, close
    }

    /// How a skill's salary interval sits against the baseline median.
    public func signal(_ salary: Report.SkillSalary) -> SalarySignal {
        guard let baseline = report.salaryBaseline?.estimate.median else { return .close }
        if salary.estimate.low > baseline { return .above }
        if salary.estimate.high < baseline { return .below }
        return .close
    }

    public var keyFindings: [String] {
        [volume, tableStakes, commonTier, baselineSentence, premiums(.above), premiums(.below), seniority, geography,
            workModes, strongestPair]
            .compactMap { $0 }
    }

    public var questions: [Question] {
        var result: [Question] = []
        let required = report.skills.filter { $0.tier == .tableStakes || $0.tier == .common }
        result.append(
            Question(
                question: "Which skills do \(subject) postings ask for most?",
                answer: required.isEmpty
                    ? "No skill appears in 20 % or more of the postings."
                    : "In order: " + required.map { "\($0.skill) (\(NumberFormat.percent($0.share)))" }.joined(separator: ", ")
                        + "."))
        result.append(
            Question(
                question: "Which skills pay more?",
                answer: premiums(.above) ?? "No skill's salary interval lies wholly above the baseline median."))
        if let remote = report.workModes.first(where: { $0.name == WorkMode.remote.rawValue }) {
            result.append(
                Question(
                    question: "How many postings allow remote work?",
                    answer: "\(NumberFormat.count(remote.postings)) of \(NumberFormat.count(report.postings.analyzed)) "
                        + "(\(NumberFormat.percent(remote.share))); a posting can carry several work modes, and "
                        + "\(NumberFormat.count(report.workModeUnknown)) say nothing about it."))
        }
        result.append(
            Question(
                question: "How were duplicates handled?",
                answer: "\(NumberFormat.count(report.postings.duplicates)) reposts of an opening already counted were "
                    + "removed, leaving \(NumberFormat.count(report.postings.distinct)) distinct postings."))
        return result
    }

    private var volume: String {
        let counts = report.postings
        var sentence = "\(NumberFormat.count(counts.analyzed)) \(subject) postings analysed"
        if let asOf = report.asOf { sentence += ", active on \(asOf)" }
        sentence += " (\(NumberFormat.count(counts.input)) read, \(NumberFormat.count(counts.rejected)) unreadable, "
        sentence += "\(NumberFormat.count(counts.duplicates)) duplicates removed)."
        return sentence
    }

    private var tableStakes: String {
        let rows = report.skills.filter { $0.tier == .tableStakes }
        guard let first = report.skills.first else { return "No taxonomy skill was found in these postings." }
        if rows.isEmpty {
            return "No skill appears in half of the postings; the most common is \(first.skill) "
                + "(\(NumberFormat.percent(first.share)))."
        }
        let noun = rows.count == 1 ? "skill is" : "skills are"
        return "\(rows.count) \(noun) table stakes (in at least half of the postings): "
            + rows.map { "\($0.skill) (\(NumberFormat.percent($0.share)))" }.joined(separator: ", ") + "."
    }

    private var commonTier: String? {
        let rows = report.skills.filter { $0.tier == .common }
        guard !rows.isEmpty else { return nil }
        let leaders = rows.prefix(3).map { "\($0.skill) (\(NumberFormat.percent($0.share)))" }
        return "\(rows.count) \(rows.count == 1 ? "skill is" : "skills are") common (20–50 %), led by "
            + Self.list(leaders) + "."
    }

    private var baselineSentence: String {
        guard let baseline = report.salaryBaseline else {
            return "No analysed posting states a base salary for the salary population, so salary statistics are omitted."
        }
        let estimate = baseline.estimate
        return "The median base salary (\(baseline.country), \(baseline.currency)) is "
            + "\(NumberFormat.money(estimate.median, baseline.currency)) (95 % CI "
            + "\(NumberFormat.money(estimate.low, baseline.currency))–\(NumberFormat.money(estimate.high, baseline.currency)), "
            + "n = \(NumberFormat.count(estimate.n)))."
    }

    private func premiums(_ wanted: SalarySignal) -> String? {
        guard let baseline = report.salaryBaseline else { return nil }
        var rows = report.skills.compactMap { row in row.salary.map { (row.skill, $0) } }.filter { signal($0.1) == wanted }
        guard !rows.isEmpty else { return nil }
        rows.sort { wanted == .above ? $0.1.premium > $1.1.premium : $0.1.premium < $1.1.premium }
        let items = rows.prefix(4).map { skill, salary in
            "\(skill) (\(NumberFormat.money(salary.estimate.median, baseline.currency)), "
                + "\(NumberFormat.signedMoney(salary.premium, baseline.currency)), n = \(NumberFormat.count(salary.estimate.n)))"
        }
        let verb = wanted == .above ? "above" : "below"
        return "Skills whose salary interval lies wholly \(verb) the baseline: " + Self.list(items) + "."
    }

    private var seniority: String? {
        guard report.postings.analyzed > 0, let largest = report.seniority.first else { return nil }
        let entry = report.seniority.first { $0.name == Seniority.entry.rawValue }
        return "Entry-level postings are \(NumberFormat.percent(entry?.share ?? 0)) "
            + "(\(NumberFormat.count(entry?.postings ?? 0)) of \(NumberFormat.count(report.postings.analyzed))); "
            + "the largest level is \(largest.name) (\(NumberFormat.percent(largest.share)))."
    }

    private var geography: String? {
        guard let top = report.countries.first else { return nil }
        return "\(top.name) accounts for \(NumberFormat.percent(top.share)) of postings "
            + "(\(NumberFormat.count(top.postings)))" + (report.countries.count > 1 ? ", across \(report.countries.count) countries." : ".")
    }

    private var workModes: String? {
        guard let top = report.workModes.first, top.postings > 0 else { return nil }
        let unknownShare = ReportBuilder.share(report.workModeUnknown, of: report.postings.analyzed)
        return "\(top.name.prefix(1).uppercased() + top.name.dropFirst()) is the most frequent work mode (\(NumberFormat.percent(top.share))); "
            + "\(NumberFormat.percent(unknownShare)) of postings do not say."
    }

    private var strongestPair: String? {
        guard let pair = report.pairs.filter({ $0.significant && $0.association.lift > 1 })
            .max(by: { ($0.association.lift, $1.a, $1.b) < ($1.association.lift, $0.a, $0.b) })
        else { return nil }
        return "The strongest significant pairing among the top skills is \(pair.a) + \(pair.b): together in "
            + "\(NumberFormat.count(pair.postings)) postings, lift \(NumberFormat.ratio(pair.association.lift))."
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
