import Foundation

/// Canonical skills with their families and aliases, loaded from a TSV data file.
///
/// The file format is documented on ``init(tsv:)`` and in the header of `Resources/skills.tsv`.
/// Besides real skills a taxonomy carries two kinds of non-reported phrases:
/// *context terms* (SAS, Hadoop, Excel…: technical neighbours that context rules may lean on) and
/// *blockers* ("Series C", "R&D": phrases that swallow an ambiguous token inside them).
public struct Taxonomy: Sendable {
    public struct Skill: Sendable, Equatable {
        public var name: SkillName
        public var family: String

        public init(name: SkillName, family: String) {
            self.name = name
            self.family = family
        }
    }

    /// One spelling the matcher looks for.
    public struct Alias: Sendable, Equatable {
        /// What a hit on this alias means.
        public enum Target: Sendable, Equatable {
            /// Index into ``Taxonomy/skills``.
            case skill(Int)
            /// A technical term that is never reported but counts as a neighbour for context rules.
            case context
            /// A phrase that is never reported and hides any alias overlapping it ("Series C").
            case block
        }

        /// The alias as written in the data file, without its `=` flag and `@rule` suffix.
        public var text: String
        public var target: Target
        /// `true` when the text must match with exactly this letter case ("Go", "R").
        public var caseSensitive: Bool
        /// A rule the surrounding text must satisfy before a hit counts; `nil` for unambiguous aliases.
        public var rule: ContextRule?

        public init(text: String, target: Target, caseSensitive: Bool = false, rule: ContextRule? = nil) {
            self.text = text
            self.target = target
            self.caseSensitive = caseSensitive
            self.rule = rule
        }
    }

    /// Canonical skills in file order.
    public let skills: [Skill]
    /// Every alias, context term and blocker, in file order.
    public let aliases: [Alias]
    private let familyByName: [SkillName: String]

    /// A taxonomy whose skills and aliases are given directly.
    ///
    /// `aliases` defaults to each skill's own name, matched case-insensitively.
    /// - Precondition: alias targets index into `skills`.
    public init(skills: [Skill], aliases: [Alias]? = nil) {
        self.skills = skills
        self.aliases =
            aliases
            ?? skills.indices.map { Alias(text: skills[$0].name.rawValue, target: .skill($0)) }
        var families: [SkillName: String] = [:]
        for skill in skills where families[skill.name] == nil {
            families[skill.name] = skill.family
        }
        self.familyByName = families
    }

    /// The family of a canonical skill, in O(1); `nil` for a name the taxonomy doesn't know.
    public func family(of skill: SkillName) -> String? {
        familyByName[skill]
    }
}
