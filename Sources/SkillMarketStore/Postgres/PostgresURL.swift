import Foundation
import NIOSSL
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…` URL, read into connection settings.
///
/// User and password are percent-decoded; the port defaults to 5432, the user to `postgres`, the
/// database to the user's name. `sslmode` is `disable`, `prefer` or `require` (`verify-full` is read as
/// `require`); without it, TLS is off for loopback hosts (127.0.0.1, ::1, localhost) and preferred
/// elsewhere. `schema=NAME` (letters, digits, `_`) puts every table in that schema, created if missing.
///
///     try PostgresURL("postgres://app:s%40cret@db:6543/market?sslmode=require").password  // "s@cret"
public struct PostgresURL: Sendable, Equatable {
    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tlsMode: TLSMode
    /// The schema holding the tables (`search_path`); `nil` for the server's default (`public`).
    public var schema: String?

    public init(_ text: String) throws(PostgresStoreError) {
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"),
            let components = URLComponents(string: text), let host = components.host, !host.isEmpty
        else { throw .invalidURL("expected postgres://user:password@host:port/database") }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        port = components.port ?? 5432
        user = components.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : path
        var tls: TLSMode?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                switch item.value ?? "" {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                default: throw .invalidURL("sslmode \"\(item.value ?? "")\" is not disable, prefer or require")
                }
            case "schema":
                let name = item.value ?? ""
                guard Self.isPlainIdentifier(name) else {
                    throw .invalidURL("schema \"\(name)\" must be letters, digits and _ (at most 63)")
                }
                schema = name
            default:
                throw .invalidURL("unknown parameter \"\(item.name)\" (known: sslmode, schema)")
            }
        }
        tlsMode = tls ?? (Self.isLoopback(self.host) ? .disable : .prefer)
    }

    /// Settings for `PostgresClient`: this URL's server, credentials, TLS and `search_path`.
    func clientConfiguration() -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch tlsMode {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(.makeClientConfiguration())
        case .require: tls = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        if let schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        configuration.options.maximumConnections = 8
        return configuration
    }

    /// ASCII letters, digits and `_`, not starting with a digit: safe to write into SQL unquoted.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, !(0x30...0x39).contains(first) else { return false }
        return name.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "_")
        }
    }

    private static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
