import Testing

@testable import SkillMarketCore

@Suite("Skill family table")
struct SkillFamilyTableTests {
    static let taxonomy = (try? Taxonomy.bundled()) ?? Taxonomy(skills: [])

    @Test("families are the sorted, unique families of the skills, as Taxonomy.family(of:) gives them")
    func matchesTaxonomy() {
        let table = SkillFamilyTable(taxonomy: Self.taxonomy)
        let names = Self.taxonomy.skills.map(\.name)
        #expect(names.count > 10)
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<500 {
            let skills = names.shuffled(using: &generator).prefix(Int.random(in: 0...12, using: &generator))
            let expected = Set(skills.compactMap { Self.taxonomy.family(of: $0) }).sorted()
            #expect(table.families(of: Array(skills)) == expected)
        }
    }

    @Test("a skill the taxonomy does not know has no family; the first row naming a skill wins")
    func unknownAndRepeated() {
        let taxonomy = Taxonomy(skills: [
            Taxonomy.Skill(name: SkillName("Go"), family: "Languages"),
            Taxonomy.Skill(name: SkillName("Go"), family: "Games"),
            Taxonomy.Skill(name: SkillName("AWS"), family: "Cloud"),
        ])
        let table = SkillFamilyTable(taxonomy: taxonomy)
        #expect(table.families(of: [SkillName("Go"), SkillName("Unknown"), SkillName("AWS")]) == ["Cloud", "Languages"])
        #expect(table.families(of: []) == [])
    }
}
