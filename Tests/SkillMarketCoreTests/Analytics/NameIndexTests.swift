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
}
