import Foundation

/// The roles SkillMarket knows, loaded from a TSV data file.
public struct RoleCatalogue: Sendable {
    public struct Role: Sendable, Equatable {
        public var slug: RoleSlug
        public var name: String
    }

    public let roles: [Role]

    public init(roles: [Role]) {
        self.roles = roles
    }

    /// The catalogue shipped with the package (`Resources/roles.tsv`).
    public static func bundled() throws -> RoleCatalogue {
        RoleCatalogue(roles: [])  // STUB: role helper replaces this
    }
}
