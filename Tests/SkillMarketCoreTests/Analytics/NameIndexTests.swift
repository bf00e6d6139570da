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
            NameIndexTests.sharedAndCopied,
            // Inline (≤ 15 bytes) and heap names of every length around the inline limit.
            NameIndexTests.aroundInlineLimit,
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

    static let shared: [String] = (0..<400).map { (number: Int) -> String in "Shared skill name number \(number)" }

    static let sharedAndCopied: [String] = (0..<4_000).map { (position: Int) -> String in
        if position % 3 == 0 { return "Shared skill name number \(position % 400)" }
        return shared[position * 7 % 400]
    }

    static let aroundInlineLimit: [String] = (0..<2_000).map { (position: Int) -> String in
        let accents = String(repeating: "é", count: position % 12)
        return accents + String(repeating: "x", count: position % 20)
    }

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
