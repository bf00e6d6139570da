/// A set of listing positions `0..<capacity` as a bitmap, one bit a position: a search ANDs the sets of its
/// filter values a machine word (64 positions) at a time instead of testing every position.
struct PositionSet: Sendable, Equatable {
    private(set) var words: [UInt64]

    /// An empty set for positions `0..<capacity`.
    init(capacity: Int) {
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    func contains(_ position: Int) -> Bool {
        position >= 0 && position >> 6 < words.count && words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    /// Keeps the positions that `other` holds too.
    mutating func formIntersection(_ other: PositionSet) {
        for index in words.indices { words[index] &= index < other.words.count ? other.words[index] : 0 }
    }

    /// How many positions the set holds.
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Calls `body` with each position, ascending, from `start` on; `body` returns `false` to stop.
    func forEach(from start: Int = 0, _ body: (Int) -> Bool) {
        guard start >= 0 else { return forEach(from: 0, body) }
        var index = start >> 6
        guard index < words.count else { return }
        var word = words[index] & (~0 << UInt64(start & 63))
        while true {
            while word != 0 {
                guard body(index << 6 | word.trailingZeroBitCount) else { return }
                word &= word - 1
            }
            index += 1
            guard index < words.count else { return }
            word = words[index]
        }
    }
}

/// For one dimension of a `ListingIndex` (role, seniority, country, skill, work mode): the positions holding
/// each value code, as a `PositionSet`.
struct PositionSets: Sendable {
    private let sets: [PositionSet?]

    /// Sets for codes `0..<valueCount` over positions `0..<count`; `codes(position, visit)` calls `visit`
    /// with each code of that position (`ListingIndex.none` is skipped).
    init(valueCount: Int, count: Int, codes: (_ position: Int, _ visit: (Int32) -> Void) -> Void) {
        var sets = [PositionSet?](repeating: nil, count: valueCount)
        for position in 0..<count {
            codes(position) { code in
                guard code != ListingIndex.none else { return }
                if sets[Int(code)] == nil { sets[Int(code)] = PositionSet(capacity: count) }
                sets[Int(code)]?.insert(position)
            }
        }
        self.sets = sets
    }

    /// No sets (every code has no positions).
    init() {
        sets = []
    }

    /// The positions holding `code`; `nil` for a code no position holds.
    func positions(of code: Int32) -> PositionSet? {
        guard code >= 0, Int(code) < sets.count else { return nil }
        return sets[Int(code)]
    }
}
