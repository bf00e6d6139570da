import SkillMarketCore

/// Small hand-made postings for the repository conformance suite.
enum ConformanceFixtures {
    static func posting(
        _ id: String, title: String = "Data Engineer", company: String? = "Acme", location: String? = nil,
        role: String? = "data-engineer", seniority: Seniority = .mid, country: String? = "US", modes: [WorkMode] = [],
        salary: Salary? = nil, skills: [String] = [], families: [String] = [], posted: String? = "2026-05-01",
        expires: String? = nil, duplicateOf: String? = nil, description: String = "Build data pipelines.",
        url: String? = nil, source: String? = nil, fingerprinted: Bool = false
    ) -> StoredPosting {
        let postedDay = posted.flatMap(Day.init(iso8601:))
        let fingerprint =
            fingerprinted
            ? DuplicateFingerprint(
                title: title, company: company, location: location, plainDescription: description, posted: postedDay)
            : nil
        let facts = ExtractedPosting(
            id: PostingID(id), title: title, company: company, location: location, role: role.map(RoleSlug.init),
            seniority: seniority, country: country.flatMap(CountryCode.init), workModes: Array(Set(modes)).sorted(),
            salary: salary, skills: Array(Set(skills)).sorted().map(SkillName.init),
            families: Array(Set(families)).sorted(),
            posted: postedDay, expires: expires.flatMap(Day.init(iso8601:)),
            duplicateOf: duplicateOf.map(PostingID.init),
            fingerprint: fingerprint)
        return StoredPosting(facts: facts, description: description, url: url, source: source)
    }

    /// A salary in whole units; `min == max` for a single figure, `nil` for an open end.
    static func pay(
        _ min: Int64?, _ max: Int64?, _ currency: CurrencyCode = .usd, per period: PayPeriod = .year,
        base: Bool = true
    ) -> Salary {
        Salary(
            currency: currency, period: period, min: min.map(Money.init(units:)), max: max.map(Money.init(units:)),
            base: base)
    }

    /// The query that `target` alone satisfies among `filterCorpus` (each near miss fails one filter).
    static let combinedQuery = PostingQuery(
        text: "ranking models", role: RoleSlug("machine-learning-engineer"),
        skills: [SkillName("Python"), SkillName("PyTorch")], seniority: .senior, country: CountryCode("US"),
        workMode: .remote, minSalary: 120_000, company: "Acme", postedSince: Day(iso8601: "2026-06-01"))

    static func target(
        _ id: String = "t-target", title: String = "Senior ML Engineer", company: String? = "Acme",
        role: String = "machine-learning-engineer", seniority: Seniority = .senior, country: String = "US",
        modes: [WorkMode] = [.hybrid, .remote], salary: Salary? = pay(150_000, 190_000),
        skills: [String] = ["PyTorch", "Python", "SQL"], posted: String = "2026-06-10",
        description: String = "Train ranking models with PyTorch for search.", duplicateOf: String? = nil
    ) -> StoredPosting {
        posting(
            id, title: title, company: company, location: "Austin, TX", role: role, seniority: seniority,
            country: country, modes: modes, salary: salary, skills: skills, families: ["Coding Languages", "ML"],
            posted: posted, duplicateOf: duplicateOf, description: description, url: "https://example.com/\(id)",
            source: "fixture", fingerprinted: true)
    }

    /// The combined-filter target, one near miss per filter, a duplicate of the target, and a few others.
    static let filterCorpus: [StoredPosting] = [
        target(),
        target("m-role", role: "data-scientist"),
        target("m-skill", skills: ["Python", "SQL"]),
        target("m-seniority", seniority: .mid),
        target("m-country", country: "GB"),
        target("m-mode", modes: [.onsite]),
        target("m-salary-low", salary: pay(90_000, 110_000)),
        target("m-salary-gbp", salary: pay(150_000, 190_000, .gbp)),
        target("m-salary-none", salary: nil),
        target("m-company", company: "Beta Labs"),
        target("m-posted", posted: "2026-04-01"),
        target("m-text", description: "Train forecasting systems with PyTorch."),
        target("m-dup", duplicateOf: "t-target"),
        target("hourly", company: "Pay Co", salary: pay(70, 70, per: .hour)),  // 145,600 a year
        target("open-top", company: "Pay Co", salary: pay(130_000, nil)),  // "from $130k"
        posting(
            "o-analyst", title: "Data Analyst", company: "Beta Labs", role: "data-analyst", seniority: .entry,
            country: "GB", modes: [.onsite], salary: pay(35_000, 45_000, .gbp), skills: ["SQL", "Excel"],
            posted: "2026-05-20", description: "Dashboards and ranking reports."),
        posting(
            "o-nocountry", title: "Platform Engineer", company: nil, role: nil, seniority: .staff, country: nil,
            skills: ["Go", "Kubernetes"], posted: nil, description: "Run clusters."),
        posting("o-de", skills: ["Python", "SQL", "Airflow"], posted: "2026-06-02", fingerprinted: true),
    ]

    /// Descriptions a board must show exactly as stored (then escape).
    static let hostileDescription =
        "<script>alert('x')</script><img src=x onerror=\"alert(1)\">\r\n\t'; DROP TABLE posting; -- "
        + "\\x00 %s %n {{7*7}} ${jndi:ldap://x} Ümlaut e\u{301} 🚀 \u{202E}txet\u{202C} \u{FEFF}end  "
}
