import PropertyBased
import SkillMarketCore
import Testing

@Suite("JSON parser and record reader properties", .tags(.ingest))
struct JSONPropertyTests {
    @Test("any value printed compactly parses back to itself")
    func roundTrip() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 400)) { bytes in
            var recipe = Recipe(bytes)
            let value = Self.value(&recipe, depth: 0)
            #expect(JSONParser.parse(value.compactText) == .success(value))
        }
    }

    @Test("every proper prefix of an object's text is rejected, never crashes")
    func prefixesFail() async {
        await propertyCheck(count: 100, input: Recipe.bytes(upTo: 200)) { bytes in
            var recipe = Recipe(bytes)
            let text = Array(JSONValue.object([.init(key: "k", value: Self.value(&recipe, depth: 1))]).compactText.utf8)
            for end in 0..<text.count {
                guard case .failure = JSONParser.parse(Array(text[..<end])) else {
                    Issue.record("prefix of \(end) bytes parsed: \(String(decoding: text[..<end], as: UTF8.self))")
                    return
                }
            }
        }
    }

    @Test("random bytes never crash the parser or the reader, and issues name real lines")
    func randomBytes() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 600)) { bytes in
            _ = JSONParser.parse(bytes)
            let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }  // CSV also breaks at CR
            let run = try IngestRun.of(bytes, name: "r", chunkSize: 5, options: IngestOptions(maxRecordBytes: 128))
            #expect(run.issues.allSatisfy { (1...lines).contains($0.line) })
        }
    }

    @Test("postings written as JSON lines are all read back, at any chunk size")
    func jsonLinesReadBack() async {
        await propertyCheck(count: 150, input: Recipe.bytes(upTo: 300), Gen.int(in: 1...64)) { bytes, chunk in
            var recipe = Recipe(bytes)
            let titles = (0..<(1 + recipe.below(12))).map { index in
                "Role \(index) " + recipe.text(from: ["a", "b", "é", "\"", "\\", "{", "}", "[", "\n", "🚀"], maxLength: 8)
            }
            let lines = titles.map { title in
                JSONValue.object([
                    .init(key: "title", value: .string(title)), .init(key: "x", value: Self.value(&recipe, depth: 2)),
                ]).compactText
            }
            let run = try IngestRun.of(lines.joined(separator: recipe.pick(["\n", "\r\n", "\n\n"])), chunkSize: chunk)
            #expect(run.issues.isEmpty)
            #expect(run.postings.count == titles.count)
        }
    }

    /// A random JSON value: scalars with awkward strings and numbers, containers up to depth 4.
    static func value(_ recipe: inout Recipe, depth: Int) -> JSONValue {
        switch recipe.below(depth >= 4 ? 4 : 6) {
        case 0: return .null
        case 1: return .bool(recipe.below(2) == 1)
        case 2:
            return .number(
                recipe.pick(["0", "-0", "1", "-12", "3.25", "1e308", "-2.5E-7", "12345678901234567890", "1.0"]))
        case 3: return .string(text(&recipe))
        case 4: return .array((0..<recipe.below(5)).map { _ in value(&recipe, depth: depth + 1) })
        default:
            return .object(
                (0..<recipe.below(5)).map { _ in .init(key: text(&recipe), value: value(&recipe, depth: depth + 1)) })
        }
    }

    private static func text(_ recipe: inout Recipe) -> String {
        recipe.text(
            from: ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "€", "🚀", "\u{FFFD}", "\u{2028}"],
            maxLength: 12)
    }
}
