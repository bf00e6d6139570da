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
            posted_since, limit, cursor. SIGINT or SIGTERM stops it gracefully.
            """
    )

    @Option(help: "A SQLite file path, or a postgres:// URL.")
    var db = "skillmarket.sqlite"

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "A skills taxonomy TSV to use instead of the bundled one.")
    var taxonomy: String?

    @Option(help: "A role catalogue TSV to use instead of the bundled one.")
    var roles: String?

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be 1…65535") }
    }

    func run() async throws {
        let catalogues = try InputOptions.parse(
            (taxonomy.map { ["--taxonomy", $0] } ?? []) + (roles.map { ["--roles", $0] } ?? [])
        ).loadCatalogues()
        let store = try RepositoryFactory.open(StoreLocation(db))
        var logger = Logger(label: "skillmarket.serve")
        logger.logLevel = .info
        let app = buildApplication(
            configuration: ServerConfiguration(host: host, port: port), repository: store.repository,
            taxonomy: catalogues.taxonomy, roles: catalogues.roles, logger: logger)
        try await app.runService()
        await store.close()
    }
}
