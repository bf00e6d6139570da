/// For one dimension of a `ListingIndex` (role, country, skill, work mode): the listing positions holding
/// each value code, ascending, as one flat array, so a search filtered on that value visits only its
/// postings instead of every position.
struct PositionLists: Sendable {
    /// Code `c`'s positions are `positions[starts[c]..<starts[c + 1]]`.
    private let starts: [Int32]
    private let positions: [Int32]

    /// Lists for codes `0..<valueCount` over positions `0..<count`; `codes(position, visit)` calls `visit`
    /// with each code of that position (`ListingIndex.none` is skipped, a repeated code counted once).
    init(valueCount: Int, count: Int, codes: (_ position: Int, _ visit: (Int32) -> Void) -> Void) {
        var starts = [Int32](repeating: 0, count: valueCount + 1)
        var last = [Int32](repeating: -1, count: valueCount)
        for position in 0..<count {
            codes(position) { code in
                guard code != ListingIndex.none, last[Int(code)] != Int32(position) else { return }
                last[Int(code)] = Int32(position)
                starts[Int(code) + 1] += 1
            }
        }
        for code in 0..<valueCount { starts[code + 1] += starts[code] }
        var next = starts
        var positions = [Int32](repeating: 0, count: Int(starts[valueCount]))
        last = [Int32](repeating: -1, count: valueCount)
        for position in 0..<count {
            codes(position) { code in
                guard code != ListingIndex.none, last[Int(code)] != Int32(position) else { return }
                last[Int(code)] = Int32(position)
                positions[Int(next[Int(code)])] = Int32(position)
                next[Int(code)] += 1
            }
        }
        self.starts = starts
        self.positions = positions
    }

    /// An empty set of lists (every code has none).
    init() {
        starts = [0]
        positions = []
    }

    /// The positions holding `code`, ascending; none for a code beyond the lists.
    func positions(of code: Int32) -> ArraySlice<Int32> {
        guard code >= 0, Int(code) + 1 < starts.count else { return [] }
        return positions[Int(starts[Int(code)])..<Int(starts[Int(code) + 1])]
    }
}
