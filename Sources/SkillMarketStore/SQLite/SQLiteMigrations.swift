import GRDB

/// The SQLite schema, one migration per shipped change. Shipped migrations are never edited: add a new one.
///
/// `posting.seq` is an explicit `INTEGER PRIMARY KEY` (a stable rowid: `VACUUM` keeps it) so the external
/// content FTS5 table `postingText` can point at it; `id` is the posting's own key (`UNIQUE`).
/// Triggers keep `postingText` in step with `posting` inside the writing transaction.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: posting, skills, families, work modes, full text") { db in
            try db.execute(sql: v1)
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
            description TEXT NOT NULL,
            url TEXT,
            source TEXT,
            fingerprint BLOB,
            contentHash INTEGER NOT NULL
        );
        CREATE INDEX postingByPosted ON posting(posted, id);
        CREATE INDEX postingByRole ON posting(role, posted, id);
        CREATE INDEX postingByCountry ON posting(country, posted, id);
        CREATE INDEX postingBySeniority ON posting(seniority, posted, id);
        CREATE INDEX postingByCompany ON posting(company, posted, id);
        CREATE INDEX postingByUSDAnnualMax ON posting(usdAnnualMax);

        CREATE TABLE postingSkill (
            postingId TEXT NOT NULL REFERENCES posting(id) ON DELETE CASCADE,
            skill TEXT NOT NULL,
            PRIMARY KEY (postingId, skill)
        ) WITHOUT ROWID;
        CREATE INDEX postingSkillBySkill ON postingSkill(skill, postingId);

        CREATE TABLE postingFamily (
            postingId TEXT NOT NULL REFERENCES posting(id) ON DELETE CASCADE,
            family TEXT NOT NULL,
            PRIMARY KEY (postingId, family)
        ) WITHOUT ROWID;

        CREATE TABLE postingWorkMode (
            postingId TEXT NOT NULL REFERENCES posting(id) ON DELETE CASCADE,
            workMode TEXT NOT NULL,
            PRIMARY KEY (postingId, workMode)
        ) WITHOUT ROWID;
        CREATE INDEX postingWorkModeByMode ON postingWorkMode(workMode, postingId);

        CREATE VIRTUAL TABLE postingText USING fts5(
            title, company, description,
            content='posting', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER postingTextAfterInsert AFTER INSERT ON posting BEGIN
            INSERT INTO postingText(rowid, title, company, description)
            VALUES (new.seq, new.title, new.company, new.description);
        END;
        CREATE TRIGGER postingTextAfterDelete AFTER DELETE ON posting BEGIN
            INSERT INTO postingText(postingText, rowid, title, company, description)
            VALUES ('delete', old.seq, old.title, old.company, old.description);
        END;
        CREATE TRIGGER postingTextAfterUpdate AFTER UPDATE OF title, company, description ON posting BEGIN
            INSERT INTO postingText(postingText, rowid, title, company, description)
            VALUES ('delete', old.seq, old.title, old.company, old.description);
            INSERT INTO postingText(rowid, title, company, description)
            VALUES (new.seq, new.title, new.company, new.description);
        END;
        """
}
