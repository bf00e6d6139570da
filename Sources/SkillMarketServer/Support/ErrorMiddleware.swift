import Hummingbird
import Logging

/// Turns every error into a response: `ServerError`s as JSON (API paths) or an HTML page, routing
/// errors (no route, wrong method) likewise, and anything else into a logged 500 whose body says
/// nothing about the cause.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return Self.response(for: error, path: request.uri.path)
        } catch let error as HTTPError {
            let known: ServerError =
                switch error.status.code {
                case 404: .notFound("No page at this address.")
                case 405: ServerError(status: .methodNotAllowed, message: "Method not allowed.", parameter: nil)
                case 400..<500: ServerError(status: .badRequest, message: "Bad request.", parameter: nil)
                default: .internalError
                }
            if known.status == .internalServerError {
                logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return Self.response(for: known, path: request.uri.path)
        } catch {
            logger.error(
                "request failed",
                metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            return Self.response(for: .internalError, path: request.uri.path)
        }
    }

    /// JSON for the API and machine endpoints, HTML for pages.
    static func response(for error: ServerError, path: String) -> Response {
        if path.hasPrefix("/api/") || path == "/healthz" || path == "/openapi.json" {
            return Responses.jsonError(error)
        }
        return Responses.html(
            ErrorPage(error: error).render(), status: HTTPResponse.Status(code: error.status.rawValue))
    }
}
