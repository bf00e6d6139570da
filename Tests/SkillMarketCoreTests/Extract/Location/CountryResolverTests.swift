import SkillMarketCore
import Testing

struct CountryCase: Sendable, CustomTestStringConvertible {
    let location: String?
    var country: String? = nil
    var description: String? = nil
    let expected: String?
    var testDescription: String { "\(country ?? "-") / \(location ?? "-") → \(expected ?? "nil")" }
}

@Suite("Country resolver")
struct CountryResolverTests {
    static let resolver = CountryResolver()

    @Test("location text resolves to the right country", arguments: [
        CountryCase(location: "London", expected: "GB"),
        CountryCase(location: "London, ON", expected: "CA"),
        CountryCase(location: "London, Ontario", expected: "CA"),
        CountryCase(location: "Cambridge", expected: "GB"),
        CountryCase(location: "Cambridge, MA", expected: "US"),
        CountryCase(location: "Paris", expected: "FR"),
        CountryCase(location: "Paris, TX", expected: "US"),
        CountryCase(location: "Birmingham, AL", expected: "US"),
        CountryCase(location: "Birmingham, West Midlands", expected: "GB"),
        CountryCase(location: "Atlanta, Georgia", expected: "US"),
        CountryCase(location: "Tbilisi, Georgia", expected: "GE"),
        CountryCase(location: "Georgia", expected: "US"),
        CountryCase(location: "San Jose, CA", expected: "US"),
        CountryCase(location: "Toronto, CA", expected: "CA"),
        CountryCase(location: "Remote - US", expected: "US"),
        CountryCase(location: "Remote (Canada)", expected: "CA"),
        CountryCase(location: "US-Remote", expected: "US"),
        CountryCase(location: "Anywhere in the UK", expected: "GB"),
        CountryCase(location: "Dorking, Surrey, Surrey", expected: "GB"),
        CountryCase(location: "Surrey, BC", expected: "CA"),
        CountryCase(location: "San Diego, CA 92121", expected: "US"),
        CountryCase(location: "Santa Fe Springs, Los Angeles, CA", expected: "US"),
        CountryCase(location: "Chino, California", expected: "US"),
        CountryCase(location: "Greater New York City Area", expected: "US"),
        CountryCase(location: "New York City Metropolitan Area", expected: "US"),
        CountryCase(location: "San Francisco Bay Area", expected: "US"),
        CountryCase(location: "Dallas-Fort Worth Metroplex", expected: "US"),
        CountryCase(location: "Washington, D.C., District of Columbia, United States", expected: "US"),
        CountryCase(location: "Suffolk, VA", expected: "US"),
        CountryCase(location: "Boston, Lincolnshire", expected: "GB"),
        CountryCase(location: "Perth, Perth And Kinross", expected: "GB"),
        CountryCase(location: "Perth WA", expected: "AU"),
        CountryCase(location: "Dublin, California", expected: "US"),
        CountryCase(location: "Dublin", expected: "IE"),
        CountryCase(location: "Stoke-on-Trent, Staffs", expected: "GB"),
        CountryCase(location: "Tyne & Wear", expected: "GB"),
        CountryCase(location: "Zürich", expected: "CH"),
        CountryCase(location: "München, Deutschland", expected: "DE"),
        CountryCase(location: "Berlin, DE", expected: "DE"),
        CountryCase(location: "Newark, DE", expected: "US"),
        CountryCase(location: "Bengaluru, Karnataka", expected: "IN"),
        CountryCase(location: "Vancouver, WA", expected: "US"),
        CountryCase(location: "Vancouver, British Columbia", expected: "CA"),
        CountryCase(location: "Sydney NSW", expected: "AU"),
        CountryCase(location: "Remote", expected: nil),
        CountryCase(location: "Remote - EMEA", expected: nil),
        CountryCase(location: "Nationwide", expected: nil),
        CountryCase(location: "", expected: nil),
        CountryCase(location: "Indianapolis, in", expected: "US"),
    ])
    func resolvesLocation(_ c: CountryCase) {
        let posting = RawPosting(title: "Engineer", location: c.location, country: c.country, description: c.description)
        #expect(Self.resolver.country(for: posting)?.rawValue == c.expected)
    }

