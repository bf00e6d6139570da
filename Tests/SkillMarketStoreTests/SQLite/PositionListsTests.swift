import Testing

@testable import SkillMarketStore

@Suite("Position lists")
struct PositionListsTests {
    /// Codes of positions 0, 1, 2, 3: a repeated code, a position without codes, `none`.
    static let codes: [[Int32]] = [[0, 2], [2, 2], [], [ListingIndex.none, 0]]

    static let expected: [(code: Int32, positions: [Int32])] = [
        (0, [0, 3]), (1, []), (2, [0, 1]), (3, []), (-1, []), (99, []),
    ]

    @Test("each code lists its positions ascending, once, and unknown codes list none", arguments: expected)
    func lists(_ case: (code: Int32, positions: [Int32])) {
        let lists = PositionLists(valueCount: 3, count: Self.codes.count) { position, visit in
            for code in Self.codes[position] { visit(code) }
        }
        #expect(Array(lists.positions(of: `case`.code)) == `case`.positions)
    }
}
