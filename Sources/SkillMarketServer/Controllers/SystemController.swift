import Foundation
import Hummingbird
import Logging
import SkillMarketCore

/// Health, metrics, the OpenAPI document, the board's stylesheet and the (empty) favicon.
struct SystemController<Context: RequestContext>: Sendable {
    let repository: any PostingRepository
    let assets: ServerAssets
    let metrics: ServerMetrics

    func register(on router: Router<Context>) {
        router.get("/healthz") { _, _ in await health() }
        router.get("/metrics") { _, _ in Responses.prometheus(metrics.exposition()) }
        router.get("/openapi.json") { _, _ in try asset(assets.openAPI, json: true) }
        router.get("/static/board.css") { _, _ in try asset(assets.boardCSS, json: false) }
        // Browsers ask for an icon on every page; "no content" instead of a 404 in their console.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }

    /// 200 `{"status":"ok"}` when the store answers, else 503 `{"status":"unavailable"}`.
    private func health() async -> Response {
        let healthy = await repository.isHealthy()
        return Responses.json(
            healthy ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}", status: healthy ? .ok : .serviceUnavailable)
    }

    private func asset(_ text: String?, json: Bool) throws -> Response {
        guard let text else { throw ServerError.internalError }
        return json ? Responses.json(text) : Responses.css(text)
    }
}

/// Files the server ships in its bundle, read once at start-up.
///
/// A missing file is logged and its route answers 500; the rest of the server still works.
struct ServerAssets: Sendable {
    var openAPI: String?
    var boardCSS: String?

    static func bundled(logger: Logger) -> ServerAssets {
        ServerAssets(
            openAPI: read("openapi", "json", logger: logger), boardCSS: read("board", "css", logger: logger))
    }

    private static func read(_ name: String, _ ext: String, logger: Logger) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            logger.error("bundled resource is missing", metadata: ["file": "\(name).\(ext)"])
            return nil
        }
        return text
    }
}
