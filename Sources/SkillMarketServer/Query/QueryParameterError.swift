/// A query parameter the board and the API cannot use, named so the client can fix it.
///
/// The API answers it as 400 `{"error": message, "parameter": parameter}`; HTML pages as a 400
/// page that shows the message.
struct QueryParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    var parameter: String
    var message: String

    var description: String { "\(parameter): \(message)" }
}
