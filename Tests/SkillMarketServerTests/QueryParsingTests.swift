import SkillMarketCore
import Testing

@testable import SkillMarketServer

struct QueryCase: Sendable, CustomTestStringConvertible {
    let query: String
    let check: @Sendable (BoardQuery) -> Bool
    var testDescription: String { query.isEmpty ? "(empty)" : query }
}

struct BadQueryCase: Sendable, CustomTestStringConvertible {
    let query: String
    let parameter: String
    var testDescription: String { query }
}

@Suite("Query parameters")
struct QueryParsingTests {
    let parser = PostingQueryParser(taxonomy: ServerFixture.taxonomy, roles: ServerFixture.roles)

    @Test(
        "valid parameters become the PostingQuery",
        arguments: [
            QueryCase(query: "", check: { $0.filters == PostingQuery() && $0.asOf == nil }),
            QueryCase(query: "q=machine+learning", check: { $0.filters.text == "machine learning" }),
            QueryCase(query: "q=%3Cb%3E%20x", check: { $0.filters.text == "<b> x" }),
            QueryCase(query: "skill=python&skill=SQL", check: { $0.filters.skills.map(\.rawValue) == ["Python", "SQL"] }),
            QueryCase(query: "skill=C%2B%2B", check: { $0.filters.skills.map(\.rawValue) == ["C++"] }),
            QueryCase(query: "skill=Python&skill=python", check: { $0.filters.skills.count == 1 }),
            QueryCase(query: "role=data-scientist", check: { $0.filters.role == RoleSlug("data-scientist") }),
            QueryCase(query: "seniority=staff", check: { $0.filters.seniority == .staff }),
            QueryCase(query: "country=gb", check: { $0.filters.country?.rawValue == "GB" }),
            QueryCase(query: "work_mode=remote", check: { $0.filters.workMode == .remote }),
            QueryCase(query: "min_salary=150000", check: { $0.filters.minSalary == 150_000 }),
            QueryCase(query: "company=Acme+Corp", check: { $0.filters.company == "Acme Corp" }),
            QueryCase(query: "posted_since=2026-06-01", check: { $0.filters.postedSince?.description == "2026-06-01" }),
            QueryCase(query: "as_of=2026-06-30", check: { $0.asOf?.description == "2026-06-30" }),
            QueryCase(query: "limit=100&cursor=djF8MjAy_-", check: { $0.filters.limit == 100 && $0.filters.cursor == "djF8MjAy_-" }),
            QueryCase(query: "q=&role=&seniority=&min_salary=", check: { $0.filters == PostingQuery() }),
            QueryCase(query: "utm_source=x&page=2", check: { $0.filters == PostingQuery() }),
        ])
    func parsesValidQueries(_ c: QueryCase) throws {
        let query = try parser.parse(QueryItems.parse(c.query))
        #expect(c.check(query), "\(query)")
    }

    @Test(
        "invalid values name the parameter at fault",
        arguments: [
            BadQueryCase(query: "seniority=godlike", parameter: "seniority"),
            BadQueryCase(query: "posted_since=2026-02-30", parameter: "posted_since"),
            BadQueryCase(query: "posted_since=yesterday", parameter: "posted_since"),
            BadQueryCase(query: "as_of=2026-6-1", parameter: "as_of"),
            BadQueryCase(query: "min_salary=150k", parameter: "min_salary"),
            BadQueryCase(query: "min_salary=-5", parameter: "min_salary"),
            BadQueryCase(query: "limit=0", parameter: "limit"),
            BadQueryCase(query: "limit=101", parameter: "limit"),
            BadQueryCase(query: "limit=ten", parameter: "limit"),
            BadQueryCase(query: "work_mode=sometimes", parameter: "work_mode"),
            BadQueryCase(query: "country=USA", parameter: "country"),
            BadQueryCase(query: "role=astronaut", parameter: "role"),
            BadQueryCase(query: "skill=Basket+weaving", parameter: "skill"),
            BadQueryCase(query: "cursor=%3Cscript%3E", parameter: "cursor"),
        ])
    func rejectsInvalidValues(_ c: BadQueryCase) {
        #expect(throws: QueryParameterError.self) { try parser.parse(QueryItems.parse(c.query)) }
        do {
            _ = try parser.parse(QueryItems.parse(c.query))
        } catch {
            #expect(error.parameter == c.parameter)
        }
    }

    @Test("the filters survive a round trip through a link")
    func linksReproduceFilters() throws {
        let original = try parser.parse(
            QueryItems.parse("q=a+%26+b&role=data-scientist&skill=Python&skill=SQL&seniority=senior&country=US"
                + "&work_mode=hybrid&min_salary=100000&company=A%2FB&posted_since=2026-05-01&limit=5"))
        let link = original.queryString(cursor: "abc")
        var again = try parser.parse(QueryItems.parse(String(link.dropFirst())))
        #expect(again.filters.cursor == "abc")
        again.filters.cursor = nil
        #expect(again == original)
    }

    @Test("query strings decode %XX and '+' and keep bad escapes literal")
    func decodesQueryStrings() {
        #expect(QueryItems.parse("a=1+2&b=%E2%82%AC&c=%zz&d") == [
            QueryItem(name: "a", value: "1 2"), QueryItem(name: "b", value: "€"), QueryItem(name: "c", value: "%zz"),
            QueryItem(name: "d", value: ""),
        ])
        #expect(QueryItems.encodeComponent("C++ & <x>") == "C%2B%2B%20%26%20%3Cx%3E")
        #expect(QueryItems.decodePathComponent("a+b%2Fc") == "a+b/c")
    }
}
