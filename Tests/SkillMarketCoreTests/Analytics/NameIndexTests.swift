import Testing

@testable import SkillMarketCore

@Suite("Name index")
struct NameIndexTests {
    @Test(
        "distinct names get dense indexes in order of first appearance, repeats their first index",
        arguments: [
            ["Python", "SQL", "Python", "", "sql", "SQL"],
            // Same length, same first and last eight bytes: only the middle tells them apart.
            (0..<3_000).map { "Randstad Branch \(1000 + $0 % 1500) - United States" },
            ["Zürich AG", "Zurich AG", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgh\u{0}"],
            // The same few string values (same storage) again and again, as the extractor hands them
            // over, mixed with equal names in storage of their own: more than the memo holds.
            (0..<4_000).map { position in
                position % 3 == 0 ? "Shared skill name number \(position % 400)" : NameIndexTests.shared[position * 7 % 400]
            },
            // Inline (≤ 15 bytes) and heap names of every length around the inline limit.
            (0..<2_000).map { String(repeating: "é", count: $0 % 12) + String(repeating: "x", count: $0 % 20) },
        ])
    func indexes(names: [String]) {
        var index = NameIndex()
        var expected: [String: Int] = [:]
        for name in names {
            let want = expected[name] ?? expected.count
            expected[name] = want
            #expect(index.index(of: name) == want)
        }
        #expect(index.count == expected.count)
        for (name, position) in expected {
            #expect(index.existingIndex(of: name) == position)
            #expect(index.names[position] == name)
        }
        #expect(index.existingIndex(of: "never added") == nil)
    }

    static let shared = (0..<400).map { "Shared skill name number \($0)" }

    @Test("a string made and dropped each lookup never answers for another that reuses its memory")
    func freshStringsEachLookup() {
        var index = NameIndex()
        var expected: [String: Int] = [:]
        for round in 0..<6_000 {
            // A new heap string every round, released after the lookup unless the index keeps it.
            let name = String(repeating: "company name ", count: 2) + String(round * 7_919 % 1_000)
            let want = expected[name] ?? expected.count
            expected[name] = want
            #expect(index.index(of: name) == want)
        }
        #expect(index.count == expected.count)
    }
}
