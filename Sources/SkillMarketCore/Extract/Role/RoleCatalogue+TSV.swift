import Foundation

/// Parsing of the role catalogue's TSV format.
///
/// One record per line, three tab-separated columns: `kind`, `slug` (or `*` for all roles),
/// `values`. Blank lines and lines starting with `#` are comments. Kinds:
///
///     role     <slug>  <display name>
///     title    <slug>  phrases that name the role on their own, comma-separated
///     vague    <slug>  phrases that name the role only with a support term ("ai engineer")
///     field    <slug>  field names used when no title phrase matches ("data science")
///     support  <slug>  terms in the title or description that confirm a vague phrase
///     minsupport <slug> how many distinct support terms a description needs (default 1)
///     veto     <slug|*>  look-alike phrases that rule the role (or every role) out
///     expand   *       abbreviations, `short=long` ("ml=machine learning")
///     ignore   *       qualifier tokens dropped before matching ("senior", "ii")
///
/// Phrases are normalised like titles, so "ML Engineer" and "machine learning engineer" are the same.
extension RoleCatalogue {
    public init(tsv: String, source: String = "roles.tsv") throws {
        struct Record {
            let line: Int
            let kind: String
            let slug: String
            let values: String
        }
        var records: [Record] = []
        for (number, line) in TextFileLines.lines(of: tsv) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = TextFileLines.cells(of: line, maxSplits: 2)
            guard columns.count == 3 else {
                throw RoleCatalogueError(
                    source: source, line: number, message: "expected 3 tab-separated columns (kind, slug, values)")
            }
            records.append(
                Record(line: number, kind: String(columns[0]), slug: String(columns[1]), values: String(columns[2])))
        }

        // Pass 1: roles, expansions and ignored tokens (phrases are normalised with them).
        var roles: [Role] = []
        var roleIndex: [String: Int] = [:]
        var expansions: [String: [String]] = [:]
        var ignored: Set<String> = []
        for record in records {
            switch record.kind {
            case "role":
                let name = TextFileLines.trimmed(record.values)
                guard !record.slug.isEmpty, !name.isEmpty else {
                    throw RoleCatalogueError(source: source, line: record.line, message: "role needs a slug and a name")
                }
                guard roleIndex[record.slug] == nil else {
                    throw RoleCatalogueError(
                        source: source, line: record.line, message: "role \"\(record.slug)\" is declared twice")
                }
                roleIndex[record.slug] = roles.count
                roles.append(Role(slug: RoleSlug(record.slug), name: name))
            case "expand":
                for item in Self.items(record.values) {
                    let parts = item.split(separator: "=", maxSplits: 1)
                    let short = parts.first.map { TitleTokenizer.tokens(of: String($0)) } ?? []
                    let long = parts.count == 2 ? TitleTokenizer.tokens(of: String(parts[1])) : []
                    guard short.count == 1, !long.isEmpty else {
                        throw RoleCatalogueError(
                            source: source, line: record.line,
                            message: "expansion \"\(item)\" must be one word = one or more words")
                    }
                    expansions[short[0]] = long
                }
            case "ignore":
                for item in Self.items(record.values) { ignored.formUnion(TitleTokenizer.tokens(of: item)) }
            case "title", "vague", "field", "support", "minsupport", "veto":
                continue
            default:
                throw RoleCatalogueError(
                    source: source, line: record.line, message: "unknown kind \"\(record.kind)\"")
            }
        }
        guard !roles.isEmpty else {
            throw RoleCatalogueError(source: source, line: 0, message: "declares no role")
        }

        var normaliser = TokenNormaliser(expansions: expansions, ignoredTokens: ignored)

        // Pass 2: phrases.
        var titles: [(tokens: [Int32], value: Evidence)] = []
        var vetoes: [(tokens: [Int32], value: Veto)] = []
        var support: [[(tokens: [Int32], value: Void)]] = roles.map { _ in [] }
        var minimum = roles.map { _ in 1 }
        for record in records {
            let strength: Strength?
            switch record.kind {
            case "title": strength = .title
            case "vague": strength = .vague
            case "field": strength = .field
            case "support", "minsupport", "veto": strength = nil
            default: continue
            }
            let role: Int?
            if record.slug == "*" && record.kind == "veto" {
                role = nil
            } else if let index = roleIndex[record.slug] {
                role = index
            } else {
                throw RoleCatalogueError(
                    source: source, line: record.line, message: "unknown role \"\(record.slug)\" (declare it with a role line)")
            }
            if record.kind == "minsupport" {
                guard let count = Int(TextFileLines.trimmed(record.values)), count >= 1, let role
                else {
                    throw RoleCatalogueError(
                        source: source, line: record.line, message: "minsupport needs a whole number >= 1")
                }
                minimum[role] = count
                continue
            }
            for item in Self.items(record.values) {
                let tokens = normaliser.normalisedTokens(interning: item)
                guard !tokens.isEmpty else {
                    throw RoleCatalogueError(
                        source: source, line: record.line, message: "phrase \"\(item)\" has no words after normalising")
                }
                if let strength, let role {
                    titles.append((tokens, Evidence(role: role, strength: strength)))
                } else if record.kind == "veto" {
                    vetoes.append((tokens, Veto(role: role)))
                } else if let role {
                    support[role].append((tokens, ()))
                }
            }
        }
        self.init(
            roles: roles, normaliser: normaliser, titlePhrases: PhraseIndex(titles), vetoes: PhraseIndex(vetoes),
            supportTerms: support.map(PhraseIndex.init), minimumSupport: minimum)
    }

    /// Comma-separated items, trimmed, empty ones dropped.
    private static func items(_ values: String) -> [String] {
        TextFileLines.split(values, at: ",").map(TextFileLines.trimmed).filter { !$0.isEmpty }
    }
}
