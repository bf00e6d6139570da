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

    /// One candidate as `CountryResolver` reads it: trivial fields only, so reading and tallying
    /// candidates copies and retains nothing (a `CountryCode` is a `String`).
    struct Entry: Sendable {
        /// The country's two letters packed big-endian ("US" → 0x5553: numbers order as the codes
        /// do), or 0 for a multi-country region.
        let code: UInt16
        /// The country's index in the gazetteer's list of countries, or -1 for a region.
        let country: Int32
        let kind: Kind
        let needsUpperCase: Bool
        let weight: Int

        init(_ candidate: Candidate, code: UInt16, country: Int32) {
            self.code = code
            self.country = country
            kind = candidate.kind
            needsUpperCase = candidate.needsUpperCase
            weight = candidate.weight
        }
    }

    /// The look-up tables, in one shared object: copying a gazetteer is one retain, not one per
    /// table; per location they are read through a `Reader` of buffer pointers, with no retain.
    private let tables: Tables

    private final class Tables: Sendable {
        /// Keys of the names whose keys are ASCII; key `id` has the entries
        /// `entries[entryStarts[id] ..< entryStarts[id + 1]]`.
        let asciiKeys: TokenVocabulary.Frozen
        let entryStarts: FrozenBuffer<Int32>
        /// Every name's candidates, name after name, in file order.
        let entries: FrozenBuffer<Entry>
        /// Entry ranges of the names whose keys are not ASCII, looked up as `String`s (which also matches
        /// canonically equivalent spellings), as the one element of a frozen buffer so that a `Reader`
        /// reaches it by pointer. No ASCII key is canonically equivalent to another spelling: keys hold
        /// only `a-z`, `0-9` and spaces, which no other character decomposes to.
        let otherEntries: FrozenBuffer<[String: Range<Int>]>
        /// The countries `Entry.country` indexes.
        let countryList: FrozenBuffer<CountryCode>
        /// Countries that have an entry of kind `.country`, for checking structured codes.
        let countries: Set<CountryCode>

        init(
            asciiKeys: TokenVocabulary, asciiCandidates: [[Candidate]], otherCandidates: [String: [Candidate]],
            countries: Set<CountryCode>
        ) {
            var countryList: [CountryCode] = []
            var codes: [UInt16] = []
            var countryIndex: [CountryCode: Int32] = [:]
            var previous: (country: CountryCode, index: Int32)?
            var entries: [Entry] = []
            func append(_ candidates: [Candidate]) {
                for candidate in candidates {
                    var index: Int32 = -1
                    if let country = candidate.country {
                        // Rows come country by country: most candidates repeat the one before.
                        if let previous, previous.country == country {
                            index = previous.index
                        } else {
                            index = countryIndex[country] ?? Int32(countryList.count)
                        }
                        if index == Int32(countryList.count) {
                            countryIndex[country] = index
                            countryList.append(country)
                            codes.append(country.rawValue.utf8.reduce(0) { $0 << 8 | UInt16($1) })
                        }
                        previous = (country, index)
                    }
                    entries.append(Entry(candidate, code: index >= 0 ? codes[Int(index)] : 0, country: index))
                }
            }
            var entryStarts: [Int32] = [0]
            for candidates in asciiCandidates {
                append(candidates)
                entryStarts.append(Int32(entries.count))
            }
            var otherEntries: [String: Range<Int>] = [:]
            for (key, candidates) in otherCandidates {
                let start = entries.count
                append(candidates)
                otherEntries[key] = start..<entries.count
            }
            self.asciiKeys = asciiKeys.frozen()
            self.entryStarts = FrozenBuffer(entryStarts)
            self.entries = FrozenBuffer(entries)
            self.otherEntries = FrozenBuffer([otherEntries])
            self.countryList = FrozenBuffer(countryList)
            self.countries = countries
        }
    }

    /// The most words in one name ("bath and north east somerset" = 5).
    let longestName: Int
    /// The most candidates of one name: the most countries one matched name can add to a tally.
    let mostCandidates: Int

    public static let empty = Gazetteer(tsv: "")

    /// A gazetteer from TSV text; malformed lines are skipped.
    ///
    /// Read from the UTF-8 bytes line by line, building only the kept `String`s and one candidate
    /// array per name: splitting into `Substring` lines and cell arrays, and keying a `[String: …]`
    /// dictionary besides the byte table, took most of the start-up time (4,400 lines).
    public init(tsv: String) {
        var keys = TokenVocabulary()
        var asciiCandidates: [[Candidate]] = []
        var otherEntries: [String: [Candidate]] = [:]
        var countries: Set<CountryCode> = []
        var longest = 1
        var recentCountry = RecentCountry()
        var tsv = tsv
        tsv.withUTF8 { text in
            TextFileLines.forEachLine(in: text) { _, line in
                guard let row = Row(line, recentCountry: &recentCountry) else { return }
                PlaceText.withKey(for: UnsafeBufferPointer(rebasing: line[row.name])) { key, wordCount in
                    guard !key.isEmpty else { return }
                    let candidate = Candidate(
                        country: row.country, kind: row.kind, weight: row.weight,
                        needsUpperCase: wordCount == 1 && key.count == 2)
                    if row.kind == .country, let country = row.country { countries.insert(country) }
                    longest = max(longest, key.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) })
                    if key.allSatisfy({ $0 < 0x80 }) {
                        let id = Int(keys.intern(bytes: key))
                        if id == asciiCandidates.count {
                            asciiCandidates.append([candidate])
                        } else {
                            asciiCandidates[id].append(candidate)
                        }
                    } else {
                        otherEntries[String(decoding: key, as: UTF8.self), default: []].append(candidate)
                    }
                }
            }
        }
        self.tables = Tables(
            asciiKeys: keys, asciiCandidates: asciiCandidates, otherCandidates: otherEntries, countries: countries)
        self.longestName = min(longest, 8)
        self.mostCandidates = max(
            asciiCandidates.reduce(0) { max($0, $1.count) }, otherEntries.values.reduce(0) { max($0, $1.count) })
    }

    /// The country of the previous row's country cell: the file lists places country by country, so
    /// most rows reuse it instead of making a `String` and a `CountryCode`.
    private struct RecentCountry {
        private var code: [UInt8] = []
        private var country: CountryCode?

        /// `nil` for `-` or anything but a two-letter code.
        mutating func country(for cell: UnsafeBufferPointer<UInt8>) -> CountryCode? {
            if !cell.elementsEqual(code) {
                code = Array(cell)
                country = cell.equals("-") ? nil : CountryCode(String(decoding: cell, as: UTF8.self))
            }
            return country
        }
    }

    /// One well-formed line: `name<TAB>country<TAB>kind<TAB>weight`, more cells ignored.
    private struct Row {
        /// The name's byte range in the line.
        var name: Range<Int>
        var country: CountryCode?
        var kind: Kind
        var weight: Int

        /// `nil` for a comment, a line of fewer than four cells, a weight that is not an `Int`, or a
        /// country that is `-` or not a two-letter code while the kind is not `none`.
        init?(_ line: UnsafeBufferPointer<UInt8>, recentCountry: inout RecentCountry) {
            guard line.first != UInt8(ascii: "#") else { return nil }
            let name = TextFileLines.cell(of: line, from: 0)
            guard name.upperBound < line.count else { return nil }
            let country = TextFileLines.cell(of: line, from: name.upperBound + 1)
            guard country.upperBound < line.count else { return nil }
            let kind = TextFileLines.cell(of: line, from: country.upperBound + 1)
            guard kind.upperBound < line.count,
                let weight = Self.integer(line.cell(TextFileLines.cell(of: line, from: kind.upperBound + 1)))
            else { return nil }
            self.name = name
            self.kind = Self.kind(line.cell(kind))
            self.country = recentCountry.country(for: line.cell(country))
            guard self.country != nil || self.kind == .none else { return nil }
            self.weight = weight
        }

        /// The kind a kind word names; byte comparison equals `String` comparison here, as no other
        /// spelling is canonically equivalent to these ASCII words.
        private static func kind(_ word: UnsafeBufferPointer<UInt8>) -> Kind {
            if word.equals("country") { return .country }
            if word.equals("region") { return .region }
            if word.equals("city") { return .city }
            return .none
        }

        /// `Int(text)`: plain digits read directly, anything else (signs, overflow) parsed as a `String`.
        private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
            guard (1...18).contains(text.count),
                text.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return Int(String(decoding: text, as: UTF8.self)) }
            return text.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
    }

    /// The gazetteer shipped in `Resources/gazetteer.tsv`.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources")
        else { throw CocoaError(.fileNoSuchFile) }
        return Gazetteer(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// Candidates for a normalised key ("new york"), or `nil` when the name is unknown.
    func candidates(forKey key: UnsafeBufferPointer<UInt8>) -> [Candidate]? {
        let reader = self.reader
        let entries = reader.entries(forKey: key)
        guard !entries.isEmpty else { return nil }  // a known name has a candidate
        return entries.map { entry in
            Candidate(
                country: entry.country >= 0 ? reader.country(entry.country) : nil, kind: entry.kind,
                weight: entry.weight, needsUpperCase: entry.needsUpperCase)
        }
    }

    /// The gazetteer's tables as buffer pointers, valid while the gazetteer (or a copy) lives.
    var reader: Reader {
        Reader(
            asciiKeys: tables.asciiKeys.lookup, entryStarts: tables.entryStarts.buffer, allEntries: tables.entries.buffer,
            otherEntries: tables.otherEntries.buffer, countryList: tables.countryList.buffer,
            longestName: longestName, mostCandidates: mostCandidates)
    }

    /// Looks names up (see `reader`).
    struct Reader {
        fileprivate let asciiKeys: TokenVocabulary.Lookup
        fileprivate let entryStarts: UnsafeBufferPointer<Int32>
        fileprivate let allEntries: UnsafeBufferPointer<Entry>
        fileprivate let otherEntries: UnsafeBufferPointer<[String: Range<Int>]>
        fileprivate let countryList: UnsafeBufferPointer<CountryCode>
        /// See `Gazetteer.longestName`.
        let longestName: Int
        /// See `Gazetteer.mostCandidates`.
        let mostCandidates: Int

        /// The candidates of a normalised key, in file order; empty when the name is unknown.
        func entries(forKey key: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<Entry> {
            let range: Range<Int>
            if key.allSatisfy({ $0 < 0x80 }) {
                let id = asciiKeys.id(of: key)
                guard id != TokenVocabulary.unknown else { return UnsafeBufferPointer(start: nil, count: 0) }
                range = Int(entryStarts[Int(id)])..<Int(entryStarts[Int(id) + 1])
            } else {
                guard let found = otherEntries[0][String(decoding: key, as: UTF8.self)] else {
                    return UnsafeBufferPointer(start: nil, count: 0)
                }
                range = found
            }
            return UnsafeBufferPointer(rebasing: allEntries[range])
        }

        /// The country an entry's `country` index names.
        func country(_ index: Int32) -> CountryCode {
            countryList[Int(index)]
        }
    }

    /// Whether `code` is a country this gazetteer knows ("GB" yes, "UK" no).
    public func knows(_ code: CountryCode) -> Bool {
        tables.countries.contains(code)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes of `range`.
    fileprivate func cell(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: self[range])
    }

    /// Whether these bytes spell `word`.
    fileprivate func equals(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { count == $0.count && elementsEqual($0) }
    }
}
