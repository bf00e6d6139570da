/// An error the server answers on purpose: a status and a message safe to show the client.
///
/// `ErrorMiddleware` writes it as JSON `{"error": message, "code": code, "parameter": …,
/// "request_id": …}` under `/api/` and as a small HTML page elsewhere. Errors of any other type
/// never reach the client's eyes.
struct ServerError: Error, Sendable, Equatable {
    enum Status: Int, Sendable {
        case badRequest = 400
        case notFound = 404
        case methodNotAllowed = 405
        case contentTooLarge = 413
        case uriTooLong = 414
        case internalServerError = 500
        case serviceUnavailable = 503

        /// The stable machine-readable `code` of the JSON error body.
        var code: String {
            switch self {
            case .badRequest: "bad_parameter"
            case .notFound: "not_found"
            case .methodNotAllowed: "method_not_allowed"
            case .contentTooLarge: "body_not_allowed"
            case .uriTooLong: "uri_too_long"
            case .internalServerError: "internal_error"
            case .serviceUnavailable: "timeout"
            }
        }
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

    static let methodNotAllowed = ServerError(
        status: .methodNotAllowed, message: "Only GET and HEAD are allowed.", parameter: nil)

    static let bodyNotAllowed = ServerError(
        status: .contentTooLarge, message: "Requests must not carry a body.", parameter: nil)

    static func uriTooLong(limit: Int) -> ServerError {
        ServerError(status: .uriTooLong, message: "The address is longer than \(limit) bytes.", parameter: nil)
    }

    static let timedOut = ServerError(
        status: .serviceUnavailable, message: "The request took too long and was stopped; try a narrower filter.",
        parameter: nil)
}
