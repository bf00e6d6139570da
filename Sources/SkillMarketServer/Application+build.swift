import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SkillMarketCore

/// The `serve` application: job board pages, the JSON API, health, metrics and docs, over `repository`.
///
/// Routes (GET, and HEAD for each): `/`, `/postings/{id}`, `/report`, `/api/postings`,
/// `/api/postings/{id}`, `/api/report`, `/api/skills`, `/healthz`, `/metrics`, `/openapi.json`,
/// `/static/board.css`. Every response carries `SecurityHeaders` (no scripts allowed; styles from
/// this origin plus the report page's inline `<style>` by hash) and `X-Request-ID`. Limits:
/// `RequestLimitsMiddleware` (methods, bodies, address length), `configuration.requestTimeout` per
/// handler, `configuration.idleTimeout` per idle connection. Everything is passed in; nothing is
/// global. Run it with `runService()` for a graceful stop on SIGTERM/SIGINT: the listener closes
/// at once, requests in flight finish, then it returns.
public func buildApplication(
    configuration: ServerConfiguration, repository: any PostingRepository, taxonomy: Taxonomy,
    roles: RoleCatalogue, logger: Logger
) -> some ApplicationProtocol {
    let router = buildRouter(
        repository: repository, taxonomy: taxonomy, roles: roles, requestTimeout: configuration.requestTimeout,
        metrics: ServerMetrics(), logger: logger)
    return Application(
        router: router,
        server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: .init(configuration.idleTimeout))),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "SkillMarket"),
        logger: logger)
}

/// The router with every controller and middleware, separate so tests can inspect routes.
///
/// Middleware, outermost first: security headers, request log and metrics, error rendering,
/// request limits, time limit.
func buildRouter(
    repository: any PostingRepository, taxonomy: Taxonomy, roles: RoleCatalogue, requestTimeout: Duration,
    metrics: ServerMetrics, logger: Logger
) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware(SecurityHeaders.forReportPages(taxonomy: taxonomy)))
    router.add(middleware: RequestObservationMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: RequestLimitsMiddleware())
    router.add(middleware: TimeLimitMiddleware(limit: requestTimeout))

    let parser = PostingQueryParser(taxonomy: taxonomy, roles: roles)
    let reports = FilteredReport(repository: repository, taxonomy: taxonomy, roles: roles)
    APIController(repository: repository, parser: parser, reports: reports, taxonomy: taxonomy)
        .register(on: router)
    BoardController(
        repository: repository, parser: parser, reports: reports, roles: roles,
        descriptions: DescriptionRenderer(matcher: SkillMatcher(taxonomy: taxonomy))
    ).register(on: router)
    SystemController(repository: repository, assets: ServerAssets.bundled(logger: logger), metrics: metrics)
        .register(on: router)
    return router
}
