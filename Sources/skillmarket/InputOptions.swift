import ArgumentParser
import Foundation
import SkillMarketCore

/// Options every command that reads postings shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files (JSONL, JSON, CSV/TSV, HTML with JSON-LD; gzip accepted); '-' is stdin.")
    var inputs: [String] = ["-"]

    @Option(name: .customLong("map"), help: "Map an input column to a field, e.g. --map 'Job Name=title'.")
    var mappings: [String] = []

    @Flag(help: "Stop with a non-zero exit at the first bad record.")
    var strict = false

    @Option(help: "A skills taxonomy TSV to use instead of the bundled one.")
    var taxonomy: String?

    @Option(help: "A role catalogue TSV to use instead of the bundled one.")
    var roles: String?

    @Option(help: "A company alias TSV (alias<TAB>canonical) to use instead of the bundled one.")
    var companies: String?

    func validate() throws {
        for mapping in mappings where Self.parseMapping(mapping) == nil {
            throw ValidationError("--map expects column=field, got '\(mapping)'")
        }
    }

    var ingestOptions: IngestOptions {
        var options = IngestOptions()
        for mapping in mappings {
            if let (column, field) = Self.parseMapping(mapping) { options.fieldMap[column] = field }
        }
        return options
    }

    /// The bundled or user-supplied taxonomy, role catalogue and company aliases.
    ///
    /// The bundled gazetteer (needed by every extractor, a third of the start-up work) loads on another
    /// core meanwhile; the extractor waits for it only if it is not ready yet (a lazy global).
    func loadCatalogues() throws -> Catalogues {
        Task.detached(priority: .userInitiated) { _ = CountryResolver() }
        return Catalogues(
            taxonomy: try taxonomy.map { try Taxonomy(tsv: Self.readText($0)) } ?? Taxonomy.bundled(),
            roles: try roles.map { try RoleCatalogue(tsv: Self.readText($0)) } ?? RoleCatalogue.bundled(),
            companies: try companies.map { CompanyNormalizer(aliases: try CompanyNormalizer.parseAliases(Self.readText($0))) }
                ?? CompanyNormalizer.bundled())
    }

    private static func parseMapping(_ text: String) -> (String, String)? {
        guard let equals = text.lastIndex(of: "=") else { return nil }
        let column = String(text[..<equals]), field = String(text[text.index(after: equals)...])
        return column.isEmpty || field.isEmpty ? nil : (column, field)
    }

    private static func readText(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
    }
}
