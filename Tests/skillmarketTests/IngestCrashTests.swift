import Foundation
import GRDB
import SkillMarketCore
import Testing

/// `skillmarket ingest` killed with SIGKILL at random moments, again and again, then run to the end: the
/// database is consistent after every kill and ends equal to a clean ingest of the same corpus.
///
/// The kill delays are random across the length of a clean run, from a seeded generator: the seed is
/// printed, and `SKILLMARKET_CRASH_SEED=N` repeats a run.
@Suite("skillmarket ingest crash safety")
struct IngestCrashTests {
    static let postings = 1_000
    static let kills = 22

    @Test("SIGKILL at random points loses and duplicates nothing; a re-run completes the ingest")
    func killedAndResumed() throws {
        let seed =
            UInt64(ProcessInfo.processInfo.environment["SKILLMARKET_CRASH_SEED"] ?? "")
            ?? UInt64(Date().timeIntervalSince1970 * 1_000)
        print("IngestCrashTests: seed \(seed) (SKILLMARKET_CRASH_SEED=\(seed) repeats this run)")
        var random = SeededGenerator(seed: seed)
        let directory = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus.jsonl").path
        let generated = try CommandLineRunner.run(
            ["generate", "--count", "\(Self.postings)", "--seed", "11", "--out", corpus])
        try #require(generated.status == 0, "\(generated.stderr)")

        // A clean ingest: the expected content, and how long a whole run takes
        let reference = directory.appendingPathComponent("clean.sqlite").path
        let started = Date()
        let clean = try CommandLineRunner.run(ingest(corpus, reference))
        let cleanSeconds = Date().timeIntervalSince(started)
        try #require(clean.status == 0, "\(clean.stderr)")
        let expected = try StoreSnapshot(reference)
        #expect(expected.postings.count > Self.postings / 2)

        // Killed runs, each continuing the same database. A continued run has less left to do, so
        // a delay can outlast it: such a run is checked against the clean ingest and the database is
        // started afresh, and rounds go on until `kills` kills have landed mid-run.
        let crashed = directory.appendingPathComponent("crashed.sqlite").path
        var killedMidway = 0
        var round = 0
        while killedMidway < Self.kills && round < Self.kills * 3 {
            let delay = Double(random.next() % 1_000) / 1_000 * cleanSeconds * 1.1
            let finished = try runKilled(ingest(corpus, crashed), after: delay)
            if FileManager.default.fileExists(atPath: crashed) {
                try StoreSnapshot.checkConsistency(crashed, round: round)
            }
            if finished {
                #expect(try StoreSnapshot(crashed).postings == expected.postings, "round \(round): a completed run")
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: crashed + suffix) }
            } else {
                killedMidway += 1
            }
            round += 1
        }
        // Then a final run completes it: same ids, same content, nothing lost or duplicated
        let final = try CommandLineRunner.run(ingest(corpus, crashed))
        #expect(final.status == 0, "\(final.stderr)")
        try StoreSnapshot.checkConsistency(crashed, round: Self.kills)
        let actual = try StoreSnapshot(crashed)
        let lost = Set(expected.postings.keys).subtracting(actual.postings.keys)
        let extra = Set(actual.postings.keys).subtracting(expected.postings.keys)
        let changed = expected.postings.filter { id, posting in actual.postings[id].map { $0 != posting } ?? false }
        #expect(lost.isEmpty, "lost: \(lost.sorted().prefix(5))")
        #expect(extra.isEmpty, "not in a clean ingest: \(extra.sorted().prefix(5))")
        #expect(changed.isEmpty, "different content: \(changed.keys.sorted().prefix(5))")
        #expect(actual.postings.count == expected.postings.count)
        #expect(killedMidway == Self.kills, "only \(killedMidway) kills landed before the run ended")
        print("IngestCrashTests: \(killedMidway) kills in \(round) rounds interrupted runs (a clean run: \(cleanSeconds) s)")
    }

    private func ingest(_ corpus: String, _ database: String) -> [String] {
        ["ingest", corpus, "--db", database, "--batch-size", "50"]
    }

    /// Starts the binary, sends SIGKILL after `delay` seconds; whether it had exited by itself first.
    private func runKilled(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = CommandLineRunner.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(UInt32(delay * 1_000_000))
        let finished = !process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return finished
    }
}

/// What a database holds, by posting id: the content hash (covers every column and link row), the
/// duplicate link, and the skills.
private struct StoreSnapshot {
    struct Posting: Equatable {
        var contentHash: Int64
        var duplicateOf: String?
        var skills: [String]
    }

    var postings: [String: Posting] = [:]

    init(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.contentHash, p.duplicateOf, group_concat(s.skill, '|') AS skills
                    FROM posting p LEFT JOIN (SELECT * FROM postingSkill ORDER BY skill) s ON s.postingSeq = p.seq
                    GROUP BY p.seq
                    """)
            for row in rows {
                let skills: String? = row["skills"]
                postings[row["id"]] = Posting(
                    contentHash: row["contentHash"], duplicateOf: row["duplicateOf"],
                    skills: (skills ?? "").split(separator: "|").map(String.init).sorted())
            }
        }
    }

    /// SQLite's integrity check, the full-text index against the postings, and no link or body row
    /// without its posting (nor a posting without its body).
    static func checkConsistency(_ path: String, round: Int) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            guard tables.contains("posting") else { return }  // killed before the schema was created
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"], "round \(round)")
            // The index is sound, and indexes exactly the stored postings: its terms and their document
            // counts equal those of an index built afresh from the postings (SQLite 3.40's integrity-check
            // does not compare an external-content index with its content)
            try db.execute(sql: "INSERT INTO postingText(postingText) VALUES ('integrity-check')")
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE temp.expectedText USING fts5(
                        title, company, description, detail=none, columnsize=0,
                        tokenize='unicode61 remove_diacritics 2');
                    INSERT INTO temp.expectedText(rowid, title, company, description)
                        SELECT seq, title, company, description FROM postingTextSource;
                    CREATE VIRTUAL TABLE temp.storedTerms USING fts5vocab(main, postingText, row);
                    CREATE VIRTUAL TABLE temp.expectedTerms USING fts5vocab(temp, expectedText, row);
                    """)
            for (from, to) in [("storedTerms", "expectedTerms"), ("expectedTerms", "storedTerms")] {
                let differing = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM (SELECT term, doc FROM \(from) EXCEPT SELECT term, doc FROM \(to))")
                #expect(differing == 0, "round \(round): full-text terms in \(from) but not in \(to)")
            }
            for (table, key) in [
                ("postingBody", "postingSeq"), ("postingSkill", "postingSeq"), ("postingFamily", "postingSeq"),
                ("postingWorkMode", "postingSeq"),
            ] {
                let orphans = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(key) NOT IN (SELECT seq FROM posting)")
                #expect(orphans == 0, "round \(round): \(table) rows without a posting")
            }
            let bodiless = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM posting WHERE seq NOT IN (SELECT postingSeq FROM postingBody)")
            #expect(bodiless == 0, "round \(round): postings without a body")
            let ids = try Int.fetchOne(db, sql: "SELECT COUNT(*) - COUNT(DISTINCT id) FROM posting")
            #expect(ids == 0, "round \(round): an id stored twice")
        }
    }
}
