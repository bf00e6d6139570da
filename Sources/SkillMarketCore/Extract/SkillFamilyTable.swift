/// The families of a posting's skills, sorted and unique, without hashing into a `Set`.
///
/// Built once per taxonomy: every distinct family name gets its rank in name order, and every
/// skill name the rank of its family (the first row naming the skill wins, as in
/// `Taxonomy.family(of:)`). Per posting: look up each skill's rank, sort the few ranks, drop
/// repeats, and return the precomputed names.
struct SkillFamilyTable: Sendable {
    private var skills = NameIndex()
    /// Per skill index: the rank of its family in `familiesByRank`.
    private var familyRank: [Int] = []
    private let familiesByRank: [String]

    init(taxonomy: Taxonomy) {
        familiesByRank = Set(taxonomy.skills.map(\.family)).sorted()
        var rankOfFamily: [String: Int] = [:]
        for (rank, family) in familiesByRank.enumerated() { rankOfFamily[family] = rank }
        for skill in taxonomy.skills where skills.index(of: skill.name.rawValue) == familyRank.count {
            familyRank.append(rankOfFamily[skill.family] ?? 0)
        }
    }

    /// Family names of `skills`, sorted and unique; skills the taxonomy does not know have none.
    func families(of skills: [SkillName]) -> [String] {
        guard !skills.isEmpty else { return [] }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: skills.count) { ranks in
            var count = 0
            for skill in skills {
                guard let index = self.skills.existingIndex(of: skill.rawValue) else { continue }
                // Insertion sort: a posting names a few dozen skills at most.
                let rank = familyRank[index]
                var position = count
                while position > 0, ranks[position - 1] > rank {
                    ranks[position] = ranks[position - 1]
                    position -= 1
                }
                ranks[position] = rank
                count += 1
            }
            var families: [String] = []
            families.reserveCapacity(count)
            var previous = -1
            for rank in ranks.prefix(count) where rank != previous {
                families.append(familiesByRank[rank])
                previous = rank
            }
            return families
        }
    }
}
