import Foundation
import SkillMarketCore

/// The real job-posting samples in `../shared/data` (never copied into this repository).
///
/// A fresh clone has no `../shared`; tests that need it are disabled with a message saying so.
/// `SKILLMARKET_SHARED_DATA` overrides the location.
enum SharedData {
    static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["SKILLMARKET_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        let repositoryRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // SkillMarketCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("SOURCES.md").path)
    }

    static let skipMessage = "../shared/data is absent (fresh clone): real-data tests skipped"

    static func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// Rows of a CSV file as dictionaries keyed by header (the first record).
    static func csvRows(_ relativePath: String) throws -> [[String: String]] {
        let data = try Data(contentsOf: url(relativePath))
        var parser = CSVParser()
        var records: [CSVRecord] = []
        parser.feed(data) { records.append($0) }
        parser.finish { records.append($0) }
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().map { record in
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() where index < record.fields.count {
                row[name] = record.fields[index]
            }
            return row
        }
    }

    /// Objects of a JSONL file.
    static func jsonLines(_ relativePath: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: url(relativePath), encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        }
    }
}
