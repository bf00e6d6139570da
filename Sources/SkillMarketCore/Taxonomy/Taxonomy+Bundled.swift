import Foundation

extension Taxonomy {
    /// The taxonomy shipped with the package (`Resources/skills.tsv`).
    public static func bundled() throws -> Taxonomy {
        guard let url = Bundle.module.url(forResource: "skills", withExtension: "tsv", subdirectory: "Resources")
        else { throw TaxonomyError(line: 0, message: "bundled Resources/skills.tsv is missing") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TaxonomyError(line: 0, message: "bundled Resources/skills.tsv is unreadable: \(error)")
        }
        return try Taxonomy(tsv: String(decoding: data, as: UTF8.self))
    }
}
