import SkillMarketCore
import Testing

@Suite("Skill matcher: large taxonomies")
struct SkillMatcherScaleTests {
    /// 2,500 skills × 4 aliases = 10,000 aliases sharing long prefixes ("tool 1234", "tool-1234 pro", ...).
    static func syntheticTaxonomy() throws -> Taxonomy {
        var lines = ["skill\tfamily\taliases"]
        for i in 0..<2_500 {
            lines.append("Tool\(i)\tFamily \(i % 7)\ttool \(i); tool-\(i) pro; t\(i)x; =TL\(i) @tech")
        }
        lines.append("Python\tCoding Languages\tpython")
        return try Taxonomy(tsv: lines.joined(separator: "\n"))
    }

    @Test("a text with more hits than the scan's stack buffer holds keeps them all", arguments: [79, 80, 81, 500])
    func manyHits(count: Int) throws {
        let matcher = SkillMatcher(taxonomy: try Self.syntheticTaxonomy())
        let text = (0..<count).map { "tool \($0 % 2_500)" }.joined(separator: ", ") + " and python"
        let matches = matcher.matches(in: text)
        #expect(matches.count == count + 1)
        #expect(matches.last?.alias == "python")
        #expect(matcher.skills(in: text).count == min(count, 2_500) + 1)
    }

    @Test("a 10,000-alias taxonomy finds exactly the skills mentioned")
    func tenThousandAliases() throws {
        let taxonomy = try Self.syntheticTaxonomy()
        #expect(taxonomy.aliases.count == 10_001)
        let matcher = SkillMatcher(taxonomy: taxonomy)
        let text =
            "We use Tool 17, TOOL-2048 Pro and t999x with Python; TL5 here; tool 123456 and xt77x are not tools; tl9 too."
        #expect(matcher.skills(in: text).map(\.rawValue) == ["Python", "Tool17", "Tool2048", "Tool5", "Tool999"])
        #expect(matcher.matches(in: text).map(\.alias) == ["tool 17", "tool-2048 pro", "t999x", "python", "TL5"])
        for i in stride(from: 0, to: 2_500, by: 97) {
            #expect(matcher.skills(in: "needs tool \(i).") == [SkillName("Tool\(i)")])
            #expect(taxonomy.family(of: SkillName("Tool\(i)")) == "Family \(i % 7)")
        }
    }

    @Test("one matcher is shared by concurrent tasks")
    func concurrentUse() async throws {
        let matcher = try #require(BundledMatcher.shared)
        let results = await withTaskGroup(of: [SkillName].self) { group in
            for _ in 0..<8 { group.addTask { matcher.skills(in: "Python, R and Kubernetes on AWS") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
        #expect(results.first?.map(\.rawValue) == ["AWS", "Kubernetes", "Python", "R"])
    }
}
