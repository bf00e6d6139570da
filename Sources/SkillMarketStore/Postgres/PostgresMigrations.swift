import Logging
import PostgresNIO

/// The PostgreSQL schema, one migration per shipped change, recorded in `schemaMigration`.
///
/// Shipped migrations are never edited: add a new version. `apply` is idempotent and safe to run
/// from several processes at once (a transaction-scoped advisory lock serialises them). Tables and
/// columns mirror the SQLite store (`PostingRow`); identifiers are quoted to keep their camelCase.
/// Text that is compared or sorted (`id`, `posted`, facet values) uses `COLLATE "C"`: byte order,
/// as in SQLite. Full text is a generated `tsvector` over title, company and description, GIN-indexed:
/// everything but letters, digits and combining marks becomes a space (words split as SQLite's
/// `unicode61` splits them) and text is lower-cased under the ICU root collation (`und-x-icu`), so
/// both work beyond ASCII whatever the database's own locale (the server must be built with ICU,
/// as Debian's and the official images are).
enum PostgresMigrations {
    struct Migration: Sendable {
        var version: Int
        var name: String
        /// One statement each (the extended protocol runs one at a time).
        var statements: [String]
    }

    static let all: [Migration] = [v1]

    /// Any 64-bit constant shared by every SkillMarket process: the advisory lock's key.
    private static let lockKey: Int64 = 0x536B_696C_6C4D_6B74

    /// Creates the schema (when `schema` is given) and applies the migrations not yet recorded.
    ///
    /// - Returns: the versions applied by this call (empty when the schema was current).
    @discardableResult
    static func apply(schema: String?, client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withTransaction(logger: logger) { connection in
            var lock = PostgresStatement()
            lock.append("SELECT pg_advisory_xact_lock(\(lock.bind(lockKey)))")
            try await connection.query(lock.query, logger: logger)
            if let schema {
                precondition(PostgresURL.isPlainIdentifier(schema), "schema names are checked by PostgresURL")
                try await connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
            }
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS "schemaMigration" (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    "appliedAt" timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            var applied = Set<Int>()
            for try await version in try await connection.query(
                #"SELECT version FROM "schemaMigration""#, logger: logger
            ).decode(Int.self) {
                applied.insert(version)
            }
            var ran: [Int] = []
            for migration in all where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                var record = PostgresStatement()
                record.append(
                    #"INSERT INTO "schemaMigration" (version, name) VALUES ("#
                        + "\(record.bind(migration.version)), \(record.bind(migration.name)))")
                try await connection.query(record.query, logger: logger)
                ran.append(migration.version)
            }
            return ran
        }
    }

    private static let v1 = Migration(
        version: 1, name: "posting, skills, families, work modes, full text",
        statements: [
            """
            CREATE TABLE posting (
                id text COLLATE "C" PRIMARY KEY,
                title text NOT NULL,
                company text COLLATE "C",
                location text,
                role text COLLATE "C",
                seniority text COLLATE "C" NOT NULL,
                country text COLLATE "C",
                "salaryCurrency" text,
                "salaryPeriod" text,
                "salaryMinCents" bigint,
                "salaryMaxCents" bigint,
                "annualMinCents" bigint,
                "annualMaxCents" bigint,
                "salaryBase" boolean,
                "usdAnnualMin" bigint,
                "usdAnnualMax" bigint,
                posted text COLLATE "C" NOT NULL,
                expires text,
                "duplicateOf" text COLLATE "C",
                description text NOT NULL,
                url text,
                source text,
                fingerprint bytea,
                "contentHash" bigint NOT NULL,
                "searchVector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('simple'::regconfig, lower(regexp_replace(
                        (title || ' ' || coalesce(company, '') || ' ' || description) COLLATE "und-x-icu",
                        '[^[:alnum:]\\u0300-\\u036F]+', ' ', 'g')))
                ) STORED
            )
            """,
            #"CREATE INDEX "postingByPosted" ON posting (posted DESC, id DESC) WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingByRole" ON posting (role, posted DESC, id DESC) WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingByCountry" ON posting (country, posted DESC, id DESC) WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingBySeniority" ON posting (seniority, posted DESC, id DESC)"#
                + #" WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingByCompany" ON posting (company, posted DESC, id DESC) WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingByUSDAnnualMax" ON posting ("usdAnnualMax") WHERE "duplicateOf" IS NULL"#,
            #"CREATE INDEX "postingSearch" ON posting USING gin ("searchVector")"#,
            """
            CREATE TABLE "postingSkill" (
                "postingId" text COLLATE "C" NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
                skill text COLLATE "C" NOT NULL,
                PRIMARY KEY ("postingId", skill)
            )
            """,
            #"CREATE INDEX "postingSkillBySkill" ON "postingSkill" (skill, "postingId")"#,
            """
            CREATE TABLE "postingFamily" (
                "postingId" text COLLATE "C" NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
                family text COLLATE "C" NOT NULL,
                PRIMARY KEY ("postingId", family)
            )
            """,
            """
            CREATE TABLE "postingWorkMode" (
                "postingId" text COLLATE "C" NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
                "workMode" text COLLATE "C" NOT NULL,
                PRIMARY KEY ("postingId", "workMode")
            )
            """,
            #"CREATE INDEX "postingWorkModeByMode" ON "postingWorkMode" ("workMode", "postingId")"#,
        ])
}
