import Testing

@testable import SkillMarketCore

/// A posting's skill ranks are sorted and made unique through a bit set when the taxonomy has at most
/// ``SkillMatcher/rankBitCapacity`` skills, by comparison otherwise: both give the distinct ranks in order, for
/// every count of ranks 0…40 (repeats included) and bounds around the bit set's word edges.
@Suite("Skill matcher: sorting a posting's skill ranks")
struct SkillMatcherRankSortTests {
    @Test(arguments: [1, 2, 63, 64, 65, 127, 128, 129, 1000, 1024])
    func bothSortsGiveTheDistinctRanksInOrder(bound: Int) {
        var random = SeededGenerator(seed: UInt64(bound))
        for count in 0...40 {
            var ranks = (0..<count).map { _ in Int32.random(in: 0..<Int32(bound), using: &random) }
            if count >= 2 {  // the lowest and highest rank, at either end
                ranks[0] = Int32(bound - 1)
                ranks[count - 1] = 0
            }
            let expected = Set(ranks).sorted()
            var byBits = ranks
            let keptByBits = byBits.withUnsafeMutableBufferPointer { SkillMatcher.sortUniqueByBits($0, below: bound) }
            var byComparison = ranks
            let keptByComparison = byComparison.withUnsafeMutableBufferPointer { SkillMatcher.sortUnique($0) }
            #expect(Array(byBits.prefix(keptByBits)) == expected, "\(ranks)")
            #expect(Array(byComparison.prefix(keptByComparison)) == expected, "\(ranks)")
        }
    }

    @Test func aTaxonomyOfTwoSkillsReportsEachOnce() throws {
        let taxonomy = try Taxonomy(tsv: "Zig\tlanguages\tzig\nAda\tlanguages\tada\n")
        let matcher = SkillMatcher(taxonomy: taxonomy)
        #expect(matcher.skills(in: "zig, ada, Zig and ADA").map(\.rawValue) == ["Ada", "Zig"])
        #expect(matcher.skills(in: "nothing here").isEmpty)
    }
}