    @Test("a structured country wins over the location text", arguments: [
        CountryCase(location: "London", country: "CA", expected: "CA"),
        CountryCase(location: "Paris", country: "us", expected: "US"),
        CountryCase(location: "Berlin", country: "UK", expected: "GB"),
        CountryCase(location: nil, country: "United States", expected: "US"),
        CountryCase(location: nil, country: "USA", expected: "US"),
        CountryCase(location: nil, country: "Deutschland", expected: "DE"),
        CountryCase(location: "Toronto", country: "Remote", expected: "CA"),
        CountryCase(location: "Toronto", country: "ZZ", expected: "CA"),
    ])
    func prefersStructuredCountry(_ c: CountryCase) {
        let posting = RawPosting(title: "Engineer", location: c.location, country: c.country)
        #expect(Self.resolver.country(for: posting)?.rawValue == c.expected)
    }

    @Test("an empty location falls back to an HN-style 'Company | Role | Place' headline", arguments: [
        CountryCase(location: nil, description: "Acme | Backend Engineer | SF, Remote (North America) | Full-time<p>We build", expected: "US"),
        CountryCase(location: "", description: "Acme | Founding Engineer | Stockholm | On-site\nMore text", expected: "SE"),
        CountryCase(location: nil, description: "Acme <a href=\"x\">x</a> | Engineer | Remote US | Full Time", expected: "US"),
        CountryCase(location: nil, description: "Acme | Growth Engineer | Remote - UK&#x2F;EU | €60k", expected: "GB"),
        CountryCase(location: nil, description: "Acme | Engineer | REMOTE | Contract", expected: nil),
        CountryCase(location: nil, description: "We are hiring in London for a role.", expected: nil),
    ])
    func readsHeadline(_ c: CountryCase) {
        let posting = RawPosting(title: "Engineer", location: c.location, description: c.description)
        #expect(Self.resolver.country(for: posting)?.rawValue == c.expected)
    }

    @Test("a gazetteer built from TSV text resolves its own names; an empty one resolves nothing")
    func customGazetteer() {
        let gazetteer = Gazetteer(tsv: "# test\nGotham\tUS\tcity\t50\nNew Gotham\tCA\tcity\t50\nbad line\n")
        let resolver = CountryResolver(gazetteer: gazetteer)
        #expect(resolver.resolve("Gotham") == CountryCode("US"))
        #expect(resolver.resolve("New Gotham") == CountryCode("CA"))
        #expect(CountryResolver(gazetteer: .empty).resolve("London") == nil)
    }

    /// Two names with three candidate countries each: "Alpha" leans FR, "Beta" ES, both name DE.
    static let overlapping = CountryResolver(
        gazetteer: Gazetteer(tsv: "Alpha\tFR\tcity\t90\nAlpha\tDE\tcity\t10\nAlpha\tIT\tcity\t5\n"
            + "Beta\tDE\tcity\t20\nBeta\tES\tcity\t80\nBeta\tPT\tcity\t1\n"))

    @Test(
        "every candidate of every matched word is tallied, however many words the text has",
        arguments: [
            ("Alpha", "FR"), ("Beta", "ES"), ("Alpha, Beta", "DE"), ("Beta, Alpha", "DE"),
            ("Alpha Beta Alpha Beta", "DE"), (Array(repeating: "Alpha", count: 500).joined(separator: ", "), "FR"),
            (Array(repeating: "Alpha, Beta", count: 300).joined(separator: " / "), "DE"), ("Gamma", nil), ("", nil),
        ] as [(String, String?)])
    func talliesEveryCandidate(location: String, expected: String?) {
        #expect(Self.overlapping.resolve(location)?.rawValue == expected)
    }

    @Test("an empty gazetteer resolves nothing, however long the text")
    func emptyGazetteerLongText() {
        #expect(CountryResolver(gazetteer: .empty).resolve(String(repeating: "London, ", count: 1_000)) == nil)
    }
}
