import Foundation
import Logging
import SkillMarketServer
import Synchronization
import Testing

@Suite("JSON log lines")
struct JSONLinesLogHandlerTests {
    @Test("a record is one JSON object a line with time, level, label, message and sorted metadata")
    func oneObjectPerLine() throws {
        let lines = LineCollector()
        var logger = Logger(label: "test.label") { JSONLinesLogHandler(label: $0, write: lines.append) }
        logger[metadataKey: "hb.request.id"] = "abc"
        logger.info("request", metadata: ["status": "200", "path": "/a \"quoted\"\npath"])
        logger.debug("not at info")
        let written = lines.all
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(json["level"] as? String == "info")
        #expect(json["label"] as? String == "test.label")
        #expect(json["message"] as? String == "request")
        #expect((json["time"] as? String)?.hasSuffix("Z") == true)
        let metadata = try #require(json["metadata"] as? [String: String])
        #expect(metadata == ["hb.request.id": "abc", "status": "200", "path": "/a \"quoted\"\npath"])
        let idKey = try #require(line.range(of: "\"hb.request.id\""))
        let statusKey = try #require(line.range(of: "\"status\""))
        #expect(idKey.lowerBound < statusKey.lowerBound, "metadata keys are sorted")
    }
}

/// Lines a handler wrote, shared between threads.
final class LineCollector: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    @Sendable func append(_ line: String) { lines.withLock { $0.append(line) } }
}
