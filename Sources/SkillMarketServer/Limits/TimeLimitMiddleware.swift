import Hummingbird
import Logging

/// Gives every handler at most `limit`: past it the handler is cancelled and the client gets 503.
///
/// The handler runs in a child task racing a timer. Cancellation is cooperative: store reads
/// (GRDB, postgres-nio) and sleeps stop at once, so the 503 goes out about `limit` after the
/// request came in; code that never checks for cancellation would delay it until it returns.
struct TimeLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        try await withoutActuallyEscaping(next) { escapable in
            // `next` is Hummingbird's chain of `Sendable` responders (`MiddlewareGroup` builds it from
            // them), typed as a plain closure; calling it from the child task below is safe, and the
            // task group ends before `withoutActuallyEscaping` returns.
            nonisolated(unsafe) let handler = escapable
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await handler(request, context) }
                group.addTask {
                    try await Task.sleep(for: limit)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    context.logger.warning("request timed out", metadata: ["limit": "\(limit)"])
                    throw ServerError.timedOut
                }
                return response
            }
        }
    }
}
