/// Why an aggregates document could not be read.
public struct ReportAggregatesError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

extension ReportAggregates {
    /// Reads a `skillmarket.aggregates/1` document (the format `json()` writes; member order and
    /// whitespace are free). A key repeated within a map adds up, and so do repeated salary
    /// amounts, so concatenated partial counts read as their sum.
    public init(json text: String) throws(ReportAggregatesError) {
        let document: JSONValue
        switch JSONParser.parse(text) {
        case .success(let value): document = value
        case .failure(let error): throw ReportAggregatesError("not JSON: \(error)")
        }
        guard document["schema"]?.scalarText == Self.schema else {
            throw ReportAggregatesError("schema is not \(Self.schema)")
        }
        let filters = try Self.member("filters", of: document)
        let postings = try Self.member("postings", of: document)
        let analyzed = try Self.integer("analyzed", of: postings)
        let salaryCountry = try Self.string("salary_country", of: filters).flatMap(CountryCode.init)
        guard let salaryCountry else { throw ReportAggregatesError("filters.salary_country is not a country code") }
        options = ReportOptions(
            role: try Self.string("role", of: filters).map(RoleSlug.init),
            asOf: try Self.day("as_of", of: filters),
            country: try Self.string("country", of: filters).flatMap(CountryCode.init),
            salaryCountry: salaryCountry,
            salaryCurrency: try Self.string("salary_currency", of: filters).map(CurrencyCode.init))
        let input = try Self.integer("input", of: postings)
        let rejected = try Self.integer("rejected", of: postings)
        let duplicates = try Self.integer("duplicates", of: postings)
        counts = Report.PostingCounts(
            input: input, rejected: rejected, duplicates: duplicates, distinct: input - rejected - duplicates,
            inRole: try Self.integer("in_role", of: postings), analyzed: analyzed)

        var pairCounts: [ReportAccumulator.SkillPair: Int] = [:]
        for entry in try Self.member("pairs", of: document).asList {
            let parts = entry.asList
            guard parts.count == 3, let a = parts[0].scalarText, let b = parts[1].scalarText,
                let count = parts[2].scalarText.flatMap({ Int($0) })
            else { throw ReportAggregatesError("pairs: expected [skill, skill, count], got \(entry.compactText)") }
            pairCounts[ReportAccumulator.SkillPair(SkillName(a), SkillName(b)), default: 0] += count
        }
        var skillSalaries: [SkillName: [Int64]] = [:]
        for (skill, histogram) in try Self.members("skill_salaries", of: document) {
            skillSalaries[SkillName(skill), default: []] += try Self.values(ofHistogram: histogram, name: skill)
        }
        accumulator = ReportAccumulator(
            analyzed: analyzed,
            skillCounts: try Self.counts("skills", of: document, keyedBy: SkillName.init),
            familyCounts: try Self.counts("families", of: document),
            pairCounts: pairCounts,
            seniorityCounts: try Self.counts("seniority", of: document, keyedBy: Seniority.init(rawValue:)),
            countryCounts: try Self.counts("countries", of: document, keyedBy: CountryCode.init),
            workModeCounts: try Self.counts("work_modes", of: document, keyedBy: WorkMode.init(rawValue:)),
            workModeUnknown: try Self.integer("work_mode_unknown", of: document),
            companyCounts: try Self.counts("companies", of: document),
            baselineSalaries: try Self.values(
                ofHistogram: try Self.member("baseline_salaries", of: document), name: "baseline_salaries"),
            skillSalaries: skillSalaries)
    }

    private static func member(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> JSONValue {
        guard let value = object[name] else { throw ReportAggregatesError("missing \"\(name)\"") }
        return value
    }

    private static func members(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> [(String, JSONValue)] {
        guard case .object(let members) = try member(name, of: object) else {
            throw ReportAggregatesError("\"\(name)\" is not an object")
        }
        return members.map { ($0.key, $0.value) }
    }

    private static func integer(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> Int {
        guard case .number(let text) = try member(name, of: object), let value = Int(text), value >= 0 else {
            throw ReportAggregatesError("\"\(name)\" is not a count")
        }
        return value
    }

    /// A string member, `nil` for JSON null.
    private static func string(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> String? {
        switch try member(name, of: object) {
        case .null: return nil
        case .string(let text): return text
        default: throw ReportAggregatesError("\"\(name)\" is not a string or null")
        }
    }

    private static func day(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> Day? {
        guard let text = try string(name, of: object) else { return nil }
        guard let day = Day(iso8601: text) else { throw ReportAggregatesError("\"\(name)\" is not YYYY-MM-DD") }
        return day
    }

    /// A `{name: count}` map; repeated names add up.
    private static func counts(_ name: String, of object: JSONValue) throws(ReportAggregatesError) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (key, value) in try members(name, of: object) {
            guard case .number(let text) = value, let count = Int(text), count >= 0 else {
                throw ReportAggregatesError("\"\(name)\".\"\(key)\" is not a count")
            }
            counts[key, default: 0] += count
        }
        return counts
    }

    /// A `{name: count}` map re-keyed by `makeKey`; a name it rejects is an error.
    private static func counts<Key: Hashable>(
        _ name: String, of object: JSONValue, keyedBy makeKey: (String) -> Key?
    ) throws(ReportAggregatesError) -> [Key: Int] {
        var result: [Key: Int] = [:]
        for (text, count) in try counts(name, of: object) {
            guard let key = makeKey(text) else { throw ReportAggregatesError("\"\(name)\": unknown key \"\(text)\"") }
            result[key, default: 0] += count
        }
        return result
    }

    /// Expands `[[amount, postings], …]` into one value per posting.
    private static func values(ofHistogram histogram: JSONValue, name: String) throws(ReportAggregatesError) -> [Int64] {
        guard case .array(let entries) = histogram else { throw ReportAggregatesError("\"\(name)\" is not a list") }
        var values: [Int64] = []
        for entry in entries {
            let parts = entry.asList
            guard parts.count == 2, let amount = parts[0].scalarText.flatMap({ Int64($0) }),
                let postings = parts[1].scalarText.flatMap({ Int($0) }), postings >= 0
            else { throw ReportAggregatesError("\"\(name)\": expected [amount, postings], got \(entry.compactText)") }
            values += repeatElement(amount, count: postings)
        }
        return values
    }
}
