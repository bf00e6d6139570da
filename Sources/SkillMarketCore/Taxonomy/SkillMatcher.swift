/// Finds every taxonomy skill in a text in one pass.
public struct SkillMatcher: Sendable {
    public let taxonomy: Taxonomy

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
    }

    /// Canonical skills mentioned in `text`, sorted and unique.
    public func skills(in text: String) -> [SkillName] {
        []  // STUB: skills helper replaces this
    }
}
