/// Sorting a posting's skill ranks and dropping repeats, in place: the last step of
/// ``SkillMatcher/skillRanks(in:)`` and ``SkillMatcher/skillsAndFamilies(title:description:familyTable:)``.
extension SkillMatcher {
    /// Sorts `ranks` (each in `0..<bound`) and drops repeats, returning how many are kept at the front: by bits
    /// up to ``rankBitCapacity``, else by comparison.
    static func sortUnique(_ ranks: UnsafeMutableBufferPointer<Int32>, below bound: Int) -> Int {
        bound <= rankBitCapacity ? sortUniqueByBits(ranks, below: bound) : sortUnique(ranks)
    }

    /// The most skills whose ranks ``sortUniqueByBits(_:below:)`` sorts (a taxonomy of more skills sorts by
    /// comparison).
    static let rankBitCapacity = 1024

    /// Sorts `ranks` (each in `0..<bound`, `bound` at most ``rankBitCapacity``) and drops repeats, returning how
    /// many are kept at the front: each rank sets its bit in a bit set on the stack, and the set bits are read
    /// back in order. No compare per pair of ranks, so no branch the ranks' order decides (a comparison sort
    /// of a posting's few ranks missed about a dozen branches).
    static func sortUniqueByBits(_ ranks: UnsafeMutableBufferPointer<Int32>, below bound: Int) -> Int {
        let wordCount = (bound &+ 63) &>> 6
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: rankBitCapacity / 64) { bits in
            let used = UnsafeMutableBufferPointer(rebasing: bits[..<wordCount])
            used.initialize(repeating: 0)
            for rank in ranks {
                used[Int(rank) &>> 6] |= 1 &<< UInt64(truncatingIfNeeded: rank & 63)
            }
            var kept = 0
            for index in used.indices {
                var word = used[index]
                while word != 0 {
                    ranks[kept] = Int32(truncatingIfNeeded: index &<< 6 | word.trailingZeroBitCount)
                    kept &+= 1
                    word &= word &- 1
                }
            }
            return kept
        }
    }

    /// Sorts `ranks` and drops repeats, returning how many are kept at the front.
    static func sortUnique(_ ranks: UnsafeMutableBufferPointer<Int32>) -> Int {
        var ranks = ranks
        ranks.sort()
        var kept = min(ranks.count, 1)
        for index in ranks.indices.dropFirst() where ranks[index] != ranks[kept - 1] {
            ranks[kept] = ranks[index]
            kept += 1
        }
        return kept
    }
}
