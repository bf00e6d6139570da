import SkillMarketCore

/// Turns URL query items into a `BoardQuery`: one parser for the HTML board and the JSON API.
///
/// Parameters (SPEC section 4): `q`, `role`, `skill` (repeatable; all must match), `seniority`,
/// `country`, `work_mode`, `min_salary` (whole USD a year), `company`, `posted_since`
/// (YYYY-MM-DD), `limit` (1...100), `cursor`, and `as_of` for reports. Empty values count as
/// absent (an untouched form field submits `name=`); unknown parameters are ignored. Roles and
/// skills must exist in the catalogues; skills match case-insensitively ("python" → "Python").
struct PostingQueryParser: Sendable {
    private let roles: Set<RoleSlug>
    private let skillsByFoldedName: [String: SkillName]

    /// Longest accepted `q` or `company`, in bytes.
    static let maxTextBytes = 200
    /// Most `skill` parameters in one query.
    static let maxSkills = 20

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
        var query = PostingQuery()
        var asOf: Day?
        for item in items {
            let value = item.value.trimmingASCIIWhitespace()
            guard !value.isEmpty else { continue }
            switch item.name {
            case "q": query.text = try Self.text(value, parameter: "q")
            case "role":
                let role = RoleSlug(value)
                guard roles.contains(role) else { throw QueryParameterError(parameter: "role", message: "unknown role \"\(value)\"") }
                query.role = role
            case "skill":
                guard let skill = skillsByFoldedName[value.lowercased()] else {
                    throw QueryParameterError(parameter: "skill", message: "unknown skill \"\(value)\"")
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
                    throw QueryParameterError(parameter: "country", message: "\"\(value)\" is not a two-letter country code")
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
                        parameter: "min_salary", message: "\"\(value)\" is not a whole number of US dollars a year")
                }
                query.minSalary = amount
            case "company": query.company = try Self.text(value, parameter: "company")
            case "posted_since": query.postedSince = try Self.day(value, parameter: "posted_since")
            case "as_of": asOf = try Self.day(value, parameter: "as_of")
            case "limit":
                guard let limit = Int(value), (1...PostingQuery.maxLimit).contains(limit) else {
                    throw QueryParameterError(
                        parameter: "limit", message: "\"\(value)\" is not a number from 1 to \(PostingQuery.maxLimit)")
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
            throw QueryParameterError(parameter: parameter, message: "\"\(value)\" is not a date (YYYY-MM-DD)")
        }
        return day
    }

    private static func choice(_ parameter: String, _ value: String, _ allowed: [String]) -> QueryParameterError {
        QueryParameterError(
            parameter: parameter, message: "\"\(value)\" is not one of " + allowed.joined(separator: ", "))
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
