/// How `serve` listens and what it accepts; loopback unless the user says otherwise.
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    /// 0 picks a free port (the log line "Server started and listening on …" names it).
    public var port: Int
    /// Longest time a handler may run before the client gets 503 and the handler is cancelled.
    public var requestTimeout: Duration
    /// A keep-alive connection with no traffic for this long is closed.
    public var idleTimeout: Duration

    /// Longest accepted request target (path and query), in bytes; longer ones get 414.
    public static let maxURIBytes = 8_192

    public init(
        host: String = "127.0.0.1", port: Int = 8080, requestTimeout: Duration = .seconds(30),
        idleTimeout: Duration = .seconds(60)
    ) {
        self.host = host
        self.port = port
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
    }
}
