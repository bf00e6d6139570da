/// An error the server answers on purpose: a status and a message safe to show the client.
///
/// `ErrorMiddleware` writes it as JSON `{"error": message, "parameter": …}` under `/api/` and as a
/// small HTML page elsewhere. Errors of any other type never reach the client's eyes.
struct ServerError: Error, Sendable, Equatable {
    enum Status: Int, Sendable {
        case badRequest = 400
        case notFound = 404
        case methodNotAllowed = 405
        case internalServerError = 500
        case serviceUnavailable = 503
    }

    var status: Status
    var message: String
    /// The query parameter at fault, for 400s.
    var parameter: String?

    static func badRequest(_ error: QueryParameterError) -> ServerError {
        ServerError(status: .badRequest, message: error.message, parameter: error.parameter)
    }

    static func notFound(_ message: String) -> ServerError {
        ServerError(status: .notFound, message: message, parameter: nil)
    }

    static let internalError = ServerError(
        status: .internalServerError, message: "Something went wrong on our side.", parameter: nil)
}
