import PropertyBased
import SkillMarketCore
import Testing

/// The JSONL fast path (one object of scalar members, decoded straight from bytes) must give
/// what the general path (a `JSONValue` tree) gives. A nested member sends a record down the
/// general path, so the same object with one more member `"zz":{}` is the reference: it differs
/// only by that extra.
@Suite("Flat JSONL objects decode as the general path does", .tags(.ingest))
struct FlatObjectPropertyTests {
    @Test("a flat object gives the posting (or issue) of the same object read as a tree")
    func flatEqualsTree() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 300)) { bytes in
            var recipe = Recipe(bytes)
            let members = (0..<recipe.below(9)).map { _ in Self.member(&recipe) }
            let flat = "{" + members.joined(separator: ",") + "}"
            let nested = "{" + (members + [#""zz":{}"#]).joined(separator: ",") + "}"
            let fast = Self.decode(flat)
            var reference = Self.decode(nested)
            if case .success(var posting) = reference {
                posting.extras.removeAll { $0 == RawPosting.Extra(name: "zz", value: "{}") }
                reference = .success(posting)
            }
            #expect(fast == reference, "\(flat)")
        }
    }

    @Test(arguments: [
        #"{"title":"A","bad":"\q"}"#, #"{"title":"A" "x":1}"#, #"{"title":"A\u12"}"#,
        #"{"title":"A","n":-}"#, #"{"title":"A","t":tru}"#, #"{"title":"A\uD800\u12"}"#,
    ])
    func invalidFlatObjectsKeepTheirErrors(json: String) throws {
        guard case .failure(let issue) = Self.decode(json),
            case .invalidJSON(let detail) = issue.problem,
            case .failure(let error) = JSONParser.parse(json)
        else {
            Issue.record("\(json) was not rejected as invalid JSON")
            return
        }
        #expect(detail == error.description)
    }

    static func decode(_ json: String) -> Result<RawPosting, IngestIssue>? {
        var reader = RecordReader(source: MemoryByteSource(json), sourceName: "t.jsonl")
        guard let record = try? reader.next() else { return nil }
        return RecordDecoder().decode(record).first
    }

    /// `"key":value` with an alias, a JSON-LD or odd key, and a scalar with awkward text.
    static func member(_ recipe: inout Recipe) -> String {
        let key = recipe.pick([
            "title", "job_title", "company", "location", "LocationNormalized", "salary_min", "med_salary", "remote",
            "employment_type", "job_type", "posted", "description", "@type", "@id", "Job Title", "x", "",
            "k\\u0065y",
        ])
        let text = recipe.text(
            from: ["a", "Z", " ", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude80", "é", "\u{A0}", "-1", "2024-01-02"],
            maxLength: 6)
        let value = recipe.pick(["\"" + text + "\"", "null", "true", "false", "-12.5e3", "0", "\"\""])
        return "\"" + key + "\":" + value
    }
}
