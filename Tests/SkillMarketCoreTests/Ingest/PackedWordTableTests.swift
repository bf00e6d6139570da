import Testing

@testable import SkillMarketCore

@Suite("Packed word table")
struct PackedWordTableTests {
    /// "xxcommunities" and "yycommunities" share length and last eight bytes, hence their key.
    static let table = PackedWordTable([
        (word: "remote", value: 1), (word: "xxcommunities", value: 2), (word: "yycommunities", value: 3),
        (word: "a", value: 4), (word: "12345678", value: 5),
    ])

    @Test(
        "A word finds exactly its own value, also among long words with the same ending",
        arguments: [
            ("remote", 1), ("xxcommunities", 2), ("yycommunities", 3), ("a", 4), ("12345678", 5),
            ("zzcommunities", nil), ("remotes", nil), ("emote", nil), ("", nil), ("b", nil), ("012345678", nil),
        ] as [(String, Int?)])
    func findsExactWords(_ word: String, _ expected: Int?) {
        #expect(Self.table.value(of: Array(word.utf8)) == expected)
        #expect(Self.table.value(of: Array(word.utf8)[...]) == expected)
    }
}
