import HTTPTypes
import Hummingbird

/// Adds `SecurityHeaders` to every response, errors and 404s included (it is the outermost
/// middleware), and `Cache-Control: no-store` where the response set no caching policy itself.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let fields: [(HTTPField.Name, String)]

    init(_ headers: SecurityHeaders) {
        fields = headers.fields.compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        for (name, value) in fields { response.headers[name] = value }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
