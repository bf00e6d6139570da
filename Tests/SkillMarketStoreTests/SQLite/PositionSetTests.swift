import Testing

@testable import SkillMarketStore

@Suite("Position sets")
struct PositionSetTests {
    /// Codes of positions 0, 1, 2, 3: a repeated code, a position without codes, `none`.
    static let codes: [[Int32]] = [[0, 2], [2, 2], [], [ListingIndex.none, 0]]

    static let expected: [(code: Int32, positions: [Int]?)] = [
        (0, [0, 3]), (1, nil), (2, [0, 1]), (3, nil), (-1, nil), (99, nil),
    ]

    @Test("each code's set holds its positions once, and codes without positions have no set", arguments: expected)
    func sets(_ case: (code: Int32, positions: [Int]?)) {
        let sets = PositionSets(valueCount: 4, count: Self.codes.count) { position, visit in
            for code in Self.codes[position] { visit(code) }
        }
        #expect(sets.positions(of: `case`.code).map(Self.members) == `case`.positions)
    }

    /// Positions across word boundaries (63, 64, 127, 128) and the last of a partial word.
    static let members = [0, 5, 63, 64, 127, 128, 199]

    @Test(
        "iteration from a start visits the members at or after it, ascending",
        arguments: [(0, members), (5, members.dropFirst().map { $0 }), (6, [63, 64, 127, 128, 199]),
            (64, [64, 127, 128, 199]), (129, [199]), (199, [199]), (200, []), (-3, members)])
    func iteration(_ case: (start: Int, positions: [Int])) {
        var set = PositionSet(capacity: 200)
        for position in Self.members { set.insert(position) }
        var visited: [Int] = []
        set.forEach(from: `case`.start) { visited.append($0); return true }
        #expect(visited == `case`.positions)
        #expect(set.count == Self.members.count)
    }

    @Test("intersection keeps the common members")
    func intersection() {
        var evens = PositionSet(capacity: 130)
        for position in stride(from: 0, to: 130, by: 2) { evens.insert(position) }
        var threes = PositionSet(capacity: 130)
        for position in stride(from: 0, to: 130, by: 3) { threes.insert(position) }
        evens.formIntersection(threes)
        #expect(Self.members(evens) == Array(stride(from: 0, to: 130, by: 6)))
        #expect(evens.contains(126) && !evens.contains(127) && !evens.contains(130) && !evens.contains(-1))
    }

    @Test("a visit that returns false stops the iteration")
    func stop() {
        var visited: [Int] = []
        var set = PositionSet(capacity: 3)
        for position in 0..<3 { set.insert(position) }
        set.forEach { visited.append($0); return visited.count < 2 }
        #expect(visited == [0, 1])
    }

    static func members(_ set: PositionSet) -> [Int] {
        var positions: [Int] = []
        set.forEach { positions.append($0); return true }
        return positions
    }
}
