import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over a plain TCP socket to 127.0.0.1, for talking to a real `serve`
/// process: sends bytes exactly as given and reads until the server closes the connection.
///
/// Blocking socket calls run on a thread of their own: never on the test's cooperative threads, and
/// not on Dispatch's global queues either, whose few workers (one a core on Linux) would queue
/// concurrent requests behind each other.
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum Failure: Error, CustomStringConvertible {
        case refused
        case socket(String)
        case malformed(String)
        var description: String {
            switch self {
            case .refused: "connection refused"
            case .socket(let message): "socket: \(message)"
            case .malformed(let text): "malformed response: \(text.prefix(200))"
            }
        }
    }

    /// `GET path` with `Connection: close`; the parsed response.
    static func get(_ path: String, port: Int) async throws -> Response {
        try await send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port)
    }

    /// Sends `request` and parses what comes back (bodies are read to the end, `Content-Length` or not).
    static func send(_ request: String, port: Int) async throws -> Response {
        let bytes = try await exchange(Array(request.utf8), port: port)
        return try parse(bytes)
    }

    /// Whether a TCP connection to `port` is refused right now.
    static func isRefused(port: Int) async -> Bool {
        await withCheckedContinuation { continuation in
            Thread {
                do {
                    let descriptor = try openConnection(port: port)
                    close(descriptor)
                    continuation.resume(returning: false)
                } catch {
                    continuation.resume(returning: true)
                }
            }.start()
        }
    }

    private static func exchange(_ request: [UInt8], port: Int) async throws -> [UInt8] {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    let descriptor = try openConnection(port: port)
                    defer { close(descriptor) }
                    var sent = 0
                    while sent < request.count {
                        let written = request[sent...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                        guard written > 0 else { throw Failure.socket("write failed, errno \(errno)") }
                        sent += written
                    }
                    var received: [UInt8] = []
                    var buffer = [UInt8](repeating: 0, count: 65_536)
                    while true {
                        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                        if count <= 0 { break }
                        received += buffer[0..<count]
                    }
                    continuation.resume(returning: received)
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    private static func openConnection(port: Int) throws -> Int32 {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure.socket("socket() failed, errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw code == ECONNREFUSED ? Failure.refused : Failure.socket("connect failed, errno \(code)")
        }
        return descriptor
    }

    private static func parse(_ bytes: [UInt8]) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
