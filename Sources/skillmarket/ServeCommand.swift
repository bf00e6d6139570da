import ArgumentParser
import Hummingbird
import Logging
import SkillMarketCore
import SkillMarketServer
import SkillMarketStore

/// `skillmarket serve`: the job board, posting pages, report pages and the JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the job board and the analytics over HTTP (loopback by default).",
        discussion: """
            Pages: / (search and filters), /postings/{id}, /report. API: /api/postings, /api/postings/{id}, \
            /api/report, /api/skills, /healthz, /openapi.json. Every page and API takes the same query \
            parameters: q, role, skill (repeatable), seniority, country, work_mode, min_salary, company, \
            posted_since, limit, cursor. Metrics for Prometheus at /metrics. One log line per request \
            on stderr (method, path, status, duration, request id). SIGINT or SIGTERM stops it \
            gracefully: it stops accepting connections, lets requests in flight finish, and exits 0.
            """
    )

    @Option(help: "A SQLite file path, or a postgres:// URL.")
    var db = "skillmarket.sqlite"

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and logs it).")
    var port = 8080

    @Option(help: "Seconds a request may run before it is answered 503.")
    var requestTimeout = 30.0

    @Option(help: "Least severe log level written to stderr: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    @Option(help: "Log line format on stderr: text (key=value metadata) or json (one JSON object a line).")
    var logFormat = "text"

    @Option(help: "A skills taxonomy TSV to use instead of the bundled one.")
    var taxonomy: String?

    @Option(help: "A role catalogue TSV to use instead of the bundled one.")
    var roles: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard requestTimeout > 0, requestTimeout <= 3_600 else {
            throw ValidationError("--request-timeout must be more than 0 and at most 3600 seconds")
        }
        guard ["text", "json"].contains(logFormat) else { throw ValidationError("--log-format must be text or json") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError(
                "--log-level must be one of " + Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() async throws {
        let catalogues = try InputOptions.parse(
            (taxonomy.map { ["--taxonomy", $0] } ?? []) + (roles.map { ["--roles", $0] } ?? [])
        ).loadCatalogues()
        let store = try RepositoryFactory.open(StoreLocation(db))
        let json = logFormat == "json"
        var logger = Logger(label: "skillmarket.serve") { label in
            if json { return JSONLinesLogHandler.standardError(label: label) }
            return StreamLogHandler.standardError(label: label)
        }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let configuration = ServerConfiguration(
            host: host, port: port, requestTimeout: .milliseconds(Int64(requestTimeout * 1_000)))
        let app = buildApplication(
            configuration: configuration, repository: store.repository,
            taxonomy: catalogues.taxonomy, roles: catalogues.roles, logger: logger)
        try await app.runService()
        await store.close()
    }
}
