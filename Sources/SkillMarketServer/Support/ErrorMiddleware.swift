import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into a response: `ServerError`s as JSON (API paths) or an HTML page, routing
/// errors (no route) likewise, and anything else into a 500 whose body says nothing about the
/// cause. 500s are logged with the request id, which the body and the `X-Request-ID` header repeat
/// so a user's report can be matched with the log line.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return Self.response(for: error, path: request.uri.path, requestID: context.id)
        } catch let error as HTTPError {
            let known: ServerError =
                switch error.status.code {
                case 404: .notFound("No page at this address.")
                case 405: .methodNotAllowed
                case 400..<500: ServerError(status: .badRequest, message: "Bad request.", parameter: nil)
                default: .internalError
                }
            if known.status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return Self.response(for: known, path: request.uri.path, requestID: context.id)
        } catch {
            context.logger.error(
                "request failed",
                metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            return Self.response(for: .internalError, path: request.uri.path, requestID: context.id)
        }
    }

    /// JSON for the API and machine endpoints, HTML for pages; 405s name the allowed methods.
    static func response(for error: ServerError, path: String, requestID: String) -> Response {
        var response: Response
        if path.hasPrefix("/api/") || path == "/healthz" || path == "/openapi.json" || path == "/metrics" {
            response = Responses.jsonError(error, requestID: requestID)
        } else {
            response = Responses.html(
                ErrorPage(error: error, requestID: requestID).render(),
                status: HTTPResponse.Status(code: error.status.rawValue))
        }
        if error.status == .methodNotAllowed { response.headers[.allow] = "GET, HEAD" }
        return response
    }
}
