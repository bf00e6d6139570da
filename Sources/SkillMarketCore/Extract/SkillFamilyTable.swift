/// The families of a posting's skills, sorted and unique, looked up by the skills' ranks in the
/// matcher's name order (``SkillMatcher/skillRanks(in:)``, or a temporary buffer of them in
/// ``SkillMatcher/skillsAndFamilies(title:description:familyTable:)``): no name is hashed per posting.
///
/// Built once per matcher: every distinct family name gets its rank in name order, and every skill
/// rank the rank of its family (the first row naming the skill wins, as in `Taxonomy.family(of:)`).
/// Per posting: look up each skill's family rank, sort the few ranks and drop repeats (by bits, like the
/// skills' ranks: an insertion sort missed ~20 branches a posting), and return the precomputed names.
/// The two tables sit in ``FrozenBuffer``s and a posting reads them through plain pointers (``Lookup``),
/// so no closure of the skill scan retains them.
struct SkillFamilyTable: Sendable {
    /// Per skill rank: the rank of its family in `familiesByRank`.
    private let familyRank: FrozenBuffer<Int32>
    private let familiesByRank: FrozenBuffer<String>

    init(matcher: SkillMatcher) {
        let taxonomy = matcher.taxonomy
        let familiesByRank = Set(taxonomy.skills.map(\.family)).sorted()
        var rankOfFamily: [String: Int32] = [:]
        for (rank, family) in familiesByRank.enumerated() { rankOfFamily[family] = Int32(rank) }
        self.familiesByRank = FrozenBuffer(familiesByRank)
        familyRank = FrozenBuffer(
            matcher.skillsByRank.map { taxonomy.family(of: $0).flatMap { rankOfFamily[$0] } ?? 0 })
    }

    /// The tables as pointers, valid while this table lives.
    var lookup: Lookup { Lookup(familyRank: familyRank.buffer, familiesByRank: familiesByRank.buffer) }

    /// Family names of the skills of ranks `skillRanks`, sorted and unique.
    func families(ofRanks skillRanks: some Collection<Int32>) -> [String] {
        lookup.families(ofRanks: skillRanks)
    }

    /// ``SkillFamilyTable``'s tables as plain pointers, for closures that must not retain them.
    struct Lookup {
        let familyRank: UnsafeBufferPointer<Int32>
        /// The catalogue's names, or a worker's copies of them (`ExtractionMemo.withNames`).
        var familiesByRank: UnsafeBufferPointer<String>

        /// Family names of the skills of ranks `skillRanks`, sorted and unique.
        func families(ofRanks skillRanks: some Collection<Int32>) -> [String] {
            guard !skillRanks.isEmpty else { return [] }
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: skillRanks.count) { ranks in
                var count = 0
                for skill in skillRanks {
                    ranks.initializeElement(at: count, to: familyRank[Int(skill)])
                    count += 1
                }
                let kept = SkillMatcher.sortUnique(
                    UnsafeMutableBufferPointer(rebasing: ranks[..<count]), below: familiesByRank.count)
                return ranks.prefix(kept).map { familiesByRank[Int($0)] }
            }
        }
    }
}
