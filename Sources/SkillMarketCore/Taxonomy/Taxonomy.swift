import Foundation

/// Canonical skills with their families and aliases, loaded from a TSV data file.
public struct Taxonomy: Sendable {
    public struct Skill: Sendable, Equatable {
        public var name: SkillName
        public var family: String
    }

    public let skills: [Skill]

    public init(skills: [Skill]) {
        self.skills = skills
    }

    /// The taxonomy shipped with the package (`Resources/skills.tsv`).
    public static func bundled() throws -> Taxonomy {
        Taxonomy(skills: [])  // STUB: skills helper replaces this
    }

    /// The family of a canonical skill.
    public func family(of skill: SkillName) -> String? {
        skills.first { $0.name == skill }?.family
    }
}
