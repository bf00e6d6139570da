import Foundation
import Testing

@Suite("skillmarket ingest")
struct IngestCommandTests {
    @Test("ingesting the same input twice adds nothing; bad records are counted")
    func idempotent() throws {
        // Given an empty database folder
        let database = try CommandLineRunner.temporaryDirectory().appendingPathComponent("jobs.sqlite").path
        let inputs = [try CommandLineRunner.fixture("mixed.jsonl"), try CommandLineRunner.fixture("page.html")]
        // When the same inputs are ingested twice
        let first = try CommandLineRunner.run(["ingest"] + inputs + ["--db", database])
        let second = try CommandLineRunner.run(["ingest"] + inputs + ["--db", database])
        // Then the second run finds every posting unchanged
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("ingest: 6 new, 0 updated, 0 unchanged, 0 duplicates, 5 rejected"))
        #expect(second.stderr.contains("ingest: 0 new, 0 updated, 6 unchanged, 0 duplicates, 5 rejected"))
    }

    @Test("a changed posting with a known id is updated")
    func update() throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        let database = directory.appendingPathComponent("jobs.sqlite").path
        let original = Data(#"{"id": "x1", "title": "Data Engineer", "description": "Spark and SQL."}"#.utf8)
        let changed = Data(#"{"id": "x1", "title": "Data Engineer", "description": "Spark, SQL and Kafka."}"#.utf8)
        _ = try CommandLineRunner.run(["ingest", "-", "--db", database], stdin: original)
        let result = try CommandLineRunner.run(["ingest", "-", "--db", database], stdin: changed)
        #expect(result.stderr.contains("ingest: 0 new, 1 updated, 0 unchanged"), "\(result.stderr)")
    }
}
