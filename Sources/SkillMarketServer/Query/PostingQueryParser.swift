import SkillMarketCore

/// Turns URL query items into a `BoardQuery`: one parser for the HTML board and the JSON API.
///
/// Parameters (SPEC section 4): `q`, `role`, `skill` (repeatable; all must match), `seniority`,
/// `country`, `work_mode`, `min_salary` (whole USD a year), `company`, `posted_since`
/// (YYYY-MM-DD), `limit` (1...100; outside it is a 400, never silently clamped), `cursor`, and
/// `as_of` for reports. Empty values count as absent (an untouched form field submits `name=`).
/// Unknown parameter names are ignored (shared links carry `utm_*` and the like). Everything else
/// is a 400 naming the parameter: a second value for a parameter that takes one, more than
/// `maxItems` parameters or `maxSkills` skills, unknown roles, skills or levels, bad numbers and
/// dates, cursors this server never wrote, text over `maxTextBytes`. Roles and skills must exist in
/// the catalogues; skills match case-insensitively ("python" → "Python"). Messages quote at most
/// `maxQuotedBytes` of the offending value.
struct PostingQueryParser: Sendable {
    private let roles: Set<RoleSlug>
    private let skillsByFoldedName: [String: SkillName]

    /// Longest accepted `q` or `company`, in bytes.
    static let maxTextBytes = 200
    /// Most `skill` parameters in one query.
    static let maxSkills = 20
    /// Most parameters of any name in one query (a form submits about a dozen plus its skills).
    static let maxItems = 100
    /// Longest part of a rejected value an error message repeats.
    static let maxQuotedBytes = 60
    /// The parameters that take one value (`skill` is the repeatable one).
    static let singleValued: Set<String> = [
        "q", "role", "seniority", "country", "work_mode", "min_salary", "company", "posted_since", "as_of", "limit",
        "cursor",
    ]

    init(taxonomy: Taxonomy, roles: RoleCatalogue) {
        self.roles = Set(roles.roles.map(\.slug))
        var skills: [String: SkillName] = [:]
        for skill in taxonomy.skills where skills[skill.name.rawValue.lowercased()] == nil {
            skills[skill.name.rawValue.lowercased()] = skill.name
        }
        self.skillsByFoldedName = skills
    }

    /// The query of `items`; throws the first parameter it cannot use.
    func parse(_ items: [QueryItem]) throws(QueryParameterError) -> BoardQuery {
        guard items.count <= Self.maxItems else {
            throw QueryParameterError(parameter: "query", message: "more than \(Self.maxItems) parameters")
        }
        var query = PostingQuery()
        var asOf: Day?
        var seen = Set<String>()
        for item in items {
            let value = item.value.trimmingASCIIWhitespace()
            guard !value.isEmpty, Self.singleValued.contains(item.name) || item.name == "skill" else { continue }
            guard item.name == "skill" || seen.insert(item.name).inserted else {
                throw QueryParameterError(parameter: item.name, message: "given more than once")
            }
            switch item.name {
            case "q": query.text = try Self.text(value, parameter: "q")
            case "role":
                let role = RoleSlug(value)
                guard roles.contains(role) else {
                    throw QueryParameterError(parameter: "role", message: "unknown role \(Self.quoted(value))")
                }
                query.role = role
            case "skill":
                guard let skill = skillsByFoldedName[value.lowercased()] else {
                    throw QueryParameterError(parameter: "skill", message: "unknown skill \(Self.quoted(value))")
                }
                if !query.skills.contains(skill) { query.skills.append(skill) }
                guard query.skills.count <= Self.maxSkills else {
                    throw QueryParameterError(parameter: "skill", message: "at most \(Self.maxSkills) skills")
                }
            case "seniority":
                guard let level = Seniority(rawValue: value) else {
                    throw Self.choice("seniority", value, Seniority.allCases.map(\.rawValue))
                }
                query.seniority = level
            case "country":
                guard let country = CountryCode(value) else {
                    throw QueryParameterError(
                        parameter: "country", message: "\(Self.quoted(value)) is not a two-letter country code")
                }
                query.country = country
            case "work_mode":
                guard let mode = WorkMode(rawValue: value) else {
                    throw Self.choice("work_mode", value, WorkMode.allCases.map(\.rawValue))
                }
                query.workMode = mode
            case "min_salary":
                guard let amount = Int64(value), (0...100_000_000).contains(amount) else {
                    throw QueryParameterError(
                        parameter: "min_salary",
                        message: "\(Self.quoted(value)) is not a whole number of US dollars a year")
                }
                query.minSalary = amount
            case "company": query.company = try Self.text(value, parameter: "company")
            case "posted_since": query.postedSince = try Self.day(value, parameter: "posted_since")
            case "as_of": asOf = try Self.day(value, parameter: "as_of")
            case "limit":
                guard let limit = Int(value), (1...PostingQuery.maxLimit).contains(limit) else {
                    throw QueryParameterError(
                        parameter: "limit",
                        message: "\(Self.quoted(value)) is not a number from 1 to \(PostingQuery.maxLimit)")
                }
                query.limit = limit
            case "cursor":
                guard Self.isCursorShaped(value) else {
                    throw QueryParameterError(parameter: "cursor", message: "not a cursor this server produced")
                }
                query.cursor = value
            default: continue
            }
        }
        return BoardQuery(filters: query, asOf: asOf)
    }

    private static func text(_ value: String, parameter: String) throws(QueryParameterError) -> String {
        guard value.utf8.count <= maxTextBytes else {
            throw QueryParameterError(parameter: parameter, message: "longer than \(maxTextBytes) bytes")
        }
        return value
    }

    /// A calendar day written exactly as YYYY-MM-DD.
    private static func day(_ value: String, parameter: String) throws(QueryParameterError) -> Day {
        guard value.utf8.count == 10, let day = Day(iso8601: value) else {
            throw QueryParameterError(parameter: parameter, message: "\(Self.quoted(value)) is not a date (YYYY-MM-DD)")
        }
        return day
    }

    private static func choice(_ parameter: String, _ value: String, _ allowed: [String]) -> QueryParameterError {
        QueryParameterError(
            parameter: parameter, message: "\(quoted(value)) is not one of " + allowed.joined(separator: ", "))
    }

    /// `value` in double quotes, cut to `maxQuotedBytes` (on a character boundary) with "…".
    static func quoted(_ value: String) -> String {
        "\"" + shortened(value) + "\""
    }

    /// `value` cut to `maxQuotedBytes` (on a character boundary) with "…".
    static func shortened(_ value: String) -> String {
        guard value.utf8.count > maxQuotedBytes else { return value }
        var result = ""
        for character in value {
            guard result.utf8.count + character.utf8.count <= maxQuotedBytes else { break }
            result.append(character)
        }
        return result + "…"
    }

    /// Cursors are URL-safe base64 of bounded length; anything else never came from a page.
    private static func isCursorShaped(_ value: String) -> Bool {
        value.utf8.count <= 2_048
            && value.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="):
                    true
                default: false
                }
            }
    }
}

extension String {
    /// Without leading and trailing ASCII spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == 0 && last == bytes.count - 1 { return self }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
