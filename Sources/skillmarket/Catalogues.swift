import SkillMarketCore

/// The data files extraction runs on, loaded once per run and passed down.
struct Catalogues {
    let taxonomy: Taxonomy
    let roles: RoleCatalogue
    let companies: CompanyNormalizer

    func makeExtractor(explaining skill: SkillName? = nil) -> PostingExtractor {
        var extractor = PostingExtractor(taxonomy: taxonomy, roles: roles, companies: companies)
        extractor.explaining = skill
        return extractor
    }

    /// "Machine Learning Engineer" for its slug; "All roles" without one.
    func subject(for role: RoleSlug?) -> String {
        guard let role else { return "All roles" }
        return roles.roles.first { $0.slug == role }?.name ?? role.rawValue
    }
}
