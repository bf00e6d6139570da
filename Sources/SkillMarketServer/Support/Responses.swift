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

    /// `{"error": message, "parameter": parameter}` (parameter `null` when none).
    static func jsonError(_ error: ServerError) -> Response {
        var json = JSONWriter()
        json.object { json in
            json.field("error", error.message)
            json.field("parameter", error.parameter)
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
