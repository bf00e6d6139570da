import Foundation

/// The roles SkillMarket knows and the title evidence for each, loaded from a TSV data file.
///
/// The bundled catalogue is `Resources/roles.tsv`; users can supply their own with
/// ``init(tsv:source:)``. The file format is documented at the top of `roles.tsv`.
/// The classifier is generic code over this data: no role name is written in Swift.
public struct RoleCatalogue: Sendable {
    public struct Role: Sendable, Equatable {
        public var slug: RoleSlug
        public var name: String

        public init(slug: RoleSlug, name: String) {
            self.slug = slug
            self.name = name
        }
    }

    /// How strongly a title phrase points at its role.
    enum Strength: Int, Sendable, Comparable {
        /// A field name ("data science"): used only when no title or confirmed vague phrase matches.
        case field = 0
        /// A vague title ("ai engineer"): counts only with a support term in the title or description.
        case vague = 1
        /// A title that names the role on its own ("data scientist").
        case title = 2

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Evidence: Sendable {
        let role: Int
        let strength: Strength
    }

    /// Which roles a look-alike phrase rules out; `nil` means every role.
    struct Veto: Sendable {
        let role: Int?
    }

    /// What confirms a vague title of one role: its support terms and how many distinct ones a
    /// description needs (`minsupport`). Unchecked: the reader points into frozen tables the
    /// catalogue owns, which nothing writes after they are made.
    struct Support: @unchecked Sendable {
        let terms: PhraseIndex<Void>.Reader
        let longestTerm: Int
        let minimum: Int
    }

    public let roles: [Role]
    /// Expansions and ignored qualifier tokens, applied to titles, descriptions and phrases alike.
    let normaliser: TokenNormaliser.Frozen
    let titlePhrases: PhraseIndex<Evidence>
    let vetoes: PhraseIndex<Veto>
    /// Per role (same order as `roles`): terms that confirm a vague title (owning what `support` reads).
    private let supportTerms: [PhraseIndex<Void>]
    /// Per role: `supportTerms` as readers, with the `minsupport` count.
    let support: FrozenBuffer<Support>

    /// A catalogue of names only: it knows no title phrases, so it classifies nothing.
    public init(roles: [Role]) {
        self.init(
            roles: roles, normaliser: TokenNormaliser(expansions: [:], ignoredTokens: []), titlePhrases: PhraseIndex(),
            vetoes: PhraseIndex(), supportTerms: roles.map { _ in PhraseIndex() },
            minimumSupport: roles.map { _ in 1 })
    }

    /// - Precondition: `supportTerms` and `minimumSupport` have one element per role.
    init(
        roles: [Role], normaliser: TokenNormaliser, titlePhrases: PhraseIndex<Evidence>, vetoes: PhraseIndex<Veto>,
        supportTerms: [PhraseIndex<Void>], minimumSupport: [Int]
    ) {
        self.roles = roles
        self.normaliser = normaliser.frozen()
        self.titlePhrases = titlePhrases
        self.vetoes = vetoes
        self.supportTerms = supportTerms
        self.support = FrozenBuffer(
            zip(supportTerms, minimumSupport).map { terms, minimum in
                Support(terms: terms.reader, longestTerm: terms.longestPhrase, minimum: minimum)
            })
    }

    /// The catalogue shipped with the package (`Resources/roles.tsv`).
    public static func bundled() throws -> RoleCatalogue {
        guard let url = Bundle.module.url(forResource: "roles", withExtension: "tsv", subdirectory: "Resources")
        else { throw RoleCatalogueError(source: "roles.tsv", line: 0, message: "is missing from the bundle") }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try RoleCatalogue(tsv: text, source: "roles.tsv")
    }
}

/// A problem in a role catalogue file, named by file and line: `roles.tsv:12: unknown role "foo"`.
public struct RoleCatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String { "\(source):\(line): \(message)" }
}
