import SkillMarketCore
import Testing

/// `ExtractedPosting` keeps its fields in a shared copy-on-write box; it must still behave as a plain value.
@Suite("Extracted posting value semantics")
struct ExtractedPostingTests {
    static func posting() -> ExtractedPosting {
        ExtractedPosting(
            id: PostingID("p1"), title: "Engineer", company: "Acme", location: "Berlin", role: nil, seniority: .mid,
            country: CountryCode("DE"), workModes: [.remote], salary: nil, skills: [SkillName("Python")],
            families: ["Languages"], posted: nil, expires: nil)
    }

    /// One change to each kind of field (string, optional, array, nested value).
    static let changes: [(name: String, change: @Sendable (inout ExtractedPosting) -> Void)] = [
        ("title", { $0.title = "Manager" }),
        ("company", { $0.company = nil }),
        ("skills", { $0.skills.append(SkillName("SQL")) }),
        ("duplicateOf", { $0.duplicateOf = PostingID("p0") }),
        ("original", { $0.original = RawPosting(title: "Engineer") }),
        ("warnings", { $0.warnings = [FieldWarning(field: "posted", value: "x", reason: "bad")] }),
    ]

    @Test("changing a copy leaves the original as it was", arguments: 0..<6)
    func copyOnWrite(change: Int) {
        let original = Self.posting()
        var copy = original
        Self.changes[change].change(&copy)
        #expect(copy != original, "\(Self.changes[change].name)")
        #expect(original == Self.posting(), "\(Self.changes[change].name)")
    }

    @Test("values built apart compare equal field by field, and a change makes them differ", arguments: 0..<6)
    func equality(change: Int) {
        var first = Self.posting()
        var second = Self.posting()
        #expect(first == second)
        Self.changes[change].change(&first)
        #expect(first != second)
        Self.changes[change].change(&second)
        #expect(first == second, "\(Self.changes[change].name)")
    }

    @Test("a field written twice keeps the last value, read back through copies")
    func lastWriteWins() {
        var posting = Self.posting()
        posting.location = "Paris"
        let copy = posting
        posting.location = "Rome"
        #expect(copy.location == "Paris")
        #expect(posting.location == "Rome")
    }
}
