import Foundation
import Logging
import SkillMarketCore

/// A swift-log handler writing one JSON object per record and line, for log collectors.
///
///     {"time":"2026-06-30T12:00:00Z","level":"info","label":"skillmarket.serve","message":"request",
///      "metadata":{"duration_ms":"1.234","hb.request.id":"…","method":"GET","path":"/","status":"200"}}
///
/// Metadata keys are sorted; every metadata value is written as its text. Each line goes out in one
/// `write` call, so lines from concurrent requests never interleave.
public struct JSONLinesLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let write: @Sendable (String) -> Void

    /// A handler giving each finished line (with its "\n") to `write`.
    public init(label: String, write: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.write = write
    }

    /// A handler writing to standard error.
    public static func standardError(label: String) -> JSONLinesLogHandler {
        JSONLinesLogHandler(label: label) { line in FileHandle.standardError.write(Data(line.utf8)) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        var json = JSONWriter()
        json.object { json in
            json.field("time", Date.now.formatted(.iso8601))
            json.field("level", event.level.rawValue)
            json.field("label", label)
            json.field("message", event.message.description)
            json.key("metadata")
            json.object { json in
                for (key, value) in merged.sorted(by: { $0.key < $1.key }) { json.field(key, value.description) }
            }
        }
        write(json.text + "\n")
    }
}
