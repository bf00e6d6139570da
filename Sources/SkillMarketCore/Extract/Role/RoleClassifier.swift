/// Assigns a role slug from the role catalogue, rejecting look-alike titles.
public struct RoleClassifier: Sendable {
    public let catalogue: RoleCatalogue

    public init(catalogue: RoleCatalogue) {
        self.catalogue = catalogue
    }

    public func role(title: String, description: String) -> RoleSlug? {
        nil  // STUB: role helper replaces this
    }
}
