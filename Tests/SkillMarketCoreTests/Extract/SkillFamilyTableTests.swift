import Testing

@testable import SkillMarketCore

@Suite("Skill family table")
struct SkillFamilyTableTests {
    static let taxonomy = (try? Taxonomy.bundled()) ?? Taxonomy(skills: [])

    @Test("families are the sorted, unique families of the skills, as Taxonomy.family(of:) gives them")
    func matchesTaxonomy() {
        let matcher = SkillMatcher(taxonomy: Self.taxonomy)
        let table = SkillFamilyTable(matcher: matcher)
        let ranks = Array(Int32(0)..<Int32(matcher.skillsByRank.count))
        #expect(ranks.count > 10)
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<500 {
            let chosen = ranks.shuffled(using: &generator).prefix(Int.random(in: 0...12, using: &generator)).sorted()
            let expected = Set(chosen.compactMap { Self.taxonomy.family(of: matcher.skillsByRank[Int($0)]) }).sorted()
            #expect(table.families(ofRanks: chosen) == expected)
        }
    }

    @Test("the first row naming a skill wins; no skills, no families")
    func repeatedAndEmpty() {
        let taxonomy = Taxonomy(skills: [
            Taxonomy.Skill(name: SkillName("Go"), family: "Languages"),
            Taxonomy.Skill(name: SkillName("Go"), family: "Games"),
            Taxonomy.Skill(name: SkillName("AWS"), family: "Cloud"),
        ])
        let matcher = SkillMatcher(taxonomy: taxonomy)
        let table = SkillFamilyTable(matcher: matcher)
        #expect(table.families(ofRanks: matcher.skillRanks(in: "Go and AWS")) == ["Cloud", "Languages"])
        #expect(table.families(ofRanks: []) == [])
    }

    @Test("skill ranks are the sorted, unique positions of skills(in:) in name order")
    func ranksMatchSkills() {
        let matcher = SkillMatcher(taxonomy: Self.taxonomy)
        for text in ["Python, R and C/C++; no R&D", "python PYTHON Python", "", "SQL and Spark"] {
            let ranks = matcher.skillRanks(in: text)
            #expect(ranks == Array(Set(ranks)).sorted())
            #expect(matcher.skills(ofRanks: ranks) == matcher.skills(in: text))
        }
    }
}
