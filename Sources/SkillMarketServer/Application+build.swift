import Hummingbird
import Logging
import SkillMarketCore

/// The `serve` application: job board pages, the JSON API, health and docs, over `repository`.
///
/// Routes: `/`, `/postings/{id}`, `/report`, `/api/postings`, `/api/postings/{id}`, `/api/report`,
/// `/api/skills`, `/healthz`, `/openapi.json`, `/static/board.css`. Every response carries
/// `SecurityHeaders` (no scripts allowed; styles from this origin plus the report page's inline
/// `<style>` by hash). Everything is passed in; nothing is global.
public func buildApplication(
    configuration: ServerConfiguration, repository: any PostingRepository, taxonomy: Taxonomy,
    roles: RoleCatalogue, logger: Logger
) -> some ApplicationProtocol {
    let router = buildRouter(repository: repository, taxonomy: taxonomy, roles: roles, logger: logger)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "SkillMarket"),
        logger: logger)
}

/// The router with every controller and middleware, separate so tests can inspect routes.
func buildRouter(
    repository: any PostingRepository, taxonomy: Taxonomy, roles: RoleCatalogue, logger: Logger
) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(SecurityHeaders.forReportPages(taxonomy: taxonomy)))
    router.add(middleware: ErrorMiddleware(logger: logger))
    router.add(middleware: LogRequestsMiddleware(.debug))

    let parser = PostingQueryParser(taxonomy: taxonomy, roles: roles)
    let reports = FilteredReport(repository: repository, taxonomy: taxonomy, roles: roles)
    APIController(repository: repository, parser: parser, reports: reports, taxonomy: taxonomy)
        .register(on: router)
    BoardController(
        repository: repository, parser: parser, reports: reports, roles: roles,
        descriptions: DescriptionRenderer(matcher: SkillMatcher(taxonomy: taxonomy))
    ).register(on: router)
    SystemController(repository: repository, assets: ServerAssets.bundled(logger: logger)).register(on: router)
    return router
}
