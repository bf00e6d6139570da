import Hummingbird
import SkillMarketCore

/// The JSON API: postings (search and by id), the report for a filter, skills with counts.
///
/// Bad query parameters answer 400 `{"error", "parameter"}`, unknown ids 404 `{"error", "parameter": null}`.
struct APIController<Context: RequestContext>: Sendable {
    let repository: any PostingRepository
    let parser: PostingQueryParser
    let reports: FilteredReport
    let taxonomy: Taxonomy
    /// Rendered posting objects of recent search pages.
    let postingJSON = PostingJSONCache()

    func register(on router: Router<Context>) {
        router.get("/api/postings") { request, _ in try await postings(request) }
        router.get("/api/postings/{id}") { _, context in try await posting(context) }
        router.get("/api/report") { request, _ in try await report(request) }
        router.get("/api/skills") { request, _ in try await skills(request) }
    }

    private func postings(_ request: Request) async throws -> Response {
        let query = try parse(request)
        return Responses.json(
            PostingJSON.page(try await repository.postings(matching: query.filters), objects: postingJSON))
    }

    private func posting(_ context: Context) async throws -> Response {
        let id = PostingID(QueryItems.decodePathComponent(context.parameters.get("id") ?? ""))
        guard let posting = try await repository.posting(id: id) else {
            throw ServerError.notFound("No posting with id \"\(id.rawValue)\".")
        }
        return Responses.json(PostingJSON.object(posting))
    }

    private func report(_ request: Request) async throws -> Response {
        Responses.json(try await reports.build(try parse(request)).json())
    }

    /// `{"skills": [{"skill", "family", "postings"}]}` for every taxonomy skill, counting the
    /// distinct postings that match the filters; sorted by postings descending, then name.
    private func skills(_ request: Request) async throws -> Response {
        var filters = try parse(request).filters
        filters.cursor = nil
        var counts: [SkillName: Int] = [:]
        try await repository.forEachPosting(matching: filters) { posting in
            for skill in posting.skills { counts[skill, default: 0] += 1 }
        }
        var seen = Set<SkillName>()
        let rows = taxonomy.skills.filter { seen.insert($0.name).inserted }
            .map { (skill: $0, postings: counts[$0.name] ?? 0) }
            .sorted { $0.postings != $1.postings ? $0.postings > $1.postings : $0.skill.name < $1.skill.name }
        var json = JSONWriter()
        json.object { json in
            json.key("skills")
            json.array { json in
                for row in rows {
                    json.object { json in
                        json.field("skill", row.skill.name.rawValue)
                        json.field("family", row.skill.family)
                        json.field("postings", row.postings)
                    }
                }
            }
        }
        return Responses.json(json.text)
    }

    private func parse(_ request: Request) throws -> BoardQuery {
        do {
            return try parser.parse(QueryItems.parse(request.uri.query))
        } catch {
            throw ServerError.badRequest(error)
        }
    }
}
