import Hummingbird
import SkillMarketCore

/// The HTML pages: the board (`/`), a posting (`/postings/{id}`), the report for a filter (`/report`).
struct BoardController<Context: RequestContext>: Sendable {
    let repository: any PostingRepository
    let parser: PostingQueryParser
    let reports: FilteredReport
    let roles: RoleCatalogue
    let descriptions: DescriptionRenderer

    func register(on router: Router<Context>) {
        router.get("/") { request, _ in try await board(request) }
        router.get("/postings/{id}") { _, context in try await posting(context) }
        router.get("/report") { request, _ in try await report(request) }
    }

    private func board(_ request: Request) async throws -> Response {
        let query = try parse(request)
        async let page = repository.postings(matching: query.filters)
        async let facets = repository.facets(matching: query.filters)
        let view = BoardPage(query: query, page: try await page, facets: try await facets, roles: roles)
        return Responses.html(view.render())
    }

    private func posting(_ context: Context) async throws -> Response {
        let id = PostingID(QueryItems.decodePathComponent(context.parameters.get("id") ?? ""))
        guard let posting = try await repository.posting(id: id) else {
            throw ServerError.notFound("There is no posting with this id.")
        }
        return Responses.html(PostingDetailPage(posting: posting, roles: roles, descriptions: descriptions).render())
    }

    /// The same page as `report --format html`, for the board's current filters.
    private func report(_ request: Request) async throws -> Response {
        let query = try parse(request)
        let report = try await reports.build(query)
        return Responses.html(HTMLReport(report: report, subject: reports.subject(for: query)).render())
    }

    private func parse(_ request: Request) throws -> BoardQuery {
        do {
            return try parser.parse(QueryItems.parse(request.uri.query))
        } catch {
            throw ServerError.badRequest(error)
        }
    }
}
