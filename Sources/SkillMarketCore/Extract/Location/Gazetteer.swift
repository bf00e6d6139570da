import Foundation

/// Place names (countries, states, provinces, counties, cities) mapped to the countries they lie in.
///
/// Loaded from a TSV of `name<TAB>country<TAB>kind<TAB>weight` lines (`#` starts a comment).
/// `country` `-` marks a multi-country region ("Europe", "EMEA") that names no country.
/// One name can have several candidates ("London": GB 95, CA 20, US 10).
public struct Gazetteer: Sendable {
    /// How specific a place is; a more specific qualifier wins ties ("Boston, Lincolnshire" → GB).
    public enum Kind: Int, Sendable, Comparable {
        case none = 0, city = 1, region = 2, country = 3

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One country a name can point to.
    public struct Candidate: Sendable, Equatable {
        /// `nil` for a multi-country region.
        public var country: CountryCode?
        public var kind: Kind
        /// 1–100; the higher, the likelier when the name stands alone.
        public var weight: Int
        /// Two-letter names ("CA", "IN") match only text written in capitals.
        public var needsUpperCase: Bool
    }

    /// The look-up tables, in one shared object: copying a gazetteer (or a `CountryResolver`, as
    /// closures over it do per location) is one retain, not one per table.
    private let tables: Tables

    private final class Tables: Sendable {
        let entries: [String: [Candidate]]
        /// `entries` by key bytes, for ASCII keys (a non-ASCII key is looked up as a `String`, which
        /// also matches canonically equivalent spellings).
        let asciiEntries: ByteKeyTable<[Candidate]>
        /// Countries that have an entry of kind `.country`, for checking structured codes.
        let countries: Set<CountryCode>

        init(entries: [String: [Candidate]], countries: Set<CountryCode>) {
            self.entries = entries
            self.asciiEntries = ByteKeyTable(entries.map { (Array($0.key.utf8), $0.value) })
            self.countries = countries
        }
    }

    /// The most words in one name ("bath and north east somerset" = 5).
    let longestName: Int
    /// The most candidates of one name: the most countries one matched name can add to a tally.
    let mostCandidates: Int

    public static let empty = Gazetteer(entries: [:])

    /// A gazetteer from TSV text; malformed lines are skipped.
    public init(tsv: String) {
        var entries: [String: [Candidate]] = [:]
        for (_, line) in TextFileLines.lines(of: tsv) where line.utf8.first != UInt8(ascii: "#") {
            let columns = TextFileLines.cells(of: line)
            guard columns.count >= 4, let weight = Int(columns[3]) else { continue }
            let kind: Kind
            switch columns[2] {
            case "country": kind = .country
            case "region": kind = .region
            case "city": kind = .city
            default: kind = .none
            }
            let country = columns[1] == "-" ? nil : CountryCode(String(columns[1]))
            guard country != nil || kind == .none else { continue }
            let name = String(columns[0])
            let (key, wordCount) = PlaceText.key(for: name)
            guard !key.isEmpty else { continue }
            let isCode = wordCount == 1 && key.utf8.count == 2
            entries[key, default: []].append(
                Candidate(country: country, kind: kind, weight: weight, needsUpperCase: isCode))
        }
        self.init(entries: entries)
    }

    private init(entries: [String: [Candidate]]) {
        var countries: Set<CountryCode> = []
        var longest = 1
        var mostCandidates = 0
        for (key, candidates) in entries {
            mostCandidates = max(mostCandidates, candidates.count)
            longest = max(longest, key.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) })
            for candidate in candidates where candidate.kind == .country {
                if let country = candidate.country { countries.insert(country) }
            }
        }
        self.tables = Tables(entries: entries, countries: countries)
        self.longestName = min(longest, 8)
        self.mostCandidates = mostCandidates
    }

    /// The gazetteer shipped in `Resources/gazetteer.tsv`.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
        else { throw CocoaError(.fileNoSuchFile) }
        return Gazetteer(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// Candidates for a normalised key ("new york"), or `nil` when the name is unknown.
    func candidates(forKey key: UnsafeBufferPointer<UInt8>) -> [Candidate]? {
        key.allSatisfy { $0 < 0x80 }
            ? tables.asciiEntries.value(for: key) : tables.entries[String(decoding: key, as: UTF8.self)]
    }

    /// Whether `code` is a country this gazetteer knows ("GB" yes, "UK" no).
    public func knows(_ code: CountryCode) -> Bool {
        tables.countries.contains(code)
    }
}
