import SkillMarketCore
import Testing

@Suite("Role catalogue file")
struct RoleCatalogueTests {
    @Test("The bundled catalogue declares the six spec roles with their names")
    func bundledHasSpecRoles() throws {
        let catalogue = try RoleCatalogue.bundled()
        #expect(catalogue.roles.map(\.slug.rawValue) == [
            "machine-learning-engineer", "data-scientist", "data-engineer", "data-analyst", "software-engineer",
            "research-scientist",
        ])
        #expect(catalogue.roles.first?.name == "Machine Learning Engineer")
    }

    @Test("A user catalogue replaces the bundled one")
    func userCatalogue() throws {
        // Given a two-line catalogue
        let catalogue = try RoleCatalogue(tsv: "role\tnurse\tNurse\ntitle\tnurse\tregistered nurse, RN\nexpand\t*\trn=registered nurse\n")
        // When titles are classified
        let classifier = RoleClassifier(catalogue: catalogue)
        // Then its phrases and expansions apply
        #expect(classifier.role(title: "RN - Nights", description: "")?.rawValue == "nurse")
        #expect(classifier.role(title: "Data Scientist", description: "") == nil)
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        let tsv: String
        let message: String
        var testDescription: String { message }
    }

    @Test(
        "Bad catalogue lines are reported with their line number",
        arguments: [
            BadFile(tsv: "# c\nrole\tx\tX\ntitle\ty\tfoo\n", message: "roles.tsv:3: unknown role \"y\" (declare it with a role line)"),
            BadFile(tsv: "role\tx\tX\nsynonym\tx\tfoo\n", message: "roles.tsv:2: unknown kind \"synonym\""),
            BadFile(tsv: "role\tx\tX\ntitle x foo\n", message: "roles.tsv:2: expected 3 tab-separated columns (kind, slug, values)"),
            BadFile(tsv: "role\tx\tX\nrole\tx\tY\n", message: "roles.tsv:2: role \"x\" is declared twice"),
            BadFile(tsv: "role\tx\tX\nexpand\t*\tml\n", message: "roles.tsv:2: expansion \"ml\" must be one word = one or more words"),
            BadFile(tsv: "role\tx\tX\ntitle\tx\t--\n", message: "roles.tsv:2: phrase \"--\" has no words after normalising"),
            BadFile(tsv: "role\tx\tX\nminsupport\tx\tmany\n", message: "roles.tsv:2: minsupport needs a whole number >= 1"),
            BadFile(tsv: "# nothing\n", message: "roles.tsv:0: declares no role"),
        ])
    func reportsBadLines(_ bad: BadFile) {
        let error = #expect(throws: RoleCatalogueError.self) { try RoleCatalogue(tsv: bad.tsv) }
        #expect(error?.description == bad.message)
    }
}
