import HTTPTypes
import Hummingbird
import Logging

/// One log line and one metrics sample per request, and the request id in `X-Request-ID`.
///
/// The line is logged at `info` as `request` with `method`, `path` (no query: search text stays
/// out of logs), `status`, `duration_ms` and Hummingbird's `hb.request.id`, the id error bodies and
/// 500 pages show. It sits outside `ErrorMiddleware`, so it sees the status the client gets.
struct RequestObservationMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let clock = ContinuousClock()
        let start = clock.now
        metrics.requestStarted()
        var status = 500
        defer {
            let duration = clock.now - start
            metrics.requestFinished(
                route: context.endpointPath ?? "unmatched", method: request.method.rawValue, status: status,
                duration: duration)
            context.logger.info(
                "request",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(status)",
                    "duration_ms": "\(Self.milliseconds(duration))",
                ])
        }
        var response = try await next(request, context)
        status = response.status.code
        response.headers[.requestID] = context.id
        return response
    }

    /// Milliseconds with three decimals ("12.345").
    static func milliseconds(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1_000)
        return "\(microseconds / 1_000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`: the id of the request in the server log.
    static let requestID: HTTPField.Name = {
        guard let name = HTTPField.Name("X-Request-ID") else { preconditionFailure("X-Request-ID is a valid name") }
        return name
    }()
}
