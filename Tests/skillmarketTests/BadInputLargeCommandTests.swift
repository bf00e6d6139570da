import Foundation
import Testing

/// Large hostile inputs generated at run time (never committed): a 50 MB line, a gzip bomb,
/// 100,000 levels of nesting, a binary file, 10,000 skills in one posting. Each must finish
/// within a generous time limit and with peak memory (RSS, from `wait4`) a small multiple of
/// the largest record the limits allow, not of the input.
@Suite("skillmarket on large hostile input", .serialized)
struct BadInputLargeCommandTests {
    /// Peak RSS of `extract` on a two-line file: what the binary needs before any input.
    static let baselineRSS: Int = {
        let directory = try? CommandLineRunner.temporaryDirectory()
        let path = directory?.appendingPathComponent("small.jsonl").path ?? "/dev/null"
        FileManager.default.createFile(atPath: path, contents: Data(#"{"title":"Data Engineer"}"#.utf8 + [0x0A]))
        return (try? MeasuredRun.run(["extract", path]).peakRSSBytes) ?? 0
    }()

    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try CommandLineRunner.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("a 50 MB single line is rejected as over 16 MiB; the other lines are kept; memory stays under 2× the line")
    func hugeLine() throws {
        let path = try Self.write(Self.hugeLine(size: 50 << 20), name: "huge.jsonl")
        let result = try MeasuredRun.run(["extract", path], timeout: 180)
        #expect(!result.timedOut && result.status == 0, "\(result.stderr)")
        #expect(result.lines.compactMap { $0.jsonField("title") as? String } == ["Data Engineer", "Analyst"])
        #expect(result.stderr.contains("huge.jsonl:2: record is larger than 16777216 bytes"))
        #expect(result.peakRSSBytes - Self.baselineRSS < 100 << 20, "peak \(result.peakRSSMegabytes) MB")
    }

    @Test("a gzip bomb (10 GB of zeros in 10 MB) stops at the 200:1 bound, fast and small, exit 1")
    func gzipBomb() throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        let bomb = directory.appendingPathComponent("bomb.jsonl.gz").path
        // One gzip member with a good line, then 100 members of 100 MB of zeros each (gzip -9 ≈ 100 KB).
        let script = """
            printf '{"title":"Data Engineer"}\\n' | gzip -c > '\(bomb)'
            head -c 104857600 /dev/zero | gzip -9 -c > '\(directory.path)/zeros.gz'
            for i in $(seq 100); do cat '\(directory.path)/zeros.gz'; done >> '\(bomb)'
            """
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        try shell.run()
        shell.waitUntilExit()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: bomb)[.size] as? Int)
        #expect(size < 20 << 20)

        let result = try MeasuredRun.run(["extract", bomb], timeout: 120)
        #expect(!result.timedOut)
        #expect(result.status == 1)
        // The reader runs ahead of extraction, so the line before the bomb may not come out.
        #expect(result.lines.count <= 1)
        #expect(result.stderr.contains("bomb.jsonl.gz: gzip data expands more than 200:1"), "\(result.stderr)")
        #expect(result.stderr.contains("1 inputs unreadable"))
        #expect(result.seconds < 60)
        #expect(result.peakRSSBytes - Self.baselineRSS < 100 << 20, "peak \(result.peakRSSMegabytes) MB")
    }

    @Test("100,000 levels of nesting are rejected per line without a stack overflow")
    func deepNesting() throws {
        let depth = 100_000
        let lines = [
            #"{"id":"first","title":"Data Engineer"}"#, String(repeating: "[", count: depth),
            #"{"title":"Deep","x":"# + String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth + 1),
            #"{"id":"last","title":"Analyst"}"#,
        ]
        let path = try Self.write(Array((lines.joined(separator: "\n") + "\n").utf8), name: "deep.jsonl")
        let result = try MeasuredRun.run(["extract", path], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 2)
        #expect(result.stderr.contains("deep.jsonl:2: invalid JSON: nesting deeper than 64"))
        #expect(result.stderr.contains("deep.jsonl:3: invalid JSON: nesting deeper than 64"))
    }

    @Test("a binary file is nothing but bad records: exit 1, at most 100 issues printed, no output")
    func binaryFile() throws {
        var state: UInt64 = 7
        let bytes = (0..<(4 << 20)).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let path = try Self.write(bytes, name: "random.bin")
        let result = try MeasuredRun.run(["extract", path], timeout: 120)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("extract: 0 accepted"))
        #expect(result.stderr.split(separator: "\n").count <= 102)
        #expect(result.peakRSSBytes - Self.baselineRSS < 100 << 20, "peak \(result.peakRSSMegabytes) MB")
    }

    @Test("a posting naming 10,000 skills is extracted once, each skill once")
    func manySkills() throws {
        let names = ["Python", "SQL", "Spark", "Kubernetes", "Docker", "AWS", "TensorFlow", "PyTorch", "Airflow", "Kafka"]
        let mentions = (0..<10_000).map { names[$0 % names.count] }
        let line =
            #"{"id":"many","title":"Data Engineer","description":"Skills: "# + mentions.joined(separator: ", ")
            + #".","skills":["# + mentions.map { "\"\($0)\"" }.joined(separator: ",") + "]}\n"
        let path = try Self.write(Array(line.utf8), name: "skills.jsonl")
        let result = try MeasuredRun.run(["extract", path], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let skills = try #require(result.lines.first?.jsonField("skills") as? [String])
        #expect(Set(skills).count == skills.count)
        #expect(skills.count >= 5 && skills.count <= names.count)
    }

    /// A good line, a `size`-byte posting line, a good line.
    static func hugeLine(size: Int) -> [UInt8] {
        Array(#"{"title":"Data Engineer"}"#.utf8) + [0x0A] + Array(#"{"title":"Huge","description":""#.utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: size) + Array("\"}\n".utf8)
            + Array(#"{"title":"Analyst"}"#.utf8) + [0x0A]
    }
}
