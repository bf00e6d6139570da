import Foundation
import Testing

/// `report --out FILE` writes a temporary file and renames it into place: a reader sees the
/// old report or the new one, never a half-written or missing file.
@Suite("report --out writes atomically")
struct ReportOutputAtomicityTests {
    @Test("the new report replaces the old file by rename (a hard link keeps the old content); no temp file is left")
    func replacesByRename() throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("report.json")
        let oldLink = directory.appendingPathComponent("old-link.json")
        try Data("old report".utf8).write(to: out)
        try FileManager.default.linkItem(at: out, to: oldLink)

        let input = try CommandLineRunner.fixture("mixed.jsonl")
        let result = try CommandLineRunner.run(["report", input, "--format", "json", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Written in place, the hard link would show the new report too.
        #expect(try String(contentsOf: oldLink, encoding: .utf8) == "old report")
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: out))) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["old-link.json", "report.json"])
    }

    @Test("a run that fails leaves the old report untouched and no temporary file behind")
    func failedRunKeepsOldReport() throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("report.json")
        try Data("old report".utf8).write(to: out)
        let missing = directory.appendingPathComponent("missing.jsonl").path
        let result = try CommandLineRunner.run(["report", missing, "--format", "json", "--out", out.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "old report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }

    @Test("a reader polling during repeated runs always finds a complete report")
    func readersNeverSeeHalfAFile() async throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("report.json")
        let input = try CommandLineRunner.fixture("mixed.jsonl")
        #expect(try CommandLineRunner.run(["report", input, "--format", "json", "--out", out.path]).status == 0)
        let reader = Task.detached { () -> Int in
            var bad = 0
            while !Task.isCancelled {
                let data = try? Data(contentsOf: out)
                if data.flatMap({ try? JSONSerialization.jsonObject(with: $0) }) == nil { bad += 1 }
            }
            return bad
        }
        for _ in 0..<5 {
            #expect(try CommandLineRunner.run(["report", input, "--format", "json", "--out", out.path]).status == 0)
        }
        reader.cancel()
        #expect(await reader.value == 0)
    }
}
