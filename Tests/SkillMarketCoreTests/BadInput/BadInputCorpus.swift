import Foundation
import SkillMarketCore

/// The hostile-input fixtures in `Tests/BadInput` (shared with the CLI tests, so read from the
/// source tree rather than bundled) and the large cases generated from code.
enum BadInputCorpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BadInput")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// A good posting line, a `size`-byte single line, another good posting line.
    static func hugeLine(size: Int) -> [UInt8] {
        let filler = size - #"{"title":"","description":""}"#.utf8.count
        return Array(#"{"id":"before","title":"Data Engineer"}"#.utf8) + [0x0A]
            + Array(#"{"title":"Huge","description":""#.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: filler)
            + Array(#""}"#.utf8) + [0x0A]
            + Array(#"{"id":"after","title":"Analyst"}"#.utf8) + [0x0A]
    }

    /// Lines 1 and 4: good postings; line 2: `depth` times `[`; line 3: a posting whose extra
    /// field nests `depth` objects deep.
    static func deepNesting(depth: Int = 100_000) -> [UInt8] {
        Array(#"{"id":"first","title":"Data Engineer"}"#.utf8) + [0x0A]
            + Array(String(repeating: "[", count: depth).utf8) + [0x0A]
            + Array(#"{"title":"Deep","x":"#.utf8) + Array(String(repeating: #"{"a":"#, count: depth).utf8)
            + Array("1".utf8) + Array(String(repeating: "}", count: depth + 1).utf8) + [0x0A]
            + Array(#"{"id":"last","title":"Analyst"}"#.utf8) + [0x0A]
    }

    /// `count` bytes from a fixed-seed generator: the same "binary file" on every run.
    static func binary(count: Int, seed: UInt64 = 7) -> [UInt8] {
        var generator = SeededGenerator(seed: seed)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next()) { bytes += $0.prefix(count - bytes.count) }
        }
        return bytes
    }

    /// One posting naming `count` skills in its description and in a `skills` array.
    static func manySkills(count: Int = 10_000) -> [UInt8] {
        let names = ["Python", "SQL", "Spark", "Kubernetes", "Docker", "AWS", "TensorFlow", "PyTorch", "Airflow", "Kafka"]
        let mentions = (0..<count).map { names[$0 % names.count] }
        let quoted = mentions.map { "\"\($0)\"" }.joined(separator: ",")
        return Array(
            (#"{"id":"many","title":"Data Engineer","description":"Skills: "# + mentions.joined(separator: ", ")
                + #".","skills":["# + quoted + "]}\n").utf8)
    }
}
