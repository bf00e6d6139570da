import Foundation
import GRDB
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

    @Test("batches in flight together commit in input order: a later version of an id wins")
    func batchesCommitInOrder() throws {
        // Given 40 postings where x1 comes first and again, changed, as the 35th, one per batch
        let directory = try CommandLineRunner.temporaryDirectory()
        let database = directory.appendingPathComponent("jobs.sqlite").path
        var lines = (0..<40).map { index in
            #"{"id": "p\#(index)", "title": "Data Engineer", "description": "Posting \#(index) wants SQL."}"#
        }
        lines[0] = #"{"id": "x1", "title": "Data Engineer", "description": "Spark and SQL."}"#
        lines[34] = #"{"id": "x1", "title": "Staff Data Engineer", "description": "Spark, SQL and Kafka."}"#
        // When they are ingested one posting per transaction (many batches in flight at once)
        let result = try CommandLineRunner.run(
            ["ingest", "-", "--db", database, "--batch-size", "1"], stdin: Data(lines.joined(separator: "\n").utf8))
        // Then x1 was written first and updated by its later version, and every other posting is new
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("ingest: 39 new, 1 updated, 0 unchanged"), "\(result.stderr)")
        let title = try DatabaseQueue(path: database).read { db in
            try String.fetchOne(db, sql: "SELECT title FROM posting WHERE id = 'x1'")
        }
        #expect(title == "Staff Data Engineer")
    }
}
