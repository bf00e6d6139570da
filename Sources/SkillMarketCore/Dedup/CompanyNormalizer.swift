import Foundation

/// Turns raw employer names into one display name per company ("Accenture LLP", "ACCENTURE" →
/// "Accenture"; "PwC" → "PricewaterhouseCoopers") and a matching key for grouping.
///
/// Steps: drop a rating on its own trailing line ("Tecolote Research\n3.8"), collapse whitespace,
/// strip trailing legal forms (Inc, LLC, LLP, Ltd, Limited, GmbH, AG, S.A., SAS, BV, PLC, Corp,
/// Corporation, Co., Pvt Ltd, …, case-insensitive, at least one word kept), look the result up in
/// the alias table by its key, and otherwise title-case names written in capitals (see
/// `CompanyNameText.casing`). Placeholders ("", "-1", "Confidential", "N/A", "Unknown") are `nil`.
public struct CompanyNormalizer: Sendable {
    /// Canonical display names by the key of an alias (a canonical name is its own alias).
    private let canonicalByKey: [String: String]

    /// `aliases` maps an alias spelling to its canonical display name ("PwC" → "PricewaterhouseCoopers").
    public init(aliases: [String: String]) {
        var table: [String: String] = [:]
        // Sorted so that conflicting spellings resolve the same way on every run.
        for (alias, canonical) in aliases.sorted(by: { $0.key < $1.key }) {
            let canonicalKey = Self.baseKey(canonical)
            if !canonicalKey.isEmpty, table[canonicalKey] == nil { table[canonicalKey] = canonical }
            let aliasKey = Self.baseKey(alias)
            if !aliasKey.isEmpty { table[aliasKey] = canonical }
        }
        canonicalByKey = table
    }

    /// The alias table shipped with the package (`Resources/company-aliases.tsv`).
    public static func bundled() throws -> CompanyNormalizer {
        guard
            let url = Bundle.module.url(forResource: "company-aliases", withExtension: "tsv", subdirectory: "Resources")
        else { throw CompanyAliasError.missingResource("company-aliases.tsv") }
        let text = try String(contentsOf: url, encoding: .utf8)
        return CompanyNormalizer(aliases: try parseAliases(text))
    }

    /// Reads `alias<TAB>canonical` lines; `#` starts a comment line; a header `alias<TAB>canonical` is skipped.
    public static func parseAliases(_ text: String) throws(CompanyAliasError) -> [String: String] {
        var aliases: [String: String] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "alias\tcanonical" { continue }
            let fields = trimmed.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformedLine(offset + 1)
            }
            aliases[fields[0]] = fields[1]
        }
        return aliases
    }

    /// The display name, or `nil` for an empty or placeholder name.
    ///
    ///     normalize("Tecolote Research\n3.8")  // "Tecolote Research"
    ///     normalize("ACCENTURE LLP")           // "Accenture"
    ///     normalize("-1")                      // nil
    public func normalize(_ raw: String) -> String? {
        let tokens = CompanyNameText.strippingLegalSuffixes(CompanyNameText.tokens(of: raw))
        let key = CompanyNameText.key(of: tokens)
        guard !key.isEmpty, !Self.placeholders.contains(key) else { return nil }
        if let canonical = canonicalByKey[key] { return canonical }
        return CompanyNameText.display(of: CompanyNameText.casing(tokens))
    }

    /// The grouping key of `raw`: the display name's letters and digits, lower-cased, without a
    /// leading "The"; "" for placeholders. `key("Accenture LLP") == key("ACCENTURE") == "accenture"`.
    public func key(_ raw: String) -> String {
        guard let name = normalize(raw) else { return "" }
        return Self.baseKey(name)
    }

    /// The key without the alias table; used by `DuplicateFingerprint` and for alias entries.
    static func baseKey(_ raw: String) -> String {
        let key = CompanyNameText.key(of: CompanyNameText.strippingLegalSuffixes(CompanyNameText.tokens(of: raw)))
        return placeholders.contains(key) ? "" : key
    }

    /// Keys of names that mean "no company given".
    static let placeholders: Set<String> = [
        "1", "confidential", "confidentialcompany", "na", "none", "null", "unknown", "notspecified",
        "notdisclosed", "undisclosed",
    ]
}

/// A problem with a company alias data file.
public enum CompanyAliasError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingResource(String)
    case malformedLine(Int)

    public var description: String {
        switch self {
        case .missingResource(let name): "bundled resource \(name) is missing"
        case .malformedLine(let line): "company-aliases.tsv:\(line): expected alias<TAB>canonical"
        }
    }
}
