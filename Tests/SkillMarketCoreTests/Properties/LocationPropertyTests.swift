import PropertyBased
import SkillMarketCore
import Testing

@Suite("Country resolver properties")
struct LocationPropertyTests {
    static let resolver = CountryResolver()
    static let pieces = [
        "London", "ON", "Remote", "US", "Georgia", "Tbilisi", "San Jose", "CA", "Berlin", "Deutschland", "Paris",
        "New York", "NY", "India", "Bengaluru", "EMEA", "Hybrid", ",", " - ", " | ", "/", "(", ")", " ", "é", "🚀",
        "\n", "x", "St.", "Zürich", "\u{0}",
    ]

    @Test("any place text resolves without crashing, the same every time, whitespace around it ignored")
    func stable() async {
        await propertyCheck(count: 500, input: Recipe.bytes(upTo: 40)) { bytes in
            var recipe = Recipe(bytes)
            let text = recipe.text(from: Self.pieces, maxLength: 10)
            let country = Self.resolver.resolve(text)
            #expect(Self.resolver.resolve(text) == country)
            #expect(Self.resolver.resolve("  " + text + " \t") == country, "\(text)")
        }
    }

    @Test("a structured country always wins over the location text")
    func structuredFirst() async {
        await propertyCheck(count: 200, input: Recipe.bytes(upTo: 40)) { bytes in
            var recipe = Recipe(bytes)
            let location = recipe.text(from: Self.pieces, maxLength: 10)
            let posting = RawPosting(title: "Engineer", location: location, country: "DE")
            #expect(Self.resolver.country(for: posting) == Self.resolver.country(for: RawPosting(title: "x", country: "DE")))
        }
    }
}
