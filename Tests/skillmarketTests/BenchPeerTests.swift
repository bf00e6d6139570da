import Foundation
import Testing

/// `bench/run` compares `report` with a Python peer that does the same extraction
/// (`bench/baseline_extraction.py`); the ratio means something only while the peer really does it. Posting
/// by posting, its role, seniority, country and work modes must equal `extract`'s.
@Suite("The benchmark's Python peer")
struct BenchPeerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let python = "/usr/bin/python3"

    /// The facts both sides give a posting, by id.
    typealias Facts = [String: [String: String]]

    @Test(
        "extracts role, seniority, country and work modes as extract does",
        .enabled(if: FileManager.default.isExecutableFile(atPath: python), "needs \(python)"))
    func agreesWithExtract() throws {
        let folder = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        let generated = try CommandLineRunner.run(["generate", "--count", "500", "--seed", "11", "--out", corpus])
        try #require(generated.status == 0, "\(generated.stderr)")
        let extracted = try CommandLineRunner.run(["extract", corpus])
        try #require(extracted.status == 0, "\(extracted.stderr)")
        let peer = try Self.runPeer(corpus: corpus)
        try #require(peer.status == 0, "\(peer.stderr)")

        let expected = try Self.facts(extracted.lines)
        let found = try Self.facts(peer.lines)
        #expect(expected.count == 500)
        #expect(found.count == expected.count)
        for (id, facts) in expected {
            #expect(found[id] == facts, "\(id)")
        }
    }

    static func runPeer(corpus: String) throws -> CommandLineRunner.Result {
        let resources = repository.appendingPathComponent("Sources/SkillMarketCore/Resources")
        let arguments = [repository.appendingPathComponent("bench/baseline_extraction.py").path, "--postings"]
            + ["skills.tsv", "roles.tsv", "gazetteer.tsv"].map { resources.appendingPathComponent($0).path } + [corpus]
        return try CommandLineRunner.run(arguments, executable: URL(fileURLWithPath: python))
    }

    /// Role, seniority, country and work modes (sorted, joined) of each JSON line, by id.
    static func facts(_ lines: [String]) throws -> Facts {
        var facts: Facts = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            let modes = (object["work_modes"] as? [String] ?? []).sorted().joined(separator: ",")
            facts[id] = [
                "role": object["role"] as? String ?? "-", "seniority": object["seniority"] as? String ?? "-",
                "country": object["country"] as? String ?? "-", "work_modes": modes,
            ]
        }
        return facts
    }
}
