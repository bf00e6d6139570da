import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SkillMarketCore
import SkillMarketStore
import Testing

@testable import SkillMarketServer

/// Builds the server over a fresh store holding the given postings.
///
/// `makeRepository()` is the ONE place tests get a store from: a real, private in-memory SQLite store.
enum ServerFixture {
    static func makeRepository() throws -> any PostingRepository {
        try SQLiteRepository.inMemory()
    }

    static let taxonomy: Taxonomy = (try? Taxonomy.bundled()) ?? Taxonomy(skills: [])
    static let roles: RoleCatalogue = (try? RoleCatalogue.bundled()) ?? RoleCatalogue(roles: [])

    static func makeApplication(
        _ postings: [StoredPosting], repository: (any PostingRepository)? = nil,
        configuration: ServerConfiguration = ServerConfiguration(), logger: Logger? = nil
    ) async throws -> some ApplicationProtocol {
        let store = try repository ?? makeRepository()
        _ = try await store.upsert(postings)
        let logger = logger ?? Self.quietLogger
        return buildApplication(
            configuration: configuration, repository: store, taxonomy: taxonomy, roles: roles, logger: logger)
    }

    /// Logs nothing below `critical`.
    static var quietLogger: Logger {
        var logger = Logger(label: "server-tests")
        logger.logLevel = .critical
        return logger
    }

    /// A live server on a free loopback port with a short request time limit.
    static func liveConfiguration(requestTimeout: Duration = .seconds(30)) -> ServerConfiguration {
        ServerConfiguration(port: 0, requestTimeout: requestTimeout)
    }

    /// A posting with sensible defaults; `day` is the day of June 2026 it was posted.
    static func posting(
        _ id: String, title: String = "Machine Learning Engineer", company: String? = "Acme",
        role: String? = "machine-learning-engineer", seniority: Seniority = .mid, country: String? = "US",
        workModes: [WorkMode] = [.remote], salary: Salary? = nil, skills: [String] = ["Python"],
        day: Int = 1, description: String = "Build models in Python.", url: String? = nil,
        duplicateOf: String? = nil
    ) -> StoredPosting {
        let names = skills.map(SkillName.init).sorted()
        let families = Array(Set(names.compactMap { taxonomy.family(of: $0) })).sorted()
        let facts = ExtractedPosting(
            id: PostingID(id), title: title, company: company, location: country.map { "Somewhere, \($0)" },
            role: role.map(RoleSlug.init), seniority: seniority, country: country.flatMap(CountryCode.init),
            workModes: workModes, salary: salary, skills: names, families: families,
            posted: Day(year: 2026, month: 6, day: day), expires: nil,
            duplicateOf: duplicateOf.map(PostingID.init))
        return StoredPosting(facts: facts, description: description, url: url, source: "test")
    }

    static func usd(_ low: Int64, _ high: Int64) -> Salary {
        Salary(currency: .usd, period: .year, min: Money(units: low), max: Money(units: high))
    }

    /// The small market most tests use: 5 distinct postings and one duplicate.
    static let market: [StoredPosting] = [
        posting("p1", title: "Senior ML Engineer", seniority: .senior, salary: usd(180_000, 220_000), skills: ["Python", "PyTorch"], day: 5),
        posting("p2", title: "ML Engineer", company: "Globex", workModes: [.hybrid], salary: usd(120_000, 140_000), skills: ["Python", "SQL"], day: 4),
        posting("p3", title: "Data Scientist", company: "Initech", role: "data-scientist", country: "GB", workModes: [.onsite], skills: ["SQL", "R"], day: 3),
        posting("p4", title: "Staff ML Engineer", seniority: .staff, salary: usd(250_000, 300_000), skills: ["Python", "PyTorch", "AWS"], day: 2),
        posting("p5", title: "Junior Data Analyst", company: "Globex", role: "data-analyst", seniority: .entry, skills: ["SQL"], day: 1),
        posting("p6", title: "Senior ML Engineer", seniority: .senior, skills: ["Python", "PyTorch"], day: 6, duplicateOf: "p1"),
    ]
}

/// A response read into what the tests look at.
struct Fetched {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }

    /// The body parsed as a JSON object.
    func json() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])
        return try #require(value as? [String: Any], "body is not a JSON object: \(body.prefix(200))")
    }
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Fetched {
        try await fetch(uri)
    }

    /// Any method, optional headers and body.
    func fetch(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil
    ) async throws -> Fetched {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
            response in
            Fetched(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}
