import SkillMarketStore
import Testing

@Test("--db picks PostgreSQL for postgres URLs and SQLite for paths")
func storeLocation() {
    #expect(StoreLocation("postgres://u@localhost/db") == .postgres(url: "postgres://u@localhost/db"))
    #expect(StoreLocation("postgresql://localhost/db") == .postgres(url: "postgresql://localhost/db"))
    #expect(StoreLocation("jobs.sqlite") == .sqlite(path: "jobs.sqlite"))
}
