import Hummingbird
import SkillMarketCore

/// Builds responses with the right content type; bodies are already-safe text.
enum Responses {
    static func html(_ markup: String, status: HTTPResponse.Status = .ok) -> Response {
        make(markup, contentType: "text/html; charset=utf-8", status: status)
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        make(text, contentType: "application/json", status: status)
    }

    static func css(_ text: String) -> Response {
        make(text, contentType: "text/css; charset=utf-8", status: .ok)
    }

    /// Prometheus text exposition format 0.0.4.
    static func prometheus(_ text: String) -> Response {
        make(text, contentType: "text/plain; version=0.0.4; charset=utf-8", status: .ok)
    }

    /// `{"error": message, "code": code, "parameter": parameter, "request_id": id}` (parameter
    /// `null` when none). `error` and `parameter` are the original shape; `code` and `request_id`
    /// were added beside them so existing clients keep working.
    static func jsonError(_ error: ServerError, requestID: String) -> Response {
        var json = JSONWriter()
        json.object { json in
            json.field("error", error.message)
            json.field("code", error.status.code)
            json.field("parameter", error.parameter)
            json.field("request_id", requestID)
        }
        return self.json(json.text, status: HTTPResponse.Status(code: error.status.rawValue))
    }

    private static func make(_ text: String, contentType: String, status: HTTPResponse.Status) -> Response {
        let buffer = ByteBuffer(string: text)
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentLength] = String(buffer.readableBytes)
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}
