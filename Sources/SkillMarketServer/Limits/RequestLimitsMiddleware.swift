import HTTPTypes
import Hummingbird

/// Rejects requests the read-only server never needs, before any handler runs.
///
/// * a method other than GET or HEAD: 405 with `Allow: GET, HEAD` (also on unknown paths);
/// * a body (`Content-Length` above 0 or any `Transfer-Encoding`): 413, whatever the route, since
///   no route reads one; the body is discarded unread by the HTTP layer, never buffered;
/// * a request target longer than `ServerConfiguration.maxURIBytes`: 414.
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else { throw ServerError.methodNotAllowed }
        let length = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        guard length == 0, request.headers[.transferEncoding] == nil else { throw ServerError.bodyNotAllowed }
        guard request.uri.description.utf8.count <= ServerConfiguration.maxURIBytes else {
            throw ServerError.uriTooLong(limit: ServerConfiguration.maxURIBytes)
        }
        return try await next(request, context)
    }
}
