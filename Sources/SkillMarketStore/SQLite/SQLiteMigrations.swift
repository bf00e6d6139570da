import GRDB

/// The SQLite schema, one migration per shipped change. Shipped migrations are never edited: add a new one.
///
/// `posting.seq` is an explicit `INTEGER PRIMARY KEY` (a stable rowid: `VACUUM` keeps it); `id` is the
/// posting's own key (`UNIQUE`). `posting` rows stay narrow (filters and counts scan them): the description
/// and fingerprint live in `postingBody`, and link tables key on `seq` (rowid joins). The FTS5 table
/// `postingText` reads its external content through the view `postingTextSource`; `SQLiteUpsert` keeps it
/// in step inside the writing transaction. Link and body rows have no `REFERENCES` clause: only
/// `SQLiteUpsert` writes them, in the posting's transaction, and foreign-key checks cost a parent lookup
/// per child row (a third of the insert time measured). `columnsize=0`: no ranking, so no per-row sizes.
///
/// v2: the full-text index keeps no positions (`detail=none`): searches only ask for postings holding every
/// word (`SQLiteFilter`), never phrases, columns or proximity. `storeState.generation` counts committed
/// changes, for the read cache (`GenerationCache`).
///
/// v3: no secondary indexes but `postingByPosted` (the `ListingIndex` load reads in listing order through
/// it) and `id`'s `UNIQUE`. Searches, facets and reports filter in the in-memory `ListingIndex`, so the
/// role, country, company, salary, skill and work-mode indexes only cost ingest time: a quarter of
/// SQLite's work per new posting (measured: 59 → 44 µs a row replaying 20,000 postings in Python).
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: posting, skills, families, work modes, full text") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: positionless full text, store generation") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3: no secondary indexes the listing index replaced") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4: full-text segments merged 16 at a time") { db in
            try db.execute(sql: v4)
        }
        return migrator
    }

    private static let v1 = """
        CREATE TABLE posting (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            company TEXT,
            location TEXT,
            role TEXT,
            seniority TEXT NOT NULL,
            country TEXT,
            salaryCurrency TEXT,
            salaryPeriod TEXT,
            salaryMinCents INTEGER,
            salaryMaxCents INTEGER,
            annualMinCents INTEGER,
            annualMaxCents INTEGER,
            salaryBase INTEGER,
            usdAnnualMin INTEGER,
            usdAnnualMax INTEGER,
            posted TEXT NOT NULL,
            expires TEXT,
            duplicateOf TEXT,
            url TEXT,
            source TEXT,
            contentHash INTEGER NOT NULL
        );
        CREATE INDEX postingByPosted ON posting(posted, id);
        CREATE INDEX postingByRole ON posting(role, posted, id);
        CREATE INDEX postingByCountry ON posting(country, posted, id);
        CREATE INDEX postingByCompany ON posting(company, posted, id);
        CREATE INDEX postingByUSDAnnualMax ON posting(usdAnnualMax);

        CREATE TABLE postingBody (
            postingSeq INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            fingerprint BLOB
        );

        CREATE TABLE postingSkill (
            postingSeq INTEGER NOT NULL,
            skill TEXT NOT NULL,
            PRIMARY KEY (postingSeq, skill)
        ) WITHOUT ROWID;
        CREATE INDEX postingSkillBySkill ON postingSkill(skill, postingSeq);

        CREATE TABLE postingFamily (
            postingSeq INTEGER NOT NULL,
            family TEXT NOT NULL,
            PRIMARY KEY (postingSeq, family)
        ) WITHOUT ROWID;

        CREATE TABLE postingWorkMode (
            postingSeq INTEGER NOT NULL,
            workMode TEXT NOT NULL,
            PRIMARY KEY (postingSeq, workMode)
        ) WITHOUT ROWID;
        CREATE INDEX postingWorkModeByMode ON postingWorkMode(workMode, postingSeq);

        CREATE VIEW postingTextSource AS
            SELECT p.seq AS seq, p.title AS title, p.company AS company, b.description AS description
            FROM posting p JOIN postingBody b ON b.postingSeq = p.seq;
        CREATE VIRTUAL TABLE postingText USING fts5(
            title, company, description,
            content='postingTextSource', content_rowid='seq', columnsize=0,
            tokenize='unicode61 remove_diacritics 2'
        );
        """

    private static let v2 = """
        DROP TABLE postingText;
        CREATE VIRTUAL TABLE postingText USING fts5(
            title, company, description,
            content='postingTextSource', content_rowid='seq', columnsize=0, detail=none,
            tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO postingText(postingText) VALUES ('rebuild');
        CREATE TABLE storeState (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            generation INTEGER NOT NULL
        );
        INSERT INTO storeState VALUES (1, 0);
        """

    private static let v3 = """
        DROP INDEX postingByRole;
        DROP INDEX postingByCountry;
        DROP INDEX postingByCompany;
        DROP INDEX postingByUSDAnnualMax;
        DROP INDEX postingSkillBySkill;
        DROP INDEX postingWorkModeByMode;
        """

    /// FTS5 merges index segments once 16 (not 4) of one level exist: each ingest batch adds a segment, and
    /// the default rewrote the growing index so often that it was a third of the writer's work
    /// (100,000 postings in batches of 1,000: 2.4 → 1.6 CPU-s for the full-text part). Searches look at a
    /// few more segments (at most 15 per level), which the cached text matches absorb.
    private static let v4 = """
        INSERT INTO postingText(postingText, rank) VALUES ('automerge', 16);
        """
}
